import { describe, expect, it } from "vitest";
import { attainment, attainmentStatus, childrenQuotaGap, expectedByNow } from "@/lib/domain/quota";

describe("attainment", () => {
  it("reads the seed reports: 25 of 10 is 250 %, 1,147 over 903 is 27 % above, 95 over 50 is 45 over", () => {
    expect(attainment({ quota: 10, admitted: 25 })).toEqual({ quota: 10, admitted: 25, ratio: 2.5, percent: 250, overPercent: 150, difference: 15 });
    const tq = attainment({ quota: 903, admitted: 1147 });
    expect(tq.overPercent).toBe(27);
    expect(tq.difference).toBe(244);
    expect(attainment({ quota: 50, admitted: 95 }).difference).toBe(45);
  });

  it("shows a shortfall as negative", () => {
    expect(attainment({ quota: 10, admitted: 8 })).toMatchObject({ percent: 80, overPercent: -20, difference: -2 });
  });

  it("has no ratio without a quota or with a quota of 0", () => {
    expect(attainment({ quota: null, admitted: 3 })).toEqual({ quota: null, admitted: 3, ratio: null, percent: null, overPercent: null, difference: null });
    expect(attainment({ quota: 0, admitted: 3 })).toMatchObject({ ratio: null, difference: 3 });
  });
});

describe("attainment status", () => {
  const status = (quota: number | null, admitted: number, progress: number) => attainmentStatus({ quota, admitted, progress });

  it("bands by pace against a straight line", () => {
    expect(expectedByNow(20, 0.5)).toBe(10);
    expect(status(null, 5, 0.5)).toBe("NO_QUOTA");
    expect(status(20, 20, 0.5)).toBe("ACHIEVED");
    expect(status(20, 25, 0.1)).toBe("ACHIEVED");
    expect(status(20, 9, 0.5)).toBe("ON_TRACK"); // 90 % of the 10 expected
    expect(status(20, 8, 0.5)).toBe("AT_RISK");
    expect(status(20, 6, 0.5)).toBe("AT_RISK"); // 60 %
    expect(status(20, 5, 0.5)).toBe("BEHIND");
    expect(status(20, 0, 0.5)).toBe("BEHIND");
  });

  it("never calls a unit behind for less than one admission", () => {
    // 10 a year; on 20 January the line expects 0.55.
    expect(status(10, 0, 20 / 365)).toBe("ON_TRACK");
    expect(status(2, 0, 0.45)).toBe("ON_TRACK"); // line at 0.9
    expect(status(2, 0, 0.55)).toBe("BEHIND"); // line at 1.1
  });

  it("is BEHIND once the period is over short of the quota, and ACHIEVED for a quota of 0", () => {
    expect(status(10, 9, 1)).toBe("BEHIND");
    expect(status(0, 0, 0.3)).toBe("ACHIEVED");
  });
});

describe("children's quotas against the parent's", () => {
  it("returns both and the difference without forcing them to add up", () => {
    expect(childrenQuotaGap(50, [10, 15, null, 20])).toEqual({ parentQuota: 50, childrenSum: 45, childrenWithQuota: 3, childrenWithoutQuota: 1, difference: -5 });
    expect(childrenQuotaGap(10, [6, 6]).difference).toBe(2);
    expect(childrenQuotaGap(null, [6, 6])).toMatchObject({ childrenSum: 12, difference: null });
    expect(childrenQuotaGap(10, [])).toMatchObject({ childrenSum: 0, difference: -10 });
  });
});
