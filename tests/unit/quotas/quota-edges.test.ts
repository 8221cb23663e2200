/**
 * The edges of the quota and dashboard arithmetic (domain.md, "Quotas and what the dashboards count").
 */
import { describe, expect, it } from "vitest";
import { attainment, band, childrenQuotaGap } from "@/lib/domain/quotas/attainment";
import { categoriesOf, type CategorySubject } from "@/lib/domain/quotas/categories";
import {
  ALLOWED_DAYS,
  admissionChance,
  forecastUnit,
  PRE_ADMISSION,
  remainingDays,
  type LiveCandidate,
  type StageRate,
  type StatsByStage,
} from "@/lib/domain/quotas/forecast";
import { FUNNEL_STAGES, funnel, paceByMonth } from "@/lib/domain/quotas/funnel";
import { daysLeft, parsePeriod, periodOf, periodProgress } from "@/lib/domain/quotas/period";
import { addBuckets, medianFromBuckets } from "@/lib/domain/quotas/stay-buckets";
import { isAdmittedStage, PIPELINE_STAGES, type PipelineStage } from "@/lib/domain/stages";

describe("attainment", () => {
  it("has no value without a positive quota", () => {
    expect(attainment(3, 0)).toBeNull();
    expect(attainment(3, -1)).toBeNull();
    expect(attainment(0, 4)).toBe(0);
    expect(band(3, 0, 0.5)).toBe("NO_QUOTA");
  });
  it("is on track within 15 points of the pace, at risk down to half of it, behind below", () => {
    expect(band(35, 100, 0.5)).toBe("ON_TRACK");
    expect(band(34, 100, 0.5)).toBe("AT_RISK");
    expect(band(25, 100, 0.5)).toBe("AT_RISK");
    expect(band(24, 100, 0.5)).toBe("BEHIND");
    expect(band(100, 100, 0.1)).toBe("ACHIEVED");
    expect(band(0, 100, 0)).toBe("ON_TRACK");
  });
  it("has no difference to show when the parent has no quota", () => {
    expect(childrenQuotaGap(null, [5, 8])).toEqual({ childrenSum: 13, difference: null });
    expect(childrenQuotaGap(13, [5, 8])).toEqual({ childrenSum: 13, difference: 0 });
  });
});

describe("periods", () => {
  it("read a year or a term typed with spaces or an en dash", () => {
    expect(parsePeriod(" 2025 ")).toMatchObject({ ok: true, period: { kind: "YEAR", label: "2025", from: "2025-01-01", to: "2025-12-31" } });
    expect(parsePeriod("2020 – 2025")).toMatchObject({ ok: true, period: { kind: "TERM", label: "2020-2025", startYear: 2020, endYear: 2025 } });
    expect(parsePeriod(" 2020-2025 ")).toMatchObject({ ok: true, period: { label: "2020-2025" } });
    expect(parsePeriod("x2020-2025")).toEqual({ ok: false, error: "PERIOD_FORMAT" });
    expect(parsePeriod("2020-2025x")).toEqual({ ok: false, error: "PERIOD_FORMAT" });
    expect(parsePeriod("2020-2025-2030")).toEqual({ ok: false, error: "PERIOD_FORMAT" });
  });
  it("lie between 1990 and 2100", () => {
    expect(parsePeriod("1990").ok).toBe(true);
    expect(parsePeriod("1989")).toEqual({ ok: false, error: "PERIOD_RANGE" });
    expect(parsePeriod("2100").ok).toBe(true);
    expect(parsePeriod("2101")).toEqual({ ok: false, error: "PERIOD_RANGE" });
    expect(parsePeriod("2096-2101")).toEqual({ ok: false, error: "PERIOD_RANGE" });
  });
  it("count their days, the first one included", () => {
    const year = periodOf(2026, 2026);
    expect(year).toEqual({ kind: "YEAR", startYear: 2026, endYear: 2026, from: "2026-01-01", to: "2026-12-31", label: "2026" });
    expect(periodProgress(year, "2026-01-01")).toBeCloseTo(1 / 365, 10);
    expect(periodProgress(year, "2027-03-01")).toBe(1);
    expect(daysLeft(year, "2026-12-01")).toBe(30);
    expect(daysLeft(year, "2026-12-31")).toBe(0);
    expect(daysLeft(year, "2027-02-01")).toBe(0);
    expect(daysLeft(year, "2025-12-31")).toBe(365);
  });
});

