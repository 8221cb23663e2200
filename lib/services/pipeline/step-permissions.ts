import { can } from "@/lib/auth/permissions";
import type { RoleCode } from "@/lib/domain/codes";
import type { StageCode } from "@/lib/domain/stages";

/**
 * Steps that record a committee's act (the grassroots resolution, the superior's decisions,
 * striking off) need committee staff; the branch records its own steps.
 */
const COMMITTEE_STEPS: ReadonlySet<string> = new Set(["COMMITTEE_REVIEW>SUPERIOR_DECISION", "SUPERIOR_DECISION>CEREMONY", "PROBATION>OFFICIAL", "PROBATION>STRUCK_OFF", "CEREMONY>STRUCK_OFF"]);

export function mayRecordStep(role: RoleCode, from: StageCode, to: StageCode): boolean {
  if (!can(role, "candidate.write")) return false;
  return COMMITTEE_STEPS.has(`${from}>${to}`) ? can(role, "committee.record") : true;
}
