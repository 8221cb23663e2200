import { isAdmittedStage, type PipelineStage } from "@/lib/domain/stages";
import type { StageEstimate } from "./history";

/**
 * One candidate's outlook: the chance of being admitted at all, the expected days until the admission
 * decision, and the chance that the decision falls inside the period.
 *
 * Timing rule (chosen to be simple and to avoid a cliff at the period end): the decision is taken to
 * fall evenly between HALF and ONE AND A HALF times the expected days from today. A candidate whose
 * expected date is exactly the period end counts half; one with at least 1.5× the expected time left
 * counts fully; one with less than half of it counts nothing.
 */
export const TIMING_WINDOW_LOW = 0.5;
export const TIMING_WINDOW_HIGH = 1.5;

export interface CandidateOutlook {
  /** Product of the conversions of the stages still to pass. */
  probability: number;
  /** Sum of the median durations still to go (the current one less the days already spent in it). */
  expectedDays: number;
  /** Chance that the decision is dated inside the period (0..1) given it happens. */
  timing: number;
  /** probability × timing: what the candidate adds to the forecast. */
  expected: number;
  /** Stages still to pass, in order (the current one first). */
  path: PipelineStage[];
}

/**
 * Chance that the decision day falls in [startDay, endDay], days counted from today (startDay ≤ 0
 * when the period has begun), under the timing rule above.
 */
export function timingShare(expectedDays: number, startDay: number, endDay: number): number {
  if (endDay < 0) return 0;
  const lower = Math.max(0, startDay);
  if (expectedDays <= 0) return lower === 0 ? 1 : 0; // due now: inside only if the period is running
  const lo = TIMING_WINDOW_LOW * expectedDays;
  const width = (TIMING_WINDOW_HIGH - TIMING_WINDOW_LOW) * expectedDays;
  const cdf = (d: number) => Math.min(1, Math.max(0, (d - lo) / width));
  return cdf(endDay) - (lower === 0 ? 0 : cdf(lower));
}

/**
 * Walks the candidate's remaining path (each stage's usual next stage) until the admission decision.
 * `estimate` gives the unit's figures for a stage; `daysInStage` is the time already spent in `stage`.
 */
export function candidateOutlook(
  stage: PipelineStage,
  daysInStage: number,
  estimate: (stage: PipelineStage) => StageEstimate,
  window: { startDay: number; endDay: number },
): CandidateOutlook {
  let probability = 1;
  let expectedDays = 0;
  const path: PipelineStage[] = [];
  // `next` is always a later stage, so the walk ends at an admitted stage within a dozen steps.
  for (let s = stage; !isAdmittedStage(s); ) {
    const e = estimate(s);
    path.push(s);
    probability *= e.conversion;
    expectedDays += s === stage ? Math.max(0, e.medianDays - daysInStage) : e.medianDays;
    s = e.next;
  }
  const timing = timingShare(expectedDays, window.startDay, window.endDay);
  return { probability, expectedDays, timing, expected: probability * timing, path };
}
