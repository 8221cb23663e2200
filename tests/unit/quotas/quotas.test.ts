import { describe, expect, it } from "vitest";
import { attainment, band, childrenQuotaGap, targetFromPercent } from "@/lib/domain/quotas/attainment";
import { ageBand, categoriesOf, categoryBreakdown, type CategorySubject } from "@/lib/domain/quotas/categories";
import { admissionChance, forecastUnit, type StatsByStage } from "@/lib/domain/quotas/forecast";
import { funnel, paceByMonth } from "@/lib/domain/quotas/funnel";
import { parsePeriod, periodProgress } from "@/lib/domain/quotas/period";

describe("periods", () => {
  it("reads a year and a five-year term, and refuses anything else", () => {
    expect(parsePeriod("2025")).toMatchObject({ ok: true, period: { kind: "YEAR", from: "2025-01-01", to: "2025-12-31" } });
    expect(parsePeriod("2020-2025")).toMatchObject({ ok: true, period: { kind: "TERM", from: "2020-01-01", to: "2025-12-31", label: "2020-2025" } });
    expect(parsePeriod("2020-2024")).toEqual({ ok: false, error: "PERIOD_TERM_LENGTH" });
    expect(parsePeriod("Q1/2025")).toEqual({ ok: false, error: "PERIOD_FORMAT" });
    expect(parsePeriod("1890")).toEqual({ ok: false, error: "PERIOD_RANGE" });
  });
  it("measures how much of the period has passed", () => {
    const year = (parsePeriod("2026") as { period: Parameters<typeof periodProgress>[0] }).period;
    expect(periodProgress(year, "2025-12-31")).toBe(0);
    expect(periodProgress(year, "2026-12-31")).toBe(1);
    expect(periodProgress(year, "2026-07-02")).toBeCloseTo(0.5, 2);
  });
});

describe("attainment", () => {
  it("matches the reports: 25 of 10 is 250 %, 1,147 over 903 is 27 % above", () => {
    expect(attainment(25, 10)).toBe(2.5);
    expect(Math.round((attainment(1147, 903)! - 1) * 100)).toBe(27);
    expect(attainment(5, null)).toBeNull();
  });
  it("bands progress against the share of the period gone", () => {
    expect(band(10, 10, 0.5)).toBe("ACHIEVED");
    expect(band(4, 10, 0.5)).toBe("ON_TRACK");
    expect(band(3, 10, 0.5)).toBe("AT_RISK");
    expect(band(2, 10, 0.5)).toBe("BEHIND");
    expect(band(2, null, 0.5)).toBe("NO_QUOTA");
  });
  it("shows children's quotas against the parent's without forcing them to add up", () => {
    expect(childrenQuotaGap(20, [5, 8, null, 4])).toEqual({ childrenSum: 17, difference: -3 });
  });
  it("turns a percentage of members into a whole target, rounding up (3 % of 5,356 = 161)", () => {
    expect(targetFromPercent(3, 5356)).toBe(161);
    expect(targetFromPercent(3, 100)).toBe(3);
  });
});

describe("categories", () => {
  const base: CategorySubject = {
    sex: "FEMALE",
    ethnicity: "Kinh",
    religion: null,
    youthUnionMember: true,
    occupationGroup: "STUDENT",
    readmission: false,
    returningConscript: false,
    ageAtDecision: 21,
  };
  it("puts a person in every category that applies", () => {
    expect(categoriesOf(base)).toEqual(["WOMEN", "YOUTH_UNION", "UNDER_30", "STUDENT"]);
    expect(
      categoriesOf({
        ...base,
        sex: "MALE",
        ethnicity: "Thái",
        religion: "Công giáo",
        youthUnionMember: false,
        occupationGroup: "NON_STATE_EMPLOYEE",
        returningConscript: true,
        ageAtDecision: 35,
      }),
    ).toEqual(["ETHNIC_MINORITY", "RELIGIOUS", "NON_STATE_ENTERPRISE", "ARMED_FORCES"]);
    expect([30, 31, 60, 61].map(ageBand)).toEqual(["18_30", "31_40", "51_60", "OVER_60"]);
  });
  it("gives each category's share of the admitted", () => {
    const rows = categoryBreakdown([base, base, { ...base, sex: "MALE" }]);
    expect(rows.find((r) => r.category === "WOMEN")).toEqual({ category: "WOMEN", count: 2, share: 2 / 3 });
  });
});

