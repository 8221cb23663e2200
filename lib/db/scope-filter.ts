import type { Scope } from "@/lib/auth/scope-rules";

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
