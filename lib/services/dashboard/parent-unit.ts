import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { findBreadcrumb, findChildUnits, findUnitInScope } from "@/lib/db/units";
import { notFound } from "@/lib/errors";

/** The unit a dashboard looks at: the one asked for if it is in scope, else the caller's top unit. */
export async function dashboardUnit(actor: Actor, unitId: string | undefined) {
  const unit = await resolveDashboardUnit(actor, unitId);
  if (!unit) return null;
  // The breadcrumb stops at the top of what the caller may see.
  return { unit, ...(await unitSurroundings(actor, unit)) };
}

/**
 * Only the unit (no children or breadcrumb): lets callers start their roll-ups without waiting.
 * A unit asked for by id that the caller may not see does not exist for them (404), as for
 * candidates; without an id, the caller's top unit.
 */
export async function resolveDashboardUnit(actor: Actor, unitId: string | undefined) {
  if (unitId) {
    const asked = await findUnitInScope(actor.scope, unitId);
    if (!asked) throw notFound();
    return asked;
  }
  const root = actor.scope.rootUnitIds[0];
  return root ? await findUnitInScope(actor.scope, root) : null;
}

/** The direct children and the breadcrumb of a unit already resolved. */
export async function unitSurroundings(actor: Actor, unit: { id: string; path: string }) {
  // The breadcrumb stops at the top of the caller's subtree, not at the committees above it.
  const [children, breadcrumb] = await Promise.all([findChildUnits(actor.scope, unit.id), findBreadcrumb(actor.scope, unit.path)]);
  return { children, breadcrumb };
}
