import type { PipelineStage } from "../stages";
import { forecastReason, type ForecastReason } from "./forecast-reason";

/**
 * Forecast of admissions by the end of a period from the live pipeline.
 *
 * Method (one sentence, shown on the dashboard): each candidate still before the admission
 * decision counts with the probability of getting through the remaining stages — the product of
 * the unit's own historical stage-to-stage conversion rates, or the whole bloc's where the unit has
 * fewer than MIN_TRANSITIONS moves out of a stage — and only if the median time those stages took
 * ends before the period does.
 */
export const PRE_ADMISSION: readonly PipelineStage[] = [
  "SOURCE",
  "SYMPATHIZER",
  "TRAINING",
  "DOSSIER",
  "AWARENESS_TEST",
  "BRANCH_VOTE",
  "COMMITTEE_REVIEW",
  "SUPERIOR_DECISION",
];
export const MIN_TRANSITIONS = 5;

/** Calendar days a stage may reasonably take (working-day limits × 7/5); beyond it a candidate is "stuck". */
export const ALLOWED_DAYS: Record<PipelineStage, number> = {
  SOURCE: 365,
  SYMPATHIZER: 365,
  TRAINING: 60,
  DOSSIER: 120,
  AWARENESS_TEST: 90,
  BRANCH_VOTE: 120,
  COMMITTEE_REVIEW: 30,
  SUPERIOR_DECISION: 84,
  CEREMONY: 42,
  PROBATION: 407,
  OFFICIAL: Number.POSITIVE_INFINITY,
};

export interface StageStats {
  /** Moves forward out of the stage. */
  forward: number;
  /** Exits (dropped, struck off) from the stage. */
  exits: number;
  medianDays: number | null;
}
export type StatsByStage = Partial<Record<PipelineStage, StageStats>>;

export interface LiveCandidate {
  stage: PipelineStage;
  daysInStage: number;
}

export type RiskReason =
  | { code: "NO_PIPELINE" | "TOO_FEW_IN_PIPELINE" | "LOW_CONVERSION" | "BEHIND_PACE" | "NOT_ENOUGH_TIME" | "PIPELINE_TOO_SMALL" }
  | { code: "STUCK"; stage: PipelineStage; count: number };

export interface UnitForecast {
  admittedSoFar: number;
  expectedAdditional: number;
  projectedTotal: number;
  quota: number | null;
  projectedAttainment: number | null;
  atRisk: boolean;
  reasons: RiskReason[];
  /** Where each stage's rate came from. */
  sources: Partial<Record<PipelineStage, "UNIT" | "BLOC" | "NONE">>;
  /**
   * Why the forecast is what it is, as data (codes and parameters the UI translates): who is in
   * which stage, what they are expected to yield by the end of the period, the gap to the quota,
   * and the working days the remaining steps need against those left (forecast-reason.ts).
   */
  reason: ForecastReason;
}

/** A stage's conversion rate and median stay (calendar days), and where they came from. */
export interface StageRate {
  conversion: number;
  medianDays: number;
  source: "UNIT" | "BLOC" | "NONE";
}
type Rate = StageRate;

function rateFor(stage: PipelineStage, unit: StatsByStage, bloc: StatsByStage): Rate {
  const pick = (s: StageStats | undefined) =>
    s && s.forward + s.exits > 0 ? { conversion: s.forward / (s.forward + s.exits), medianDays: s.medianDays ?? 0 } : null;
  const own = unit[stage];
  if (own && own.forward + own.exits >= MIN_TRANSITIONS) return { ...pick(own)!, source: "UNIT" };
  const wide = pick(bloc[stage]);
  // A stage nobody has left yet (say, a test council that never sat) is passed through.
  return wide ? { ...wide, source: "BLOC" } : { conversion: 1, medianDays: 0, source: "NONE" };
}

/**
 * Calendar days the remaining stages take a candidate up to the admission decision, by the median
 * stays (the current stage's less the time already spent in it); null after the decision.
 */
export function remainingDays(candidate: LiveCandidate, rates: Map<PipelineStage, Rate>): number | null {
  const from = PRE_ADMISSION.indexOf(candidate.stage);
  if (from < 0) return null;
  let days = 0;
  for (const stage of PRE_ADMISSION.slice(from)) {
    const rate = rates.get(stage)!;
    days += stage === candidate.stage ? Math.max(0, rate.medianDays - candidate.daysInStage) : rate.medianDays;
  }
  return days;
}

/** Probability that a candidate gets through the remaining stages, whenever that happens. */
function passChance(candidate: LiveCandidate, rates: Map<PipelineStage, Rate>): number {
  const from = PRE_ADMISSION.indexOf(candidate.stage);
  return from < 0 ? 0 : PRE_ADMISSION.slice(from).reduce((p, s) => p * rates.get(s)!.conversion, 1);
}

