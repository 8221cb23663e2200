import { describe, expect, it } from "vitest";
import { compareVi, compareViNames, foldVi, viSortKey } from "@/lib/domain/text";

const byKey = (names: string[]) => [...names].sort((a, b) => (viSortKey(a) < viSortKey(b) ? -1 : viSortKey(a) > viSortKey(b) ? 1 : 0));

describe("search folding", () => {
  it("finds đ and Đ by d, whatever the case and the spacing", () => {
    expect(foldVi("đường Đào")).toBe("duong dao");
    expect(foldVi("\tTrần\n Thị  Ánh ")).toBe("tran thi anh");
  });
});

describe("Vietnamese comparison", () => {
  it("ignores case, and counts numbers as numbers (Chi bộ 2 before Chi bộ 10)", () => {
    expect(compareVi("nguyễn văn an", "NGUYỄN VĂN AN")).toBe(0);
    expect(compareVi("Chi bộ 2", "Chi bộ 10")).toBeLessThan(0);
  });
  it("puts ă after every word in a (Az before Ăa)", () => {
    expect(compareVi("Az", "Ăa")).toBeLessThan(0);
  });
  it("takes the given name as the last word, however the name is spaced", () => {
    expect(compareViNames("Nguyễn Thị Bình ", "Trần Văn An")).toBeGreaterThan(0);
    expect(compareViNames(" Trần  Văn   An", "Nguyễn Thị Bình")).toBeLessThan(0);
    expect(compareViNames("Lê Văn An", "Trần Văn An")).toBeLessThan(0);
  });
});

describe("the stored sort key", () => {
  it("orders the six tones as the collator does: ngang, huyền, hỏi, ngã, sắc, nặng", () => {
    expect(byKey(["Mạ", "Má", "Mã", "Mả", "Mà", "Ma"])).toEqual(["Ma", "Mà", "Mả", "Mã", "Má", "Mạ"]);
  });
  it("orders by the given name, then the family and middle names, then the tones", () => {
    expect(byKey(["Trần Văn An", "Lê Văn An", "Lê An", "Lê Văn Án", "Lê Văn Ân"])).toEqual(["Lê An", "Lê Văn An", "Lê Văn Án", "Trần Văn An", "Lê Văn Ân"]);
    expect(viSortKey("Lê Văn An") < viSortKey("Lê Văn Án")).toBe(true);
    expect(viSortKey("Lê Vân An") < viSortKey("Lê Văn Án")).toBe(false);
  });
  it("does not depend on spacing or punctuation", () => {
    expect(viSortKey("  Trần  Văn   An ")).toBe(viSortKey("Trần Văn An"));
    expect(viSortKey("Nguyễn Văn A.")).toBe(viSortKey("Nguyễn Văn A"));
  });
  it("agrees with the collator where words, tones and spaces fall", () => {
    expect(byKey(["Lê Anh", "Lê An"])).toEqual(["Lê An", "Lê Anh"]);
    expect(byKey(["Lêvăn An", "Lê Văn An"])).toEqual(["Lê Văn An", "Lêvăn An"]);
    expect(byKey(["Lế An", "Lê An"])).toEqual(["Lê An", "Lế An"]);
    expect(byKey(["Hòa", "Hoà"])).toEqual(["Hoà", "Hòa"]);
    // Digits compare one by one, as Intl.Collator("vi") does without numeric ordering.
    expect(byKey(["Tổ 3", "Tổ 12"])).toEqual(["Tổ 12", "Tổ 3"]);
  });
  it("keeps digits in order", () => {
    expect(byKey(["Tổ 3", "Tổ 1", "Tổ 2"])).toEqual(["Tổ 1", "Tổ 2", "Tổ 3"]);
    expect(viSortKey("Tổ 1")).not.toBe(viSortKey("Tổ 2"));
  });
});