describe("the funnel and the pace", () => {
  it("start from the sympathisers", () => {
    expect(FUNNEL_STAGES).toEqual(PIPELINE_STAGES.slice(1));
    expect(
      funnel(["SOURCE", "SYMPATHIZER"])
        .map((r) => [r.stage, r.reached])
        .slice(0, 2),
    ).toEqual([
      ["SYMPATHIZER", 1],
      ["TRAINING", 0],
    ]);
    expect(funnel([])[1]).toEqual({ stage: "TRAINING", reached: 0, fromPrevious: null });
  });
  it("draw no pace line without a quota", () => {
    expect(paceByMonth(new Map([["2026-01", 2]]), ["2026-01", "2026-02"], null)).toEqual([
      { month: "2026-01", cumulative: 2, pace: null },
      { month: "2026-02", cumulative: 2, pace: null },
    ]);
  });
});

describe("stays in a stage", () => {
  it("sum histograms of different lengths", () => {
    expect(addBuckets([1, 2, 3], [1])).toEqual([2, 2, 3]);
    expect(addBuckets([], [0, 4])).toEqual([0, 4]);
  });
  it("have a median inside the bucket that holds the middle stay", () => {
    expect(medianFromBuckets([0, 0, 4])).toBeCloseTo(14 + 16 * 0.5);
    expect(medianFromBuckets([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2])).toBeCloseTo(730 + 365 * 0.5);
    expect(medianFromBuckets([])).toBeNull();
  });
});

describe("report categories", () => {
  const person: CategorySubject = {
    sex: "MALE",
    ethnicity: "Kinh",
    religion: null,
    youthUnionMember: false,
    occupationGroup: "OTHER",
    readmission: false,
    returningConscript: false,
    ageAtDecision: 45,
  };
  it("file each occupation group under its category, and none for others", () => {
    const of = (occupationGroup: string) => categoriesOf({ ...person, occupationGroup });
    expect(["STUDENT", "WORKER", "FARMER", "INTELLECTUAL", "CIVIL_SERVANT", "ARMED_FORCES", "NON_STATE_EMPLOYEE", "PRIVATE_OWNER"].map(of)).toEqual([
      ["STUDENT"],
      ["WORKER"],
      ["FARMER"],
      ["INTELLECTUAL"],
      ["CIVIL_SERVANT"],
      ["ARMED_FORCES"],
      ["NON_STATE_ENTERPRISE"],
      ["PRIVATE_OWNER"],
    ]);
    expect(of("OTHER")).toEqual([]);
  });
  it("count a returning conscript once among the armed forces, the Kinh however typed, and the under-30s up to 30", () => {
    expect(categoriesOf({ ...person, occupationGroup: "ARMED_FORCES", returningConscript: true })).toEqual(["ARMED_FORCES"]);
    expect(categoriesOf({ ...person, occupationGroup: "WORKER", returningConscript: true })).toEqual(["WORKER", "ARMED_FORCES"]);
    expect(categoriesOf({ ...person, ethnicity: " kinh " })).toEqual([]);
    expect(categoriesOf({ ...person, ageAtDecision: 30 })).toEqual(["UNDER_30"]);
    expect(categoriesOf({ ...person, ageAtDecision: 31 })).toEqual([]);
    expect(categoriesOf({ ...person, readmission: true })).toEqual(["READMISSION"]);
  });
});

