import "server-only";
import type { Actor } from "@/lib/auth/actor";
import type { ChainUnits } from "@/lib/db/pipeline-facts";
import type { Reason } from "@/lib/domain/rules/facts";
import { withRollUnit, type RollBody } from "@/lib/domain/unit-rules";

/**
 * A refused vote's roll reasons, marked with the unit whose roll they counted against (the branch,
 * or the grassroots committee for its own vote): the page showing the refusal says who corrects
 * that roll and links to the unit's page, when the caller may open it.
 */
export function markRollReasons(actor: Actor, chain: ChainUnits, body: RollBody, reasons: readonly Reason[]): Reason[] {
  const unitId = body === "committee" ? chain.grassrootsId : chain.branchId;
  return withRollUnit(reasons, { unitId: unitId && actor.scope.readable.has(unitId) ? unitId : null, body });
}
