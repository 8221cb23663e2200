import { describe, expect, it } from "vitest";
import { quotaTarget, validateCategoryTargets, validateQuotaBasis } from "@/lib/domain/quota";

describe("quota targets", () => {
  it("takes a count as it is", () => {
    expect(quotaTarget({ kind: "COUNT", count: 15 })).toBe(15);
    expect(quotaTarget({ kind: "COUNT", count: 0 })).toBe(0);
  });

  it("rounds a percentage norm UP, because it is a floor", () => {
    // Thái Nguyên bloc: ≥ 3 % of the 5,356 members at the start of the term.
    expect(quotaTarget({ kind: "PERCENT_OF_MEMBERS", percent: 3, baseMembers: 5356 })).toBe(161);
    // 160.2 still needs 161: 160 would be under 3 %.
    expect(quotaTarget({ kind: "PERCENT_OF_MEMBERS", percent: 3, baseMembers: 5340 })).toBe(161);
    expect(quotaTarget({ kind: "PERCENT_OF_MEMBERS", percent: 2.5, baseMembers: 41 })).toBe(2);
    expect(quotaTarget({ kind: "PERCENT_OF_MEMBERS", percent: 100, baseMembers: 7 })).toBe(7);
  });

  it("does not let floating point add one (3 % of 100 is 3, 7 % of 100 is 7)", () => {
    expect(quotaTarget({ kind: "PERCENT_OF_MEMBERS", percent: 3, baseMembers: 100 })).toBe(3);
    expect(quotaTarget({ kind: "PERCENT_OF_MEMBERS", percent: 7, baseMembers: 100 })).toBe(7);
    expect(quotaTarget({ kind: "PERCENT_OF_MEMBERS", percent: 0.1, baseMembers: 3000 })).toBe(3);
  });

  it("validates with codes", () => {
    const codes = (b: Parameters<typeof validateQuotaBasis>[0]) => validateQuotaBasis(b).map((e) => e.code);
    expect(codes({ kind: "COUNT", count: 10 })).toEqual([]);
    expect(codes({ kind: "COUNT", count: -1 })).toEqual(["QUOTA_NEGATIVE"]);
    expect(codes({ kind: "COUNT", count: 2.5 })).toEqual(["QUOTA_NOT_INTEGER"]);
    expect(codes({ kind: "COUNT", count: Number.NaN })).toEqual(["QUOTA_NOT_A_NUMBER"]);
    expect(codes({ kind: "PERCENT_OF_MEMBERS", percent: 101, baseMembers: 10 })).toEqual(["QUOTA_PERCENT_OVER_100"]);
    expect(codes({ kind: "PERCENT_OF_MEMBERS", percent: 0, baseMembers: 10 })).toEqual(["QUOTA_PERCENT_NOT_POSITIVE"]);
    expect(codes({ kind: "PERCENT_OF_MEMBERS", percent: -3, baseMembers: 10 })).toEqual(["QUOTA_PERCENT_NOT_POSITIVE"]);
    expect(codes({ kind: "PERCENT_OF_MEMBERS", percent: 3, baseMembers: -5 })).toEqual(["QUOTA_BASE_INVALID"]);
    expect(codes({ kind: "PERCENT_OF_MEMBERS", percent: 300, baseMembers: 1.5 })).toEqual(["QUOTA_PERCENT_OVER_100", "QUOTA_BASE_INVALID"]);
    expect(quotaTarget({ kind: "COUNT", count: -1 })).toBeNull();
  });

  it("gives the errors their field and parameters", () => {
    expect(validateQuotaBasis({ kind: "PERCENT_OF_MEMBERS", percent: 120, baseMembers: 10 })).toEqual([
      { code: "QUOTA_PERCENT_OVER_100", field: "percent", params: { value: 120, max: 100 } },
    ]);
  });

  it("checks category targets against the total", () => {
    expect(validateCategoryTargets({ WOMEN: 5, YOUTH_UNION: 8 }, 10)).toEqual([]);
    expect(validateCategoryTargets({ WOMEN: 12, STUDENT: -1, WORKER: 1.5 }, 10).map((e) => [e.field, e.code])).toEqual([
      ["WOMEN", "QUOTA_CATEGORY_OVER_TOTAL"],
      ["STUDENT", "QUOTA_NEGATIVE"],
      ["WORKER", "QUOTA_NOT_INTEGER"],
    ]);
    expect(validateCategoryTargets({ WOMEN: 12 }, null)).toEqual([]);
  });
});
