import { PIPELINE_STAGES, isAdmittedStage, stageIndex, type PipelineStage, type StageCode } from "@/lib/domain/stages";
import { ratioOrNull } from "./stats";

/**
 * The recruitment funnel of a cohort, SYMPATHIZER → … → OFFICIAL ("115 of 198 trained were admitted",
 * domain.md §10 Seed 4). It counts how many candidates REACHED each stage: someone now in PROBATION
 * passed every earlier stage; someone DROPPED or STRUCK_OFF counts up to the last stage they were in.
 *
 * For an open cohort, people still waiting in a stage lower its conversion although they have not
 * failed; the forecast therefore learns its rates from completed transitions, not from this funnel.
 */
export const FUNNEL_STAGES = PIPELINE_STAGES.filter((s) => s !== "SOURCE") as Exclude<PipelineStage, "SOURCE">[];

export interface FunnelCandidate {
  stage: StageCode;
  /** For DROPPED / STRUCK_OFF: the pipeline stage they left from (ignored for active candidates). */
  lastStageReached?: PipelineStage | null;
}

export interface FunnelInput {
  /** Candidates by the furthest stage they reached (a current stage for active ones). */
  stageCounts?: Partial<Record<PipelineStage, number>>;
  candidates?: readonly FunnelCandidate[];
}

export interface FunnelStep {
  stage: PipelineStage;
  reached: number;
  /** reached ÷ reached at the previous shown stage; null for the first stage or when nobody reached the previous. */
  fromPrevious: number | null;
}

export interface Funnel {
  steps: FunnelStep[];
  /** Reached the admission decision (CEREMONY or later). */
  admitted: number;
  /** Exits without a recorded last stage: they cannot be placed and are left out of every count. */
  unplaced: number;
  /** Last shown stage ÷ first shown stage. */
  overall: number | null;
}

export interface Conversion {
  from: PipelineStage;
  to: PipelineStage;
  /** Reached `to`. */
  numerator: number;
  /** Reached `from`. */
  denominator: number;
  ratio: number | null;
}

/** The furthest pipeline stage a candidate reached, or null when it cannot be told. */
export function furthestStage(c: FunnelCandidate): PipelineStage | null {
  if (c.stage === "DROPPED" || c.stage === "STRUCK_OFF") return c.lastStageReached ?? null;
  return c.stage;
}

/**
 * Builds the funnel. `stages` lets a unit hide steps it does not run (AWARENESS_TEST where there is no
 * test council, COMMITTEE_REVIEW for a grassroots branch); reached-counts are unaffected.
 */
export function buildFunnel(input: FunnelInput, stages: readonly PipelineStage[] = FUNNEL_STAGES): Funnel {
  // Count by furthest stage index, then accumulate from the end: reached(s) = furthest index ≥ index(s).
  const atIndex = new Array<number>(PIPELINE_STAGES.length).fill(0);
  for (const [stage, n] of Object.entries(input.stageCounts ?? {}) as [PipelineStage, number][]) atIndex[stageIndex(stage)] += n;
  let unplaced = 0;
  for (const c of input.candidates ?? []) {
    const s = furthestStage(c);
    if (s === null) unplaced += 1;
    else atIndex[stageIndex(s)] += 1;
  }
  const reachedAt = atIndex.map((_, i) => atIndex.slice(i).reduce((a, b) => a + b, 0));
  const reached = (s: PipelineStage) => reachedAt[stageIndex(s)];

  const ordered = [...stages].sort((a, b) => stageIndex(a) - stageIndex(b));
  const steps = ordered.map((stage, i) => ({
    stage,
    reached: reached(stage),
    fromPrevious: i === 0 ? null : ratioOrNull(reached(stage), reached(ordered[i - 1])),
  }));
  const admitted = PIPELINE_STAGES.filter(isAdmittedStage).reduce((sum, s) => sum + atIndex[stageIndex(s)], 0);
  const first = steps[0];
  const last = steps[steps.length - 1];
  return { steps, admitted, unplaced, overall: first && last ? ratioOrNull(last.reached, first.reached) : null };
}

/** Conversion between any two stages of a funnel (TRAINING → CEREMONY: "115 of 198 trained were admitted"). */
export function funnelConversion(input: FunnelInput, from: PipelineStage, to: PipelineStage): Conversion {
  const steps = buildFunnel(input, PIPELINE_STAGES).steps;
  const numerator = steps[stageIndex(to)].reached;
  const denominator = steps[stageIndex(from)].reached;
  return { from, to, numerator, denominator, ratio: ratioOrNull(numerator, denominator) };
}
