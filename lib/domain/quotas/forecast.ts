import type { PipelineStage } from "../stages";

/**
 * Forecast of admissions by the end of a period from the live pipeline.
 *
 * Method (one sentence, shown on the dashboard): each candidate still before the admission
 * decision counts with the probability of getting through the remaining stages — the product of
 * the unit's own historical stage-to-stage conversion rates, or the whole bloc's where the unit has
 * fewer than MIN_TRANSITIONS moves out of a stage — and only if the median time those stages took
 * ends before the period does.
 */
export const PRE_ADMISSION: readonly PipelineStage[] = ["SOURCE", "SYMPATHIZER", "TRAINING", "DOSSIER", "AWARENESS_TEST", "BRANCH_VOTE", "COMMITTEE_REVIEW", "SUPERIOR_DECISION"];
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
}

interface Rate {
  conversion: number;
  medianDays: number;
  source: "UNIT" | "BLOC" | "NONE";
}

function rateFor(stage: PipelineStage, unit: StatsByStage, bloc: StatsByStage): Rate {
  const pick = (s: StageStats | undefined) => (s && s.forward + s.exits > 0 ? { conversion: s.forward / (s.forward + s.exits), medianDays: s.medianDays ?? 0 } : null);
  const own = unit[stage];
  if (own && own.forward + own.exits >= MIN_TRANSITIONS) return { ...pick(own)!, source: "UNIT" };
  const wide = pick(bloc[stage]);
  // A stage nobody has left yet (say, a test council that never sat) is passed through.
  return wide ? { ...wide, source: "BLOC" } : { conversion: 1, medianDays: 0, source: "NONE" };
}

/** Probability that a candidate in `stage` for `daysInStage` days is admitted before `daysLeft` have passed. */
export function admissionChance(candidate: LiveCandidate, rates: Map<PipelineStage, Rate>, daysLeft: number): number {
  const from = PRE_ADMISSION.indexOf(candidate.stage);
  if (from < 0) return 0;
  let chance = 1;
  let days = 0;
  for (const stage of PRE_ADMISSION.slice(from)) {
    const rate = rates.get(stage)!;
    chance *= rate.conversion;
    days += stage === candidate.stage ? Math.max(0, rate.medianDays - candidate.daysInStage) : rate.medianDays;
  }
  return days <= daysLeft ? chance : 0;
}

function overallConversion(rates: Map<PipelineStage, Rate>): number {
  return PRE_ADMISSION.reduce((p, s) => p * rates.get(s)!.conversion, 1);
}

export function forecastUnit(args: {
  admittedSoFar: number;
  quota: number | null;
  live: LiveCandidate[];
  unitStats: StatsByStage;
  blocStats: StatsByStage;
  daysLeft: number;
  behindPace: boolean;
}): UnitForecast {
  const rates = new Map(PRE_ADMISSION.map((s) => [s, rateFor(s, args.unitStats, args.blocStats)] as const));
  const blocRates = new Map(PRE_ADMISSION.map((s) => [s, rateFor(s, {}, args.blocStats)] as const));
  const pipeline = args.live.filter((c) => PRE_ADMISSION.includes(c.stage));
  const expectedAdditional = pipeline.reduce((sum, c) => sum + admissionChance(c, rates, args.daysLeft), 0);
  const projectedTotal = args.admittedSoFar + expectedAdditional;
  const quota = args.quota;
  const atRisk = quota !== null && quota > 0 && projectedTotal < quota;
  const reasons: RiskReason[] = [];
  if (atRisk) {
    if (pipeline.length === 0) reasons.push({ code: "NO_PIPELINE" });
    else if (args.admittedSoFar + pipeline.length < quota) reasons.push({ code: "TOO_FEW_IN_PIPELINE" });
    const stuck = PRE_ADMISSION.map((stage) => ({ stage, count: pipeline.filter((c) => c.stage === stage && c.daysInStage > ALLOWED_DAYS[stage]).length })).sort((a, b) => b.count - a.count)[0];
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
  };
}