describe("funnel and pace", () => {
  it("counts who reached each stage and the conversion between stages", () => {
    const rows = funnel(["SYMPATHIZER", "TRAINING", "PROBATION", "OFFICIAL"]);
    expect(rows.find((r) => r.stage === "TRAINING")).toMatchObject({ reached: 3, fromPrevious: 0.75 });
    expect(rows.find((r) => r.stage === "CEREMONY")).toMatchObject({ reached: 2 });
  });
  it("draws the cumulative line against the pace to the quota", () => {
    expect(
      paceByMonth(
        new Map([
          ["2026-01", 2],
          ["2026-03", 1],
        ]),
        ["2026-01", "2026-02", "2026-03", "2026-04"],
        8,
      ),
    ).toEqual([
      { month: "2026-01", cumulative: 2, pace: 2 },
      { month: "2026-02", cumulative: 2, pace: 4 },
      { month: "2026-03", cumulative: 3, pace: 6 },
      { month: "2026-04", cumulative: 3, pace: 8 },
    ]);
  });
});

describe("forecast on constructed histories", () => {
  // Every earlier stage always passes instantly; half of BRANCH_VOTE candidates are admitted, 30 days after.
  const unitStats: StatsByStage = {
    BRANCH_VOTE: { forward: 10, exits: 10, medianDays: 30 },
    COMMITTEE_REVIEW: { forward: 10, exits: 0, medianDays: 0 },
    SUPERIOR_DECISION: { forward: 10, exits: 0, medianDays: 0 },
  };
  const ten = Array.from({ length: 10 }, () => ({ stage: "BRANCH_VOTE" as const, daysInStage: 0 }));

  it("expects 5 more when 10 wait at the branch vote with 90 days left", () => {
    const f = forecastUnit({ admittedSoFar: 3, quota: 10, live: ten, unitStats, blocStats: {}, daysLeft: 90, behindPace: false });
    expect(f.expectedAdditional).toBeCloseTo(5);
    expect(f.projectedTotal).toBeCloseTo(8);
    expect(f.atRisk).toBe(true);
    expect(f.sources.BRANCH_VOTE).toBe("UNIT");
  });
  it("expects none when the remaining time is shorter than the usual wait", () => {
    expect(forecastUnit({ admittedSoFar: 3, quota: 10, live: ten, unitStats, blocStats: {}, daysLeft: 20, behindPace: false }).expectedAdditional).toBe(0);
    // …unless they have already waited long enough.
    expect(
      admissionChance(
        { stage: "BRANCH_VOTE", daysInStage: 15 },
        new Map(
          Object.entries({
            ...Object.fromEntries(
              ["SOURCE", "SYMPATHIZER", "TRAINING", "DOSSIER", "AWARENESS_TEST"].map((s) => [s, { conversion: 1, medianDays: 0, source: "NONE" }]),
            ),
            BRANCH_VOTE: { conversion: 0.5, medianDays: 30, source: "UNIT" },
            COMMITTEE_REVIEW: { conversion: 1, medianDays: 0, source: "UNIT" },
            SUPERIOR_DECISION: { conversion: 1, medianDays: 0, source: "UNIT" },
          }),
        ) as never,
        20,
      ),
    ).toBe(0.5);
  });
  it("falls back to the bloc's rates when the unit has too little history, and says so", () => {
    const f = forecastUnit({
      admittedSoFar: 0,
      quota: 2,
      live: ten.slice(0, 4),
      unitStats: { BRANCH_VOTE: { forward: 1, exits: 0, medianDays: 5 } },
      blocStats: unitStats,
      daysLeft: 90,
      behindPace: false,
    });
    expect(f.sources.BRANCH_VOTE).toBe("BLOC");
    expect(f.expectedAdditional).toBeCloseTo(2);
  });
  it("names the reasons: too few in the pipeline, candidates stuck at a stage", () => {
    const f = forecastUnit({
      admittedSoFar: 2,
      quota: 10,
      live: [
        { stage: "DOSSIER", daysInStage: 300 },
        { stage: "DOSSIER", daysInStage: 200 },
        { stage: "TRAINING", daysInStage: 10 },
      ],
      unitStats,
      blocStats: {},
      daysLeft: 30,
      behindPace: true,
    });
    expect(f.reasons).toEqual([{ code: "TOO_FEW_IN_PIPELINE" }, { code: "STUCK", stage: "DOSSIER", count: 2 }, { code: "BEHIND_PACE" }]);
    expect(forecastUnit({ admittedSoFar: 0, quota: 3, live: [], unitStats, blocStats: {}, daysLeft: 30, behindPace: false }).reasons).toEqual([
      { code: "NO_PIPELINE" },
    ]);
  });
  it("never lowers the forecast when candidates are added", () => {
    const few = forecastUnit({ admittedSoFar: 0, quota: 10, live: ten.slice(0, 3), unitStats, blocStats: {}, daysLeft: 90, behindPace: false });
    const more = forecastUnit({
      admittedSoFar: 0,
      quota: 10,
      live: [...ten.slice(0, 3), { stage: "SYMPATHIZER", daysInStage: 0 }],
      unitStats,
      blocStats: {},
      daysLeft: 90,
      behindPace: false,
    });
    expect(more.expectedAdditional).toBeGreaterThanOrEqual(few.expectedAdditional);
  });
});

