import { describe, expect, it } from "vitest";
import { compareVi, compareViNames, foldVi, viSortKey } from "@/lib/domain/text";

describe("foldVi", () => {
  it("strips accents and maps đ to d", () => {
    expect(foldVi("Nguyễn Văn Đức")).toBe("nguyen van duc");
    expect(foldVi("  Phạm   Thị Hường ")).toBe("pham thi huong");
  });
});

describe("Vietnamese sorting", () => {
  it("orders letters as the Vietnamese alphabet does", () => {
    const sorted = ["Đức", "Ân", "Anh", "Bình", "Ă", "Dũng", "Ánh"].sort(compareVi);
    expect(sorted).toEqual(["Anh", "Ánh", "Ă", "Ân", "Bình", "Dũng", "Đức"]);
  });
  it("sorts people by given name first", () => {
    expect(["Nguyễn Thị Bình", "Trần Văn An"].sort(compareViNames)).toEqual(["Trần Văn An", "Nguyễn Thị Bình"]);
  });
});

describe("viSortKey", () => {
  const byKey = (names: string[]) => [...names].sort((a, b) => (viSortKey(a) < viSortKey(b) ? -1 : viSortKey(a) > viSortKey(b) ? 1 : 0));
  it("sorts like Intl.Collator('vi') on single words", () => {
    const words = ["Anh", "Ảnh", "Ánh", "Ạnh", "Ănh", "Ânh", "Bình", "Dũng", "Đức", "Ơn", "Ôn", "On", "Ưng", "Uyên", "Yến"];
    expect(byKey(words)).toEqual([...words].sort(compareVi));
  });
  it("sorts people by given name first, as party rolls do", () => {
    const names = ["Nguyễn Thị Bình", "Trần Văn An", "Lê Văn Ân", "Phạm Đức", "Hoàng Văn Dũng", "Trần An"];
    expect(byKey(names)).toEqual([...names].sort(compareViNames));
  });
});
