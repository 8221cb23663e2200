import type { Scope } from "@/lib/auth/scope-rules";

/**
 * The unit filter every scoped query starts from. `restrictTo` narrows further (a unit's subtree
 * chosen in a filter); the result never leaves the scope.
 */
export function unitFilter(scope: Scope, restrictTo?: readonly string[]): { in: string[] } | undefined {
  if (restrictTo) return { in: restrictTo.filter((id) => scope.readable.has(id)) };
  return scope.everything ? undefined : { in: [...scope.readable] };
}
