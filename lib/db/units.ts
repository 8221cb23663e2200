import "server-only";
import { prisma } from "./client";
import { dbFor } from "./scoped";
import { unitsInScope } from "./scope-filter";
import type { Prisma } from "./generated/client";
import type { Scope } from "@/lib/auth/scope-rules";
import { unitIdsOnPath } from "@/lib/domain/unit-path";

export interface UnitRow {
  id: string;
  code: string;
  name: string;
  kind: "SUPERIOR_COMMITTEE" | "GRASSROOTS_COMMITTEE" | "GRASSROOTS_BRANCH" | "PARTIAL_COMMITTEE" | "BRANCH";
  parentId: string | null;
  path: string;
  depth: number;
}

const unitSelect = { id: true, code: true, name: true, kind: true, parentId: true, path: true, depth: true } as const;

/**
 * Every function here but findScopeUnits reads through dbFor(scope). The scoped client also shows
 * the committees above the caller's home unit (for period locks and the bloc's classes); what the
 * functions below call "the caller's units" is narrower: the active units of the subtree alone.
 */
function subtree(scope: Scope, where?: Prisma.UnitWhereInput): Prisma.UnitWhereInput {
  return where ? { AND: [where, unitsInScope(scope)] } : unitsInScope(scope);
}

/** The units in the caller's scope (their subtree), for menus, filters and GET /units. */
export async function findUnitsInScope(scope: Scope): Promise<UnitRow[]> {
  return dbFor(scope).unit.findMany({ where: subtree(scope), select: unitSelect, orderBy: { path: "asc" } });
}

/** A unit of the caller's subtree (not a committee above it), or null. */
export async function findUnitInScope(scope: Scope, unitId: string): Promise<UnitRow | null> {
  // An id the scope does not hold is not looked up at all (nor is a malformed one).
  if (!scope.readable.has(unitId)) return null;
  return dbFor(scope).unit.findFirst({ where: subtree(scope, { id: unitId }), select: unitSelect });
}

/** A unit of the subtree and its active direct children, in code order (the rows of the quota page). */
export async function findUnitAndChildren(scope: Scope, unitId: string) {
  return dbFor(scope).unit.findMany({
    where: subtree(scope, { OR: [{ id: unitId }, { parentId: unitId }] }),
    select: { id: true, name: true, kind: true, parentId: true },
    orderBy: { code: "asc" },
  });
}

/** The active direct children of a unit of the subtree, in code order. */
export async function findChildUnits(scope: Scope, unitId: string) {
  return dbFor(scope).unit.findMany({
    where: subtree(scope, { parentId: unitId }),
    select: { id: true, name: true, kind: true, code: true },
    orderBy: { code: "asc" },
  });
}

/** The units from the top of the caller's subtree down to the unit at `path` (a breadcrumb), top first. */
export async function findBreadcrumb(scope: Scope, path: string) {
  const rows = await dbFor(scope).unit.findMany({ where: subtree(scope, { id: { in: unitIdsOnPath(path) } }), select: { id: true, name: true, depth: true } });
  return rows.sort((a, b) => a.depth - b.depth);
}

/** A unit's member count (the base of a percentage quota); NOT_FOUND outside the scope. */
export async function findUnitMembers(scope: Scope, unitId: string): Promise<{ totalMembers: number }> {
  return dbFor(scope).unit.findUniqueOrThrow({ where: { id: unitId }, select: { totalMembers: true } });
}

/**
 * The ids of the units a scope covers (the home unit's subtree, or every unit for an
 * administrator) and which of them are roots, as one row of two arrays.
 *
 * Unscoped on purpose: this is what a scope is built from (lib/auth), so there is no scope yet to
 * bind a client to. It reads ids only, for the signed-in user's own home path.
 */
export async function findScopeUnits(role: string, homeUnitPath: string): Promise<{ id: string; isRoot: boolean }[]> {
  const [row] = await prisma.$queryRaw<{ ids: string[] | null; roots: string[] | null }[]>`
    SELECT array_agg(u.id::text) AS ids, array_agg(u.id::text) FILTER (WHERE u."parentId" IS NULL) AS roots
    FROM "Unit" u
    WHERE u.active AND (${role} = 'ADMIN' OR u.path LIKE ${`${homeUnitPath}%`})`;
  const roots = new Set(row?.roots ?? []);
  return (row?.ids ?? []).map((id) => ({ id, isRoot: roots.has(id) }));
}
