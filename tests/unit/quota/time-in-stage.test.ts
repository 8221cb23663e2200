import { describe, expect, it } from "vitest";
import { approxCalendarDays, DEFAULT_ALLOWED_DAYS, quantile, timeInStage, type InStage } from "@/lib/domain/quota";

describe("time in stage", () => {
  it("converts working days roughly: 60 → 84, 30 → 42", () => {
    expect(approxCalendarDays(60)).toBe(84);
    expect(approxCalendarDays(30)).toBe(42);
    expect(DEFAULT_ALLOWED_DAYS).toEqual({ SUPERIOR_DECISION: 84, CEREMONY: 42, PROBATION: 365 });
  });

  it("uses interpolated quantiles", () => {
    expect(quantile([10, 20], 0.5)).toBe(15);
    expect(quantile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.9)).toBeCloseTo(9.1);
    expect(quantile([], 0.5)).toBeNull();
  });

  it("gives median, p90 and the count over the allowed time per stage", () => {
    const today = "2025-06-30";
    const since = (days: number) => new Date(Date.parse(`${today}T00:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);
    const items: InStage[] = [
      ...[10, 40, 85, 90, 200].map((d) => ({ stage: "SUPERIOR_DECISION" as const, stageSince: since(d) })),
      { stage: "CEREMONY", stageSince: since(42) },
      { stage: "CEREMONY", stageSince: since(43) },
      { stage: "BRANCH_VOTE", stageSince: since(500) },
      { stage: "OFFICIAL", stageSince: since(1000) },
    ];
    const rows = timeInStage(items, today, DEFAULT_ALLOWED_DAYS);
    const row = (s: string) => rows.find((r) => r.stage === s);
    expect(row("SUPERIOR_DECISION")).toEqual({ stage: "SUPERIOR_DECISION", count: 5, medianDays: 85, p90Days: 156, allowedDays: 84, overCount: 3 });
    expect(row("CEREMONY")).toMatchObject({ count: 2, medianDays: 42.5, overCount: 1 });
    expect(row("BRANCH_VOTE")).toMatchObject({ count: 1, allowedDays: null, overCount: 0 });
    expect(row("DOSSIER")).toEqual({ stage: "DOSSIER", count: 0, medianDays: null, p90Days: null, allowedDays: null, overCount: 0 });
    expect(row("OFFICIAL")).toBeUndefined();
  });

  it("reads a future start date as 0 days", () => {
    const rows = timeInStage([{ stage: "DOSSIER", stageSince: "2025-07-05" }], "2025-06-30", { DOSSIER: 1 });
    expect(rows.find((r) => r.stage === "DOSSIER")).toMatchObject({ medianDays: 0, overCount: 0 });
  });
});
