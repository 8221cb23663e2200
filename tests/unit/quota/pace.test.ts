import { describe, expect, it } from "vitest";
import { paceOf, parsePeriod, type Period } from "@/lib/domain/quota";

const period = (text: string): Period => {
  const r = parsePeriod(text);
  if (!r.ok) throw new Error(r.error.code);
  return r.period;
};

describe("pace", () => {
  const year = period("2025");
  const monthly = { "2025-01": 1, "2025-02": 3, "2025-03": 0, "2025-04": 2, "2025-09": 9 };

  it("adds up the months so far and leaves future months empty", () => {
    const p = paceOf({ period: year, quota: 12, monthly, today: "2025-04-15" });
    expect(p.months).toHaveLength(12);
    expect(p.months.slice(0, 4).map((m) => m.cumulative)).toEqual([1, 4, 4, 6]);
    expect(p.months[4]).toMatchObject({ month: "2025-05", admitted: null, cumulative: null });
    expect(p.admittedSoFar).toBe(6); // September's figure is in the future and ignored
  });

  it("draws the straight line by days, reaching the quota on the last day", () => {
    const p = paceOf({ period: year, quota: 12, monthly, today: "2025-04-15" });
    expect(p.months[0].pace).toBeCloseTo((12 * 31) / 365);
    expect(p.months[1].pace).toBeCloseTo((12 * 59) / 365);
    expect(p.months[11].pace).toBeCloseTo(12);
  });

  it("spreads what is still needed over the months left, the current one included", () => {
    const p = paceOf({ period: year, quota: 12, monthly, today: "2025-04-15" });
    expect(p.remaining).toBe(6);
    expect(p.monthsRemaining).toBe(9); // April … December
    expect(p.neededPerRemainingMonth).toBeCloseTo(6 / 9);
  });

  it("needs nothing more once reached, and has no line without a quota", () => {
    expect(paceOf({ period: year, quota: 5, monthly, today: "2025-04-15" }).neededPerRemainingMonth).toBe(0);
    const none = paceOf({ period: year, quota: null, monthly, today: "2025-04-15" });
    expect(none.remaining).toBeNull();
    expect(none.neededPerRemainingMonth).toBeNull();
    expect(none.months.every((m) => m.pace === null)).toBe(true);
  });

  it("has no month left after the period, and every month left before it", () => {
    const after = paceOf({ period: year, quota: 20, monthly, today: "2026-02-01" });
    expect(after).toMatchObject({ admittedSoFar: 15, remaining: 5, monthsRemaining: 0, neededPerRemainingMonth: null });
    const before = paceOf({ period: year, quota: 12, monthly: {}, today: "2024-11-01" });
    expect(before).toMatchObject({ admittedSoFar: 0, monthsRemaining: 12, neededPerRemainingMonth: 1 });
  });

  it("covers a five-year term in 72 months (both congress years counted)", () => {
    const p = paceOf({ period: period("2020-2025"), quota: 650, monthly: {}, today: "2023-01-01" });
    expect(p.months).toHaveLength(72);
    expect(p.months[71].pace).toBeCloseTo(650);
  });

  it("ends the line on a narrowed term's last day", () => {
    const r = parsePeriod("2020-2025", { from: "2020-06-15", to: "2025-05-20" });
    if (!r.ok) throw new Error(r.error.code);
    const p = paceOf({ period: r.period, quota: 100, monthly: {}, today: "2021-01-01" });
    expect(p.months[0].month).toBe("2020-06");
    expect(p.months.at(-1)?.month).toBe("2025-05");
    expect(p.months.at(-1)?.pace).toBeCloseTo(100);
  });
});
