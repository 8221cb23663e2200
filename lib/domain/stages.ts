/**
 * The stages of a candidate (domain.md Part 1), in pipeline order. Codes are stable API values;
 * their labels live in the i18n messages ("stage.<CODE>").
 */
export const PIPELINE_STAGES = [
  "SOURCE",
  "SYMPATHIZER",
  "TRAINING",
  "DOSSIER",
  "AWARENESS_TEST",
  "BRANCH_VOTE",
  "COMMITTEE_REVIEW",
  "SUPERIOR_DECISION",
  "CEREMONY",
  "PROBATION",
  "OFFICIAL",
] as const;

/** Terminal exits; each needs a recorded reason. */
export const EXIT_STAGES = ["DROPPED", "STRUCK_OFF"] as const;

export const STAGES = [...PIPELINE_STAGES, ...EXIT_STAGES] as const;

export type PipelineStage = (typeof PIPELINE_STAGES)[number];
export type ExitStage = (typeof EXIT_STAGES)[number];
export type StageCode = (typeof STAGES)[number];

export function isStage(value: string): value is StageCode {
  return (STAGES as readonly string[]).includes(value);
}

export function isTerminal(stage: StageCode): boolean {
  return stage === "OFFICIAL" || stage === "DROPPED" || stage === "STRUCK_OFF";
}

/** Position in the pipeline (exits have none). */
export function stageIndex(stage: StageCode): number {
  return (PIPELINE_STAGES as readonly string[]).indexOf(stage);
}

/** Admitted stages: the admission decision (9-KNĐ) exists. */
export function isAdmittedStage(stage: StageCode): boolean {
  return stage === "CEREMONY" || stage === "PROBATION" || stage === "OFFICIAL";
}
