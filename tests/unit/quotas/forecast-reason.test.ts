import { describe, expect, it } from "vitest";
import { createTranslator } from "next-intl";
import { forecastUnit, type LiveCandidate, type StatsByStage } from "@/lib/domain/quotas/forecast";
import { reasonSentences, workingDaysFrom, type ForecastReason } from "@/lib/domain/quotas/forecast-reason";
import { workingDaysBetween } from "@/lib/domain/rules/working-days";
import en from "@/lib/i18n/messages/en.json";
import vi from "@/lib/i18n/messages/vi.json";

/**
 * Every stage has enough history of its own (≥ 5 moves). From the branch vote on, the remaining
 * steps take 14 + 7 + 21 = 42 calendar days and 8 of 10 get through; from the awareness class,
 * another 40 + 20 (the awareness test, never sat, passes through in no time).
 */
const stats: StatsByStage = {
  SOURCE: { forward: 10, exits: 0, medianDays: 30 },
  SYMPATHIZER: { forward: 10, exits: 0, medianDays: 30 },
  TRAINING: { forward: 10, exits: 0, medianDays: 40 },
  DOSSIER: { forward: 10, exits: 0, medianDays: 20 },
  BRANCH_VOTE: { forward: 8, exits: 2, medianDays: 14 },
  COMMITTEE_REVIEW: { forward: 10, exits: 0, medianDays: 7 },
  SUPERIOR_DECISION: { forward: 10, exits: 0, medianDays: 21 },
};
const many = (n: number, stage: LiveCandidate["stage"], daysInStage: number): LiveCandidate[] => Array.from({ length: n }, () => ({ stage, daysInStage }));

// Sunday 1 November 2026, 60 calendar days before the end of the year; 20 November is a holiday here.
const today = "2026-11-01";
const holidays = new Set(["2026-11-20"]);
const workingDays = workingDaysFrom(today, holidays);

function reasonFor(live: LiveCandidate[], admittedSoFar = 22, quota: number | null = 26): ForecastReason {
  return forecastUnit({ admittedSoFar, quota, live, unitStats: stats, blocStats: {}, daysLeft: 60, behindPace: false, progress: 10 / 12, workingDays }).reason;
}

describe("working days over a span of calendar days", () => {
  it("counts the weekdays after today, less the holidays, as the deadline rules do", () => {
    expect(workingDays(60)).toBe(workingDaysBetween(today, "2026-12-31", holidays));
    expect(workingDays(60)).toBe(43); // 21 in November less the holiday, 23 in December
    expect(workingDays(42)).toBe(29); // to Sunday 13 December
    expect(workingDays(0)).toBe(0);
    expect(workingDays(0.4)).toBe(1); // part of a day is a whole one: Monday 2 November
  });
});