describe("the forecast", () => {
  const rate = (conversion: number, medianDays: number): StageRate => ({ conversion, medianDays, source: "UNIT" });
  const rates = new Map<PipelineStage, StageRate>(PRE_ADMISSION.map((s, i) => [s, rate(0.5, 10 * (i + 1))]));
  const at = (stage: PipelineStage, daysInStage = 0): LiveCandidate => ({ stage, daysInStage });

  it("counts the stages before the admission decision", () => {
    expect(PRE_ADMISSION).toEqual(PIPELINE_STAGES.filter((s) => !isAdmittedStage(s)));
    expect(ALLOWED_DAYS.COMMITTEE_REVIEW).toBe(30);
  });
  it("adds the median stays of the stages left, less the time already spent in the current one", () => {
    // From BRANCH_VOTE (60 days) on: 60 + 70 + 80.
    expect(remainingDays(at("BRANCH_VOTE"), rates)).toBe(210);
    expect(remainingDays(at("BRANCH_VOTE", 25), rates)).toBe(185);
    expect(remainingDays(at("BRANCH_VOTE", 90), rates)).toBe(150);
    expect(remainingDays(at("SOURCE"), rates)).toBe(360);
    expect(remainingDays(at("CEREMONY"), rates)).toBeNull();
  });
  it("gives a candidate a chance only if the stages left fit in the days left", () => {
    expect(admissionChance(at("SUPERIOR_DECISION"), rates, 80)).toBe(0.5);
    expect(admissionChance(at("SUPERIOR_DECISION"), rates, 79)).toBe(0);
    expect(admissionChance(at("COMMITTEE_REVIEW"), rates, 150)).toBe(0.25);
    expect(admissionChance(at("PROBATION"), rates, 1000)).toBe(0);
  });

  const stats: StatsByStage = { BRANCH_VOTE: { forward: 10, exits: 0, medianDays: 10 } };
  const live = (n: number, stage: PipelineStage = "BRANCH_VOTE", daysInStage = 0) => Array.from({ length: n }, () => at(stage, daysInStage));
  const forecast = (more: Partial<Parameters<typeof forecastUnit>[0]>) =>
    forecastUnit({ admittedSoFar: 0, quota: 4, live: live(4), unitStats: stats, blocStats: {}, daysLeft: 100, behindPace: false, ...more });

  it("takes the unit's own rate from five moves out of a stage, the bloc's below that, and passes through a stage nobody left", () => {
    expect(forecast({ unitStats: { BRANCH_VOTE: { forward: 4, exits: 1, medianDays: 10 } } }).sources.BRANCH_VOTE).toBe("UNIT");
    expect(forecast({ unitStats: { BRANCH_VOTE: { forward: 4, exits: 0, medianDays: 10 } }, blocStats: stats }).sources.BRANCH_VOTE).toBe("BLOC");
    expect(forecast({ unitStats: {}, blocStats: { BRANCH_VOTE: { forward: 0, exits: 0, medianDays: null } } }).sources.BRANCH_VOTE).toBe("NONE");
    expect(forecast({}).sources.SOURCE).toBe("NONE");
  });
  it("is at risk only below a positive quota", () => {
    expect(forecast({ quota: 4 })).toMatchObject({ projectedTotal: 4, atRisk: false, reasons: [], projectedAttainment: 1 });
    expect(forecast({ quota: 5 })).toMatchObject({ atRisk: true, projectedAttainment: 0.8 });
    expect(forecast({ quota: 0, live: [] })).toMatchObject({ atRisk: false, projectedAttainment: null });
    expect(forecast({ quota: null, live: [] })).toMatchObject({ atRisk: false, projectedAttainment: null });
  });
  it("ignores candidates already admitted", () => {
    expect(forecast({ live: [...live(4), at("CEREMONY"), at("PROBATION")] }).expectedAdditional).toBe(4);
  });
  it("says the pipeline is too small only when it holds fewer people than the quota needs", () => {
    const lossy: StatsByStage = { BRANCH_VOTE: { forward: 5, exits: 5, medianDays: 10 } };
    expect(forecast({ quota: 4, unitStats: lossy }).reasons).toEqual([{ code: "PIPELINE_TOO_SMALL" }]);
    expect(forecast({ quota: 5, unitStats: lossy }).reasons).toEqual([{ code: "TOO_FEW_IN_PIPELINE" }]);
  });
  it("says time is short when, with time, the pipeline would reach the quota exactly", () => {
    expect(forecast({ quota: 4, daysLeft: 5 }).reasons).toEqual([{ code: "NOT_ENOUGH_TIME" }]);
  });
  it("calls a stage stuck from the day past its allowed stay, for two or more and at least 30 % of the pipeline", () => {
    const stuck = (days: number, count: number, others: number) =>
      forecast({ quota: 100, daysLeft: 5, live: [...live(count, "DOSSIER", days), ...live(others, "BRANCH_VOTE")] }).reasons;
    expect(stuck(121, 3, 7)).toContainEqual({ code: "STUCK", stage: "DOSSIER", count: 3 });
    expect(stuck(120, 3, 7)).not.toContainEqual(expect.objectContaining({ code: "STUCK" }));
    expect(stuck(121, 3, 8)).not.toContainEqual(expect.objectContaining({ code: "STUCK" }));
    expect(stuck(121, 1, 0)).not.toContainEqual(expect.objectContaining({ code: "STUCK" }));
  });
  it("flags a low conversion below 60 % of the bloc's", () => {
    const bloc: StatsByStage = { BRANCH_VOTE: { forward: 10, exits: 0, medianDays: 10 } };
    const unit = (forward: number, exits: number): StatsByStage => ({ BRANCH_VOTE: { forward, exits, medianDays: 10 } });
    expect(forecast({ quota: 10, unitStats: unit(3, 7), blocStats: bloc }).reasons).toContainEqual({ code: "LOW_CONVERSION" });
    expect(forecast({ quota: 10, unitStats: unit(6, 4), blocStats: bloc }).reasons).not.toContainEqual({ code: "LOW_CONVERSION" });
  });
});
