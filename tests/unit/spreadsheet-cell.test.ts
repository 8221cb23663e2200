import { describe, expect, it } from "vitest";
import { neutraliseFormula } from "@/lib/domain/spreadsheet-cell";

describe("cells that a spreadsheet would run as a formula", () => {
  it.each(['=HYPERLINK("http://x")', "+84912", "-2+3", "@SUM(A1)", "\tx", "\rx"])("writes %j as text, behind an apostrophe", (cell) => {
    expect(neutraliseFormula(cell)).toBe(`'${cell}`);
  });

  it("leaves ordinary text, empty cells and numbers alone", () => {
    expect(neutraliseFormula("Nguyễn Văn An")).toBe("Nguyễn Văn An");
    expect(neutraliseFormula("01/12/2026")).toBe("01/12/2026");
    expect(neutraliseFormula("a=b")).toBe("a=b");
    expect(neutraliseFormula("")).toBe("");
    expect(neutraliseFormula(-5)).toBe(-5);
    expect(neutraliseFormula(null)).toBeNull();
  });
});
