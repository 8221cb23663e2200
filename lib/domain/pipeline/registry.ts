import type { PipelineStage, StageCode } from "../stages";
import { awarenessTest } from "./stages/awareness-test";
import { branchVote } from "./stages/branch-vote";
import { ceremony } from "./stages/ceremony";
import { committeeReview } from "./stages/committee-review";
import { dossier } from "./stages/dossier";
import { probation } from "./stages/probation";
import { source } from "./stages/source";
import { superiorDecision } from "./stages/superior-decision";
import { sympathizer } from "./stages/sympathizer";
import { training } from "./stages/training";
import type { RecordedStep, RecordedStepCode, StageModule } from "./step-module";

/**
 * Every stage's module, by code. Adding a stage to lib/domain/stages.ts does not compile until it
 * has a module here; everything else (flow, checks, forms, papers, deadlines, permissions, records)
 * follows from the module.
 */
export const STAGE_MODULES = {
  SOURCE: source,
  SYMPATHIZER: sympathizer,
  TRAINING: training,
  DOSSIER: dossier,
  AWARENESS_TEST: awarenessTest,
  BRANCH_VOTE: branchVote,
  COMMITTEE_REVIEW: committeeReview,
  SUPERIOR_DECISION: superiorDecision,
  CEREMONY: ceremony,
  PROBATION: probation,
  OFFICIAL: { stage: "OFFICIAL" } as StageModule,
} as const satisfies Record<PipelineStage, StageModule>;

/** The module of a stage; the exits (dropped, struck off) have none. */
export function stageModule(stage: StageCode): StageModule | null {
  return (STAGE_MODULES as Record<string, StageModule | undefined>)[stage] ?? null;
}

/** Every step recorded without leaving a stage, by code, with the stage it belongs to. */
export const RECORDED_STEPS: ReadonlyMap<RecordedStepCode, { stage: PipelineStage; step: RecordedStep }> = new Map(
  Object.values(STAGE_MODULES).flatMap((m: StageModule) => (m.recorded ?? []).map((step) => [step.code, { stage: m.stage, step }] as const)),
);

export const RECORDED_STEP_CODES = [...RECORDED_STEPS.keys()] as [RecordedStepCode, ...RecordedStepCode[]];
