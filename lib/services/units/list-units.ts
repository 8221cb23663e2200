import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { findUnitsInScope } from "@/lib/db/units";

/** The unit tree in the caller's scope, parents before children. */
export async function listUnits({ actor }: { actor: Actor }) {
  const units = await findUnitsInScope(actor.scope);
  return { items: units.map((u) => ({ id: u.id, code: u.code, name: u.name, kind: u.kind, parentId: u.parentId, depth: u.depth })) };
}
