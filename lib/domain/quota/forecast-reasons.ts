import { attainmentStatus, expectedByNow } from "./attainment";
import { blocConversion, isPreAdmissionStage, PRE_ADMISSION_STAGES, type History, type PreAdmissionStage, type StageEstimate } from "./history";
import type { StageTime } from "./time-in-stage";

/**
 * Why a unit is at risk of missing its quota, as codes with parameters (the UI words them). Listed
 * from the most basic cause to the least: no pipeline at all, too small a pipeline, candidates stuck,
 * weak conversion, time running out, and a slow start.
 */
export type StuckReasonCode = `STUCK_AT_${PreAdmissionStage}`;
export const STUCK_REASON_CODES = PRE_ADMISSION_STAGES.map((s) => `STUCK_AT_${s}` as StuckReasonCode);

export const REASON_CODES = [
  "NO_PIPELINE",
  "TOO_FEW_IN_TRAINING",
  ...STUCK_REASON_CODES,
  "LOW_CONVERSION",
  "PIPELINE_TOO_SMALL",
  "NOT_ENOUGH_TIME",
  "BEHIND_PACE",
] as const;
export type ReasonCode = "NO_PIPELINE" | "TOO_FEW_IN_TRAINING" | StuckReasonCode | "LOW_CONVERSION" | "PIPELINE_TOO_SMALL" | "NOT_ENOUGH_TIME" | "BEHIND_PACE";

export interface Reason {
  code: ReasonCode;
  params: Record<string, string | number>;
}

/** A stage is "stuck" when at least this share of its candidates (and at least one) are over the allowed time. */
export const STUCK_MIN_SHARE = 0.3;
/** A unit's own conversion below this fraction of the bloc's, for some stage, is "low". */
export const LOW_CONVERSION_RATIO = 0.75;

export interface ReasonFacts {
  quota: number;
  admittedSoFar: number;
  /** Live candidates before the admission decision. */
  pipeline: number;
  /** Σ admission chances ignoring the period end. */
  eventual: number;
  /** Σ chances of admission inside the period (the forecast's expected additional). */
  inPeriod: number;
  progress: number;
  /** Time in stage of the unit's live candidates (with allowed days). */
  stageTimes: readonly StageTime[];
  /** The estimates the unit's forecast used, per stage. */
  estimates: readonly StageEstimate[];
  history: History;
}

const oneDecimal = (x: number) => Math.round(x * 10) / 10;
const percent = (x: number) => Math.round(x * 100);

function stuckReasons(stageTimes: readonly StageTime[]): Reason[] {
  return stageTimes.flatMap((t): Reason[] => {
    const { stage, allowedDays, overCount, count } = t;
    if (!isPreAdmissionStage(stage) || allowedDays === null || overCount === 0 || overCount < STUCK_MIN_SHARE * count) return [];
    return [{ code: `STUCK_AT_${stage}`, params: { stage, overdue: overCount, count, allowedDays } }];
  });
}

// The unit's weakest stage compared with the bloc, among stages where its own figures were used.
function lowConversion(estimates: readonly StageEstimate[], history: History): Reason | null {
  let worst: { stage: string; unit: number; bloc: number; ratio: number } | null = null;
  for (const e of estimates) {
    const bloc = blocConversion(history, e.stage);
    if (e.source !== "UNIT" || bloc === null || bloc === 0) continue;
    const ratio = e.conversion / bloc;
    if (ratio < LOW_CONVERSION_RATIO && (!worst || ratio < worst.ratio)) worst = { stage: e.stage, unit: e.conversion, bloc, ratio };
  }
  return worst && { code: "LOW_CONVERSION", params: { stage: worst.stage, unitPercent: percent(worst.unit), blocPercent: percent(worst.bloc) } };
}

/** The reasons for a unit already known to be at risk (projected total below its quota). */
export function riskReasons(f: ReasonFacts): Reason[] {
  const gap = f.quota - f.admittedSoFar;
  const reasons: Reason[] = [];
  if (f.pipeline === 0) reasons.push({ code: "NO_PIPELINE", params: { gap } });
  // Even if every live candidate were admitted, the gap would stay open.
  else if (f.pipeline < gap) reasons.push({ code: "TOO_FEW_IN_TRAINING", params: { gap, pipeline: f.pipeline } });
  reasons.push(...stuckReasons(f.stageTimes));
  const low = lowConversion(f.estimates, f.history);
  if (low) reasons.push(low);
  if (f.pipeline >= gap) {
    // Enough people, but at the usual rates they will not all pass; or they would, but not in time.
    if (f.eventual < gap) reasons.push({ code: "PIPELINE_TOO_SMALL", params: { gap, pipeline: f.pipeline, eventual: oneDecimal(f.eventual) } });
    else reasons.push({ code: "NOT_ENOUGH_TIME", params: { gap, eventual: oneDecimal(f.eventual), inPeriod: oneDecimal(f.inPeriod) } });
  }
  const status = attainmentStatus({ quota: f.quota, admitted: f.admittedSoFar, progress: f.progress });
  if (status === "AT_RISK" || status === "BEHIND") {
    reasons.push({ code: "BEHIND_PACE", params: { admitted: f.admittedSoFar, expected: oneDecimal(expectedByNow(f.quota, f.progress)) } });
  }
  return reasons;
}
