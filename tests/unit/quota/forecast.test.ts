import { describe, expect, it } from "vitest";
import type { PipelineStage, StageCode } from "@/lib/domain/stages";
import {
  aggregateHistory,
  candidateOutlook,
  FORECAST_METHOD,
  forecastUnits,
  MIN_UNIT_TRANSITIONS,
  parsePeriod,
  stageEstimate,
  timingShare,
  type ForecastInput,
  type LiveCandidate,
  type Period,
  type Transition,
  type UnitForecast,
} from "@/lib/domain/quota";

const year2025 = ((): Period => {
  const r = parsePeriod("2025");
  if (!r.ok) throw new Error(r.error.code);
  return r.period;
})();

/** n identical moves. */
const moves = (unitId: string, fromStage: StageCode, toStage: StageCode, days: number, n: number): Transition[] =>
  Array.from({ length: n }, () => ({ unitId, fromStage, toStage, days }));

/**
 * Unit A, a grassroots branch (no committee review): half of its BRANCH_VOTE candidates pass, after 10
 * days; every SUPERIOR_DECISION ends in a decision after 20 days. So: 50 % admitted, in 30 days.
 */
const historyA: Transition[] = [
  ...moves("A", "BRANCH_VOTE", "SUPERIOR_DECISION", 10, 5),
  ...moves("A", "BRANCH_VOTE", "DROPPED", 4, 5),
  ...moves("A", "SUPERIOR_DECISION", "CEREMONY", 20, 10),
];

const live = (unitId: string, stage: StageCode, n: number, stageSince: string): LiveCandidate[] =>
  Array.from({ length: n }, () => ({ unitId, stage, stageSince }));

// 2025-10-02 leaves 90 days to 31/12; 2025-12-11 leaves 20.
const DAY_90_LEFT = "2025-10-02";
const DAY_20_LEFT = "2025-12-11";

function forecast(overrides: Partial<ForecastInput>): UnitForecast[] {
  return forecastUnits({ period: year2025, today: DAY_90_LEFT, transitions: historyA, live: [], admittedSoFar: {}, quotas: {}, ...overrides });
}
const one = (overrides: Partial<ForecastInput>, unitId = "A"): UnitForecast => {
  const f = forecast({ unitIds: [unitId], ...overrides })[0];
  if (!f) throw new Error("no forecast");
  return f;
};

describe("history → rates and durations", () => {
  it("takes conversion = forward ÷ (forward + dropped) and the median days of forward moves", () => {
    const h = aggregateHistory([
      ...historyA,
      { unitId: "A", fromStage: "BRANCH_VOTE", toStage: "BRANCH_VOTE", days: 3 }, // a failed vote: stays
      { unitId: "A", fromStage: "BRANCH_VOTE", toStage: "TRAINING", days: 3 }, // expired certificate: back
    ]);
    const e = stageEstimate(h, "A", "BRANCH_VOTE");
    expect(e).toEqual({ stage: "BRANCH_VOTE", conversion: 0.5, medianDays: 10, next: "SUPERIOR_DECISION", source: "UNIT", sample: 10, unitSample: 10 });
  });

  it("falls back to the bloc under MIN_UNIT_TRANSITIONS outcomes, then to an assumption", () => {
    expect(MIN_UNIT_TRANSITIONS).toBe(5);
    const h = aggregateHistory([...historyA, ...moves("B", "BRANCH_VOTE", "DROPPED", 1, 4)]);
    const b = stageEstimate(h, "B", "BRANCH_VOTE");
    expect(b).toMatchObject({ source: "BLOC", unitSample: 4, sample: 14 });
    expect(b.conversion).toBeCloseTo(5 / 14);
    expect(stageEstimate(h, "B", "DOSSIER", { DOSSIER: 45 })).toMatchObject({ source: "ASSUMED", conversion: 1, medianDays: 45, next: "AWARENESS_TEST" });
    expect(stageEstimate(h, "B", "DOSSIER")).toMatchObject({ medianDays: 30 });
  });

  it("follows the usual next stage, so a unit without a test council skips AWARENESS_TEST", () => {
    const h = aggregateHistory([...moves("A", "DOSSIER", "BRANCH_VOTE", 40, 6), ...moves("A", "DOSSIER", "AWARENESS_TEST", 40, 1), ...historyA]);
    const estimate = (s: PipelineStage) => stageEstimate(h, "A", s);
    const o = candidateOutlook("DOSSIER", 0, estimate, { startDay: -100, endDay: 1000 });
    expect(o.path).toEqual(["DOSSIER", "BRANCH_VOTE", "SUPERIOR_DECISION"]);
    expect(o.probability).toBe(0.5);
    expect(o.expectedDays).toBe(70);
  });
});

