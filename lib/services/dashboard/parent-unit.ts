import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { prisma } from "@/lib/db/client";
import { findUnitInScope } from "@/lib/db/units";
import { notFound } from "@/lib/errors";
import { unitIdsOnPath } from "@/lib/domain/unit-path";

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
  const [children, ancestors] = await Promise.all([
    prisma.unit.findMany({ where: { parentId: unit.id, active: true }, select: { id: true, name: true, kind: true, code: true }, orderBy: { code: "asc" } }),
    prisma.unit.findMany({ where: { id: { in: unitIdsOnPath(unit.path) } }, select: { id: true, name: true, depth: true } }),
  ]);
  return { children, breadcrumb: ancestors.sort((a, b) => a.depth - b.depth).filter((a) => actor.scope.readable.has(a.id)) };
}
