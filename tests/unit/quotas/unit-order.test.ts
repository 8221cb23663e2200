import { describe, expect, it } from "vitest";
import { parentThenChildren } from "@/lib/domain/quotas/unit-order";

const unit = (id: string, name: string) => ({ id, name });

describe("the quotas page's order of a unit and its children", () => {
  it("puts the unit itself first wherever it stood, then its children in Vietnamese order", () => {
    // In code order (as the database returns them) the bloc "DUK" is 4th among its children.
    const byCode = [
      unit("bv", "Đảng bộ Bệnh viện Đa khoa tỉnh"),
      unit("cb", "Chi bộ Sở Tư pháp"),
      unit("dhhd", "Đảng bộ Trường Đại học Hồng Đức"),
      unit("duk", "Đảng ủy Khối các cơ quan tỉnh"),
      unit("an", "Chi bộ Ấp Ân Tín"),
      unit("bdt", "Ban Dân tộc tỉnh"),
    ];
    expect(parentThenChildren(byCode, "duk").map((u) => u.id)).toEqual(["duk", "bdt", "an", "cb", "bv", "dhhd"]);
  });

  it("sorts by letters of the Vietnamese alphabet (a, ă, â … d, đ), not by code points", () => {
    const units = [unit("p", "Cấp trên"), unit("1", "Đông Sơn"), unit("2", "Dân Lực"), unit("3", "Ân Tín"), unit("4", "An Bình")];
    // Code-point order would put "Dân" before "An" and "Ân" (Â is U+00C2), and "Đ" last of all.
    expect(parentThenChildren(units, "p").map((u) => u.name)).toEqual(["Cấp trên", "An Bình", "Ân Tín", "Dân Lực", "Đông Sơn"]);
  });

  it("lists only children when the unit itself is not among them, and leaves its input alone", () => {
    const units = [unit("b", "Bình"), unit("a", "An")];
    expect(parentThenChildren(units, "x").map((u) => u.id)).toEqual(["a", "b"]);
    expect(units.map((u) => u.id)).toEqual(["b", "a"]);
  });
});
