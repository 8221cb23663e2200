import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { findUnitsInScope } from "@/lib/db/units";
import { CANDIDATE_UNIT_KINDS } from "@/lib/domain/codes";
import { compareVi } from "@/lib/domain/text";

/** The branches where the caller may add or move candidates, in Vietnamese order. */
export async function writableBranches({ actor }: { actor: Actor }) {
  const units = await findUnitsInScope(actor.scope);
  return units
    .filter((u) => actor.scope.writable.has(u.id) && CANDIDATE_UNIT_KINDS.includes(u.kind))
    .map((u) => ({ id: u.id, name: u.name }))
    .sort((a, b) => compareVi(a.name, b.name));
}