/** Probability that a candidate in `stage` for `daysInStage` days is admitted before `daysLeft` have passed. */
export function admissionChance(candidate: LiveCandidate, rates: Map<PipelineStage, Rate>, daysLeft: number): number {
  const days = remainingDays(candidate, rates);
  return days !== null && days <= daysLeft ? passChance(candidate, rates) : 0;
}

function overallConversion(rates: Map<PipelineStage, Rate>): number {
  return PRE_ADMISSION.reduce((p, s) => p * rates.get(s)!.conversion, 1);
}

/**
 * The same candidates in the same order whatever order they came in (stage, then days in it), so
 * that a unit's forecast is the same number to the last bit whichever level of the tree asks.
 */
function canonical(live: LiveCandidate[]): LiveCandidate[] {
  return live
    .filter((c) => PRE_ADMISSION.includes(c.stage))
    .sort((a, b) => PRE_ADMISSION.indexOf(a.stage) - PRE_ADMISSION.indexOf(b.stage) || a.daysInStage - b.daysInStage);
}

export function forecastUnit(args: {
  admittedSoFar: number;
  quota: number | null;
  live: LiveCandidate[];
  unitStats: StatsByStage;
  blocStats: StatsByStage;
  daysLeft: number;
  behindPace: boolean;
  /** The share of the period gone (0–1), for the pace the reason compares with. */
  progress?: number;
  /** Working days from today over a span of calendar days (the holiday table); default 5 of every 7. */
  workingDays?: (calendarDays: number) => number;
}): UnitForecast {
  const rates = new Map(PRE_ADMISSION.map((s) => [s, rateFor(s, args.unitStats, args.blocStats)] as const));
  const blocRates = new Map(PRE_ADMISSION.map((s) => [s, rateFor(s, {}, args.blocStats)] as const));
  const pipeline = canonical(args.live);
  const expectedAdditional = pipeline.reduce((sum, c) => sum + admissionChance(c, rates, args.daysLeft), 0);
  const projectedTotal = args.admittedSoFar + expectedAdditional;
  const quota = args.quota;
  const atRisk = quota !== null && quota > 0 && projectedTotal < quota;
  const reasons: RiskReason[] = [];
  if (atRisk) {
    if (pipeline.length === 0) reasons.push({ code: "NO_PIPELINE" });
    else if (args.admittedSoFar + pipeline.length < quota) reasons.push({ code: "TOO_FEW_IN_PIPELINE" });
    const stuck = PRE_ADMISSION.map((stage) => ({
      stage,
      count: pipeline.filter((c) => c.stage === stage && c.daysInStage > ALLOWED_DAYS[stage]).length,
    })).sort((a, b) => b.count - a.count)[0];
    if (stuck && stuck.count >= 2 && stuck.count >= pipeline.length * 0.3) reasons.push({ code: "STUCK", stage: stuck.stage, count: stuck.count });
    const blocKnown = PRE_ADMISSION.some((st) => blocRates.get(st)!.source === "BLOC");
    if (blocKnown && overallConversion(rates) < 0.6 * overallConversion(blocRates)) reasons.push({ code: "LOW_CONVERSION" });
    if (args.behindPace) reasons.push({ code: "BEHIND_PACE" });
    // Always say why: either time is what is missing, or the pipeline yields too few even with time.
    if (reasons.length === 0) {
      const withoutDeadline = pipeline.reduce((sum, c) => sum + admissionChance(c, rates, Number.POSITIVE_INFINITY), 0);
      reasons.push({ code: args.admittedSoFar + withoutDeadline >= quota ? "NOT_ENOUGH_TIME" : "PIPELINE_TOO_SMALL" });
    }
  }
  return {
    admittedSoFar: args.admittedSoFar,
    expectedAdditional,
    projectedTotal,
    quota,
    projectedAttainment: quota ? projectedTotal / quota : null,
    atRisk,
    reasons,
    sources: Object.fromEntries(PRE_ADMISSION.map((s) => [s, rates.get(s)!.source])),
    reason: forecastReason({
      admittedSoFar: args.admittedSoFar,
      quota,
      pipeline: pipeline.map((c) => ({
        stage: c.stage,
        remainingDays: remainingDays(c, rates)!,
        chance: admissionChance(c, rates, args.daysLeft),
        passChance: passChance(c, rates),
      })),
      daysLeft: args.daysLeft,
      workingDays: args.workingDays,
      risks: reasons,
      stuckAllowedDays: ALLOWED_DAYS,
      conversion: { unit: overallConversion(rates), bloc: overallConversion(blocRates) },
      progress: args.progress,
    }),
  };
}
