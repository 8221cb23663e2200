import { stageIndex, type PipelineStage, type StageCode } from "@/lib/domain/stages";
import { daysBetween, type IsoDate } from "./dates";
import { aggregateHistory, isPreAdmissionStage, MIN_UNIT_TRANSITIONS, stageEstimate, type StageEstimate, type Transition } from "./history";
import { candidateOutlook } from "./outlook";
import { periodProgress, type Period } from "./period";
import { riskReasons, type Reason } from "./forecast-reasons";
import { DEFAULT_ALLOWED_DAYS, daysInStage, timeInStage, type AllowedDays } from "./time-in-stage";

/**
 * Projected admissions by the end of the period, from the live pipeline (the method in one sentence
 * is FORECAST_METHOD; outlook.ts has the timing rule, history.ts the rates and the fallback).
 *
 * A "unit" is whatever level the caller forecasts: map each transition and candidate to it first
 * (e.g. to the grassroots organisation owning the branch). The bloc figures used as a fallback are
 * computed from ALL transitions passed in, so pass the whole bloc's history.
 */
export const FORECAST_METHOD = { code: "FORECAST_METHOD", params: { minTransitions: MIN_UNIT_TRANSITIONS } } as const;

export interface LiveCandidate {
  unitId: string;
  stage: StageCode;
  stageSince: IsoDate;
}

export interface ForecastInput {
  period: Period;
  today: IsoDate;
  transitions: readonly Transition[];
  /** Live candidates; those already admitted or out of the pipeline are ignored. */
  live: readonly LiveCandidate[];
  /** Admission decisions dated in the period so far, per unit (its subtree). */
  admittedSoFar: Readonly<Record<string, number>>;
  quotas: Readonly<Record<string, number | null>>;
  /** Allowed calendar days per stage, for the "stuck" reasons (default: DEFAULT_ALLOWED_DAYS). */
  allowedDays?: AllowedDays;
  /** Units to forecast (default: every unit named in quotas, admittedSoFar or live). */
  unitIds?: readonly string[];
  /** Fallback threshold (default MIN_UNIT_TRANSITIONS). */
  minUnitTransitions?: number;
}

export interface StageContribution {
  stage: PipelineStage;
  candidates: number;
  /** Expected admissions in the period from the candidates now in this stage. */
  expected: number;
}

export interface UnitForecast {
  unitId: string;
  admittedSoFar: number;
  /** Σ over live candidates of chance admitted × chance it happens inside the period (fractional). */
  expectedAdditional: number;
  projectedTotal: number;
  quota: number | null;
  /** projectedTotal ÷ quota; null without a (positive) quota. */
  projectedAttainment: number | null;
  /** The projection falls short of a set quota. */
  atRisk: boolean;
  /** Why (only when at risk). */
  reasons: Reason[];
  /** Live candidates before the admission decision. */
  pipeline: number;
  byStage: StageContribution[];
  /** Figures used for every stage on the candidates' paths, each saying where it came from (UNIT/BLOC/ASSUMED). */
  estimates: StageEstimate[];
}

function unitIdsOf(input: ForecastInput): string[] {
  if (input.unitIds) return [...input.unitIds];
  return [...new Set([...Object.keys(input.quotas), ...Object.keys(input.admittedSoFar), ...input.live.map((c) => c.unitId)])];
}

export function forecastUnits(input: ForecastInput): UnitForecast[] {
  const { period, today } = input;
  const history = aggregateHistory(input.transitions);
  const allowed = input.allowedDays ?? DEFAULT_ALLOWED_DAYS;
  const minN = input.minUnitTransitions ?? MIN_UNIT_TRANSITIONS;
  // Days from today to the first and last day of the period (the first is ≤ 0 once it has begun).
  const window = { startDay: daysBetween(today, period.from), endDay: daysBetween(today, period.to) };
  const progress = periodProgress(period, today);

  return unitIdsOf(input).map((unitId): UnitForecast => {
    const estimates = new Map<PipelineStage, StageEstimate>();
    const estimate = (stage: PipelineStage) => {
      let e = estimates.get(stage);
      if (!e) estimates.set(stage, (e = stageEstimate(history, unitId, stage, allowed, minN)));
      return e;
    };

    const live = input.live.filter((c) => c.unitId === unitId);
    const byStage = new Map<PipelineStage, StageContribution>();
    let expectedAdditional = 0;
    let eventual = 0;
    for (const c of live) {
      if (!isPreAdmissionStage(c.stage)) continue;
      const o = candidateOutlook(c.stage, daysInStage(c.stageSince, today), estimate, window);
      expectedAdditional += o.expected;
      eventual += o.probability;
      const row = byStage.get(c.stage) ?? { stage: c.stage, candidates: 0, expected: 0 };
      row.candidates += 1;
      row.expected += o.expected;
      byStage.set(c.stage, row);
    }
    const pipeline = [...byStage.values()].reduce((n, r) => n + r.candidates, 0);

    const admittedSoFar = input.admittedSoFar[unitId] ?? 0;
    const quota = input.quotas[unitId] ?? null;
    const projectedTotal = admittedSoFar + expectedAdditional;
    const atRisk = quota !== null && projectedTotal < quota;
    const usedEstimates = [...estimates.values()].sort((a, b) => stageIndex(a.stage) - stageIndex(b.stage));
    const reasons = atRisk
      ? riskReasons({
          quota,
          admittedSoFar,
          pipeline,
          eventual,
          inPeriod: expectedAdditional,
          progress,
          stageTimes: timeInStage(live, today, allowed),
          estimates: usedEstimates,
          history,
        })
      : [];

    return {
      unitId,
      admittedSoFar,
      expectedAdditional,
      projectedTotal,
      quota,
      projectedAttainment: quota === null || quota === 0 ? null : projectedTotal / quota,
      atRisk,
      reasons,
      pipeline,
      byStage: [...byStage.values()].sort((a, b) => stageIndex(a.stage) - stageIndex(b.stage)),
      estimates: usedEstimates,
    };
  });
}