describe("timing rule", () => {
  it("spreads the decision evenly between half and one and a half times the expected days", () => {
    expect(timingShare(30, -10, 45)).toBe(1);
    expect(timingShare(30, -10, 30)).toBe(0.5); // expected date on the last day: half
    expect(timingShare(30, -10, 15)).toBe(0);
    expect(timingShare(30, -10, 20)).toBeCloseTo(1 / 6);
    expect(timingShare(30, 0, -1)).toBe(0); // the period is over
  });

  it("does not count a decision expected before the period starts", () => {
    // Period starts in 31 days and the decision is expected in 30: 16 of the 30-day window are before it.
    expect(timingShare(30, 31, 395)).toBeCloseTo(1 - 16 / 30);
  });

  it("treats a candidate due now as admitted now", () => {
    expect(timingShare(0, -5, 0)).toBe(1);
    expect(timingShare(0, 3, 40)).toBe(0);
  });
});

describe("forecast on constructed histories", () => {
  it("counts 10 candidates at the branch vote, 50 % in 30 days, with 90 days left, as 5", () => {
    const f = one({ live: live("A", "BRANCH_VOTE", 10, DAY_90_LEFT), admittedSoFar: { A: 3 }, quotas: { A: 8 } });
    expect(f.expectedAdditional).toBeCloseTo(5);
    expect(f.projectedTotal).toBeCloseTo(8);
    expect(f.projectedAttainment).toBeCloseTo(1);
    expect(f.atRisk).toBe(false);
    expect(f.reasons).toEqual([]);
    expect(f.pipeline).toBe(10);
    expect(f.byStage).toEqual([{ stage: "BRANCH_VOTE", candidates: 10, expected: expect.closeTo(5) }]);
    expect(f.estimates.map((e) => [e.stage, e.source])).toEqual([
      ["BRANCH_VOTE", "UNIT"],
      ["SUPERIOR_DECISION", "UNIT"],
    ]);
  });

  it("counts the same candidates with 20 days left as 10 × 0.5 × 1/6 ≈ 0.83 (the smooth rule)", () => {
    const f = one({ today: DAY_20_LEFT, live: live("A", "BRANCH_VOTE", 10, DAY_20_LEFT) });
    expect(f.expectedAdditional).toBeCloseTo((10 * 0.5) / 6);
  });

  it("subtracts the days already spent in the current stage", () => {
    // In BRANCH_VOTE for 10 days already: 20 days to go, and 20 days left → exactly half of 0.5.
    const f = one({ today: DAY_20_LEFT, live: live("A", "BRANCH_VOTE", 1, "2025-12-01") });
    expect(f.expectedAdditional).toBeCloseTo(0.25);
  });

  it("uses the bloc's figures for a unit with no history, and says so", () => {
    const f = one({ live: live("NEW", "BRANCH_VOTE", 10, DAY_90_LEFT), quotas: { NEW: 4 } }, "NEW");
    expect(f.expectedAdditional).toBeCloseTo(5);
    expect(f.estimates.map((e) => [e.stage, e.source, e.unitSample])).toEqual([
      ["BRANCH_VOTE", "BLOC", 0],
      ["SUPERIOR_DECISION", "BLOC", 0],
    ]);
  });

  it("ignores candidates already admitted or out of the pipeline", () => {
    const f = one({
      live: [...live("A", "CEREMONY", 2, DAY_90_LEFT), ...live("A", "PROBATION", 2, DAY_90_LEFT), ...live("A", "DROPPED", 1, DAY_90_LEFT)],
      admittedSoFar: { A: 4 },
    });
    expect(f).toMatchObject({ expectedAdditional: 0, projectedTotal: 4, pipeline: 0, quota: null, projectedAttainment: null, atRisk: false });
  });

  it("adds nothing after the period and forecasts every unit named anywhere by default", () => {
    const all = forecast({ today: "2026-01-05", live: live("A", "BRANCH_VOTE", 10, "2025-12-01"), quotas: { B: 3 }, admittedSoFar: { C: 1 } });
    expect(all.map((f) => f.unitId).sort()).toEqual(["A", "B", "C"]);
    expect(all.find((f) => f.unitId === "A")?.expectedAdditional).toBe(0);
  });

  it("flags TOO_FEW_IN_TRAINING: quota 10, 2 admitted, 3 in training", () => {
    const f = one({ live: live("A", "TRAINING", 3, "2025-09-01"), admittedSoFar: { A: 2 }, quotas: { A: 10 } });
    expect(f.atRisk).toBe(true);
    expect(f.reasons[0]).toEqual({ code: "TOO_FEW_IN_TRAINING", params: { gap: 8, pipeline: 3 } });
    // TRAINING and DOSSIER have no history anywhere: assumed, and the result says so.
    expect(f.estimates.filter((e) => e.source === "ASSUMED").map((e) => e.stage)).toEqual(["TRAINING", "DOSSIER", "AWARENESS_TEST"]);
  });

  it("flags NO_PIPELINE when nobody is in it", () => {
    const f = one({ admittedSoFar: { A: 1 }, quotas: { A: 5 } });
    expect(f.atRisk).toBe(true);
    expect(f.reasons.map((r) => r.code)).toEqual(["NO_PIPELINE", "BEHIND_PACE"]);
    expect(f.reasons[0].params).toEqual({ gap: 4 });
  });

  it("flags candidates stuck over the allowed time at a stage", () => {
    const f = one({
      live: [...live("A", "SUPERIOR_DECISION", 3, "2025-06-01"), ...live("A", "SUPERIOR_DECISION", 2, "2025-09-25")],
      admittedSoFar: { A: 10 },
      quotas: { A: 20 },
    });
    const stuck = f.reasons.find((r) => r.code === "STUCK_AT_SUPERIOR_DECISION");
    expect(stuck).toEqual({ code: "STUCK_AT_SUPERIOR_DECISION", params: { stage: "SUPERIOR_DECISION", overdue: 3, count: 5, allowedDays: 84 } });
  });

  it("flags a dossier stage stuck in verification when a limit is given for it", () => {
    const f = one({ live: live("A", "DOSSIER", 4, "2025-01-15"), quotas: { A: 20 }, allowedDays: { DOSSIER: 90 } });
    expect(f.reasons.map((r) => r.code)).toContain("STUCK_AT_DOSSIER");
  });

  it("flags LOW_CONVERSION when the unit passes far fewer than the bloc", () => {
    const transitions = [...historyA, ...moves("C", "BRANCH_VOTE", "SUPERIOR_DECISION", 10, 1), ...moves("C", "BRANCH_VOTE", "DROPPED", 5, 9)];
    const f = one({ transitions, live: live("C", "BRANCH_VOTE", 12, DAY_90_LEFT), quotas: { C: 10 } }, "C");
    expect(f.atRisk).toBe(true);
    expect(f.reasons).toContainEqual({ code: "LOW_CONVERSION", params: { stage: "BRANCH_VOTE", unitPercent: 10, blocPercent: 30 } });
    expect(f.reasons.map((r) => r.code)).toContain("PIPELINE_TOO_SMALL");
  });

  it("says NOT_ENOUGH_TIME when the pipeline would do it, but not before the end", () => {
    const f = one({ today: DAY_20_LEFT, live: live("A", "BRANCH_VOTE", 10, DAY_20_LEFT), quotas: { A: 3 } });
    expect(f.reasons).toContainEqual({ code: "NOT_ENOUGH_TIME", params: { gap: 3, eventual: 5, inPeriod: 0.8 } });
    expect(f.reasons).toContainEqual({ code: "BEHIND_PACE", params: { admitted: 0, expected: 2.8 } });
  });

  it("never lowers the forecast when candidates are added, or when more time is left", () => {
    const transitions = [
      ...historyA,
      ...moves("A", "SYMPATHIZER", "TRAINING", 60, 6),
      ...moves("A", "SYMPATHIZER", "DROPPED", 60, 2),
      ...moves("A", "TRAINING", "DOSSIER", 10, 5),
      ...moves("A", "DOSSIER", "BRANCH_VOTE", 50, 5),
      ...moves("B", "DOSSIER", "DROPPED", 50, 3),
    ];
    const stages: StageCode[] = ["SOURCE", "SYMPATHIZER", "TRAINING", "DOSSIER", "BRANCH_VOTE", "SUPERIOR_DECISION", "CEREMONY", "DROPPED"];
    const sinces = ["2025-01-10", "2025-06-30", "2025-09-20", DAY_90_LEFT];
    let pool: LiveCandidate[] = [];
    let previous = 0;
    for (let i = 0; i < 40; i++) {
      pool = [...pool, { unitId: "A", stage: stages[(i * 5) % stages.length], stageSince: sinces[(i * 3) % sinces.length] }];
      const now = one({ transitions, live: pool }).expectedAdditional;
      expect(now).toBeGreaterThanOrEqual(previous);
      expect(now).toBeLessThanOrEqual(pool.length);
      previous = now;
    }
    const at = (today: string) => one({ transitions, live: pool.map((c) => ({ ...c, stageSince: "2025-01-10" })), today }).expectedAdditional;
    const early = at("2025-03-01");
    const late = at("2025-11-01");
    expect(early).toBeGreaterThanOrEqual(late);
  });

  it("names its method with a message code", () => {
    expect(FORECAST_METHOD).toEqual({ code: "FORECAST_METHOD", params: { minTransitions: 5 } });
  });
});