describe("the reason of a forecast", () => {
  it("says who is in which stage, what they yield by the end of the period, the gap, and the working days needed against those left", () => {
    // 3 wait for the branch vote (in time: 42 days of 60); 5 are 10 days into the awareness class (92 days: too late).
    const reason = reasonFor([...many(5, "TRAINING", 10), ...many(3, "BRANCH_VOTE", 0)]);
    expect(reason.stages).toEqual([
      { stage: "BRANCH_VOTE", count: 3, inTime: 3, expected: expect.closeTo(2.4, 9), workingDaysNeeded: 29 },
      { stage: "TRAINING", count: 5, inTime: 0, expected: 0, workingDaysNeeded: 65 }, // to Monday 1 February 2027
    ]);
    expect(reason).toMatchObject({ inPipeline: 8, admittedSoFar: 22, quota: 26, workingDaysLeft: 43 });
    expect(reason.expected).toBeCloseTo(2.4);
    expect(reason.projected).toBeCloseTo(24.4);
    expect(reason.gap).toBeCloseTo(1.6);
    expect(reason.lines).toEqual([
      {
        code: "PIPELINE",
        params: { total: 8 },
        items: [
          { stage: "BRANCH_VOTE", count: 3 },
          { stage: "TRAINING", count: 5 },
        ],
      },
      { code: "SHORT", params: { expected: 2.4, projected: 24.4, quota: 26, gap: 1.6 } },
      { code: "IN_TIME", params: { count: 3, stage: "BRANCH_VOTE", daysNeeded: 29, daysLeft: 43 } },
      { code: "TOO_LATE", params: { count: 5, stage: "TRAINING", daysNeeded: 65, daysLeft: 43 } },
      // With time enough all eight would pass at 80 %: 22 + 6.4.
      { code: "NOT_ENOUGH_TIME", params: { reachable: 28.4, quota: 26 } },
    ]);
  });

  it("reads as sentences in Vietnamese and English", () => {
    const reason = reasonFor([...many(5, "TRAINING", 10), ...many(3, "BRANCH_VOTE", 0)]);
    const inVi = reasonSentences(reason, createTranslator({ locale: "vi", messages: vi }) as never);
    expect(inVi[0]).toBe("Trong quy trình (8 người): 3 chờ chi bộ xét, 5 đang học lớp nhận thức.");
    expect(inVi[1]).toBe("Dự kiến kết nạp thêm 2.4 người từ số này trước cuối kỳ, tổng 24.4/26: còn thiếu 1.6.");
    expect(inVi[2]).toContain("từ giai đoạn “Chờ chi bộ xét” trở đi");
    expect(inVi[3]).toContain("cần ít nhất 65 ngày làm việc");
    expect(inVi[3]).toContain("kỳ chỉ còn 43 ngày làm việc");
    const inEn = reasonSentences(reason, createTranslator({ locale: "en", messages: en }) as never);
    expect(inEn[0]).toBe("In the pipeline (8): 3 awaiting the branch vote, 5 in the awareness class.");
    expect(inEn.every((s) => !s.includes("{") && !s.startsWith("dashboard."))).toBe(true);
  });

  it("counts the time already spent in a stage, and splits a stage between those in time and those too late", () => {
    // 50 days into the 40-day class: the class is over for them, 62 days to go (too late by 2);
    // one just in: 102 days. One at the dossier, 15 of 20 days done: 47 days, in time.
    const reason = reasonFor([...many(1, "TRAINING", 50), ...many(1, "TRAINING", 0), ...many(1, "DOSSIER", 15)]);
    expect(reason.stages.map((s) => [s.stage, s.count, s.inTime])).toEqual([
      ["DOSSIER", 1, 1],
      ["TRAINING", 2, 0],
    ]);
    // Too late by calendar days, never shown as needing fewer working days than are left.
    expect(reason.stages[1]!.workingDaysNeeded).toBeGreaterThan(reason.workingDaysLeft);
    expect(reason.lines.find((l) => l.code === "TOO_LATE")).toMatchObject({ params: { count: 2, stage: "TRAINING" } });
    expect(reason.lines.find((l) => l.code === "IN_TIME")).toMatchObject({ params: { count: 1, stage: "DOSSIER" } });
  });

  it("names the specific risks with their figures", () => {
    // Two stuck in the dossier for 200 days (120 allowed), and behind the pace of the period.
    const f = forecastUnit({
      admittedSoFar: 2,
      quota: 10,
      live: many(2, "DOSSIER", 200),
      unitStats: stats,
      blocStats: {},
      daysLeft: 60,
      behindPace: true,
      progress: 0.5,
      workingDays,
    });
    expect(f.reasons.map((r) => r.code)).toEqual(["TOO_FEW_IN_PIPELINE", "STUCK", "BEHIND_PACE"]);
    expect(f.reason.lines.slice(-3)).toEqual([
      { code: "TOO_FEW", params: { inPipeline: 2, best: 4, quota: 10 } },
      { code: "STUCK", params: { stage: "DOSSIER", count: 2, allowedDays: 120 } },
      { code: "BEHIND_PACE", params: { admitted: 2, pace: 5, elapsedPercent: 50 } },
    ]);
    const empty = forecastUnit({ admittedSoFar: 0, quota: 3, live: [], unitStats: stats, blocStats: {}, daysLeft: 60, behindPace: false, workingDays });
    expect(empty.reason.lines).toEqual([
      { code: "NO_PIPELINE", params: {} },
      { code: "SHORT", params: { expected: 0, projected: 0, quota: 3, gap: 3 } },
    ]);
  });

  it("says the quota is met, or that there is none, without risk lines", () => {
    const met = reasonFor(many(3, "BRANCH_VOTE", 0), 25);
    expect(met.lines.map((l) => l.code)).toEqual(["PIPELINE", "ENOUGH", "IN_TIME"]);
    expect(met.gap).toBeLessThan(0);
    const none = reasonFor(many(3, "BRANCH_VOTE", 0), 1, null);
    expect(none.lines[1]).toEqual({ code: "EXPECTED", params: { expected: 2.4, projected: 3.4 } });
    expect(none.gap).toBeNull();
  });

  it("is the same whatever order the candidates come in", () => {
    const live = [...many(2, "SOURCE", 3), ...many(3, "BRANCH_VOTE", 0), ...many(1, "DOSSIER", 7), ...many(2, "SUPERIOR_DECISION", 30)];
    const a = forecastUnit({ admittedSoFar: 5, quota: 12, live, unitStats: stats, blocStats: {}, daysLeft: 60, behindPace: false, workingDays });
    const b = forecastUnit({
      admittedSoFar: 5,
      quota: 12,
      live: [...live].reverse(),
      unitStats: stats,
      blocStats: {},
      daysLeft: 60,
      behindPace: false,
      workingDays,
    });
    expect(b).toEqual(a);
  });
});
