import "server-only";
import { prisma } from "./client";
import { unitsInScope } from "./scope-filter";
import type { Scope } from "@/lib/auth/scope-rules";

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

/** The units in the caller's scope (their subtree), for menus, filters and GET /units. */
export async function findUnitsInScope(scope: Scope): Promise<UnitRow[]> {
  return prisma.unit.findMany({ where: unitsInScope(scope), select: unitSelect, orderBy: { path: "asc" } });
}

export async function findUnitInScope(scope: Scope, unitId: string): Promise<UnitRow | null> {
  if (!scope.readable.has(unitId)) return null;
  return prisma.unit.findUnique({ where: { id: unitId }, select: unitSelect });
}

/**
 * The ids of the units a scope covers (the home unit's subtree, or every unit for an
 * administrator) and which of them are roots, as one row of two arrays.
 */
export async function findScopeUnits(role: string, homeUnitPath: string): Promise<{ id: string; isRoot: boolean }[]> {
  const [row] = await prisma.$queryRaw<{ ids: string[] | null; roots: string[] | null }[]>`
    SELECT array_agg(u.id::text) AS ids, array_agg(u.id::text) FILTER (WHERE u."parentId" IS NULL) AS roots
    FROM "Unit" u
    WHERE u.active AND (${role} = 'ADMIN' OR u.path LIKE ${`${homeUnitPath}%`})`;
  const roots = new Set(row?.roots ?? []);
  return (row?.ids ?? []).map((id) => ({ id, isRoot: roots.has(id) }));
}
