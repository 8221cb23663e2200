import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { prisma } from "@/lib/db/client";
import { findUnitInScope } from "@/lib/db/units";

/** The unit a dashboard looks at: the one asked for if it is in scope, else the caller's top unit. */
export async function dashboardUnit(actor: Actor, unitId: string | undefined) {
  const unit = await resolveDashboardUnit(actor, unitId);
  if (!unit) return null;
  // The breadcrumb stops at the top of what the caller may see.
  return { unit, ...(await unitSurroundings(actor, unit)) };
}

/** Only the unit (no children or breadcrumb): lets callers start their roll-ups without waiting. */
export async function resolveDashboardUnit(actor: Actor, unitId: string | undefined) {
  const asked = unitId ? await findUnitInScope(actor.scope, unitId) : null;
  const root = actor.scope.rootUnitIds[0];
  return asked ?? (root ? await findUnitInScope(actor.scope, root) : null);
}

/** The direct children and the breadcrumb of a unit already resolved. */
export async function unitSurroundings(actor: Actor, unit: { id: string; path: string }) {
  const [children, ancestors] = await Promise.all([
    prisma.unit.findMany({ where: { parentId: unit.id, active: true }, select: { id: true, name: true, kind: true, code: true }, orderBy: { code: "asc" } }),
    prisma.unit.findMany({ where: { id: { in: unit.path.split("/").filter(Boolean) } }, select: { id: true, name: true, depth: true } }),
  ]);
  return { children, breadcrumb: ancestors.sort((a, b) => a.depth - b.depth).filter((a) => actor.scope.readable.has(a.id)) };
}
