import { stageModule } from "@/lib/domain/pipeline/registry";
import type { StepField } from "@/lib/domain/pipeline/step-module";
import type { StageCode } from "@/lib/domain/stages";

export type { StepField, StepFieldKind as FieldKind } from "@/lib/domain/pipeline/step-module";

/** The fields of the step that leaves `from` forward, as its stage's module declares them. */
export function exitFields(from: StageCode): readonly StepField[] {
  return stageModule(from)?.exit?.fields ?? [];
}

/** The branch vote also records the introductions (two rows: members, or a union and a member). */
export function exitRecordsIntroducers(from: StageCode): boolean {
  return stageModule(from)?.exit?.introducers ?? false;
}
