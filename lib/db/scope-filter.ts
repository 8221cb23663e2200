import type { Scope } from "@/lib/auth/scope-rules";
import type { Prisma } from "./generated/client";

/** A where-fragment on any model with a `unit` relation (candidates, test sessions…). */
export type ScopeWhere = { unit: { path: { startsWith: string }; active: true } } | { unitId: { in: string[] } } | Record<string, never>;

const NOTHING: ScopeWhere = { unitId: { in: [] } };

/**
 * The filter every scoped query starts from: rows whose unit lies in the caller's subtree, and
 * under `under` (a unit of the scope, its whole subtree) when given. The subtree is matched as a
 * prefix of the unit's materialised path rather than as a list of unit ids: at province scale that
 * list is 5,000 ids sent, parsed and planned with every query, which cost more than the query.
 * The result never leaves the scope.
 */
export function inScope(scope: Scope, under?: { path: string } | null): ScopeWhere {
  if (under) {
    const inside = scope.everything || (scope.subtreePath !== null && under.path.startsWith(scope.subtreePath));
    return inside ? { unit: { path: { startsWith: under.path }, active: true } } : NOTHING;
  }
  if (scope.everything) return {};
  if (scope.subtreePath) return { unit: { path: { startsWith: scope.subtreePath }, active: true } };
  return { unitId: { in: [...scope.readable] } };
}

/** The scope as a filter on the units themselves (menus, GET /units, where a session may be held). */
export function unitsInScope(scope: Scope): Prisma.UnitWhereInput {
  if (scope.everything) return { active: true };
  if (scope.subtreePath) return { path: { startsWith: scope.subtreePath }, active: true };
  return { id: { in: [...scope.readable] } };
}