describe("low conversion", () => {
  it("is flagged when the unit converts far worse than the bloc", () => {
    const bloc: StatsByStage = { BRANCH_VOTE: { forward: 90, exits: 10, medianDays: 10 } };
    const unit: StatsByStage = { BRANCH_VOTE: { forward: 2, exits: 8, medianDays: 10 } };
    const f = forecastUnit({
      admittedSoFar: 0,
      quota: 5,
      live: [
        { stage: "BRANCH_VOTE", daysInStage: 0 },
        { stage: "BRANCH_VOTE", daysInStage: 0 },
        { stage: "BRANCH_VOTE", daysInStage: 0 },
        { stage: "BRANCH_VOTE", daysInStage: 0 },
        { stage: "BRANCH_VOTE", daysInStage: 0 },
      ],
      unitStats: unit,
      blocStats: bloc,
      daysLeft: 90,
      behindPace: false,
    });
    expect(f.reasons).toContainEqual({ code: "LOW_CONVERSION" });
  });
});

describe("every unit at risk gets a reason", () => {
  const stats: StatsByStage = { BRANCH_VOTE: { forward: 10, exits: 0, medianDays: 60 } };
  it("says time is short when the pipeline would be enough", () => {
    const live = Array.from({ length: 5 }, () => ({ stage: "BRANCH_VOTE" as const, daysInStage: 0 }));
    expect(forecastUnit({ admittedSoFar: 0, quota: 4, live, unitStats: stats, blocStats: {}, daysLeft: 10, behindPace: false }).reasons).toEqual([
      { code: "NOT_ENOUGH_TIME" },
    ]);
  });
  it("says the pipeline yields too few when time is not the problem", () => {
    const live = Array.from({ length: 5 }, () => ({ stage: "BRANCH_VOTE" as const, daysInStage: 0 }));
    const lossy: StatsByStage = { BRANCH_VOTE: { forward: 2, exits: 8, medianDays: 1 } };
    expect(forecastUnit({ admittedSoFar: 0, quota: 4, live, unitStats: lossy, blocStats: {}, daysLeft: 100, behindPace: false }).reasons).toEqual([
      { code: "PIPELINE_TOO_SMALL" },
    ]);
  });
});
