import { can } from "@/lib/auth/permissions";
import { stageModule } from "@/lib/domain/pipeline/registry";
import type { RecordedStep } from "@/lib/domain/pipeline/step-module";
import type { RoleCode } from "@/lib/domain/codes";
import { stageIndex, type StageCode } from "@/lib/domain/stages";

/**
 * Steps that record a committee's act (its resolution or decision, as the stage's module declares,
 * and striking a probationary member off) need committee staff; the branch records its own steps.
 */
export function isCommitteeAct(from: StageCode, to: StageCode): boolean {
  if (to === "STRUCK_OFF") return true;
  const forward = stageIndex(to) > stageIndex(from) && stageIndex(from) >= 0;
  return forward && (stageModule(from)?.exit?.committeeAct ?? false);
}

export function mayRecordStep(role: RoleCode, from: StageCode, to: StageCode): boolean {
  if (!can(role, "candidate.write")) return false;
  return isCommitteeAct(from, to) ? can(role, "committee.record") : true;
}

export function mayRecordRecordedStep(role: RoleCode, step: Pick<RecordedStep, "committeeAct">): boolean {
  return can(role, step.committeeAct ? "committee.record" : "candidate.write");
}
