import type { Scope } from "./scope-rules";

/**
 * Scopes built once and shared between requests. Every request needs the caller's scope, and at
 * province scale that is 5,000 unit ids: reading them each time cost more than the dashboard's own
 * queries. A scope depends only on the role, the home unit and the unit tree, so the key carries a
 * stamp of the tree (read with the user, lib/db/users.ts): any added, removed, moved or edited unit gives a new key,
 * and a change of role or home unit gives a new key at once.
 */
const MAX_ENTRIES = 500;
const entries = new Map<string, Promise<Scope>>();

export function scopeKey(role: string, unitId: string, treeStamp: string): string {
  return `${role}|${unitId}|${treeStamp}`;
}

export function cachedScope(key: string, build: () => Promise<Scope>): Promise<Scope> {
  const hit = entries.get(key);
  if (hit) {
    // Re-insert so that the oldest entry is the least recently used one.
    entries.delete(key);
    entries.set(key, hit);
    return hit;
  }
  // The promise is cached, so concurrent first requests build the scope once; a failure is forgotten.
  const pending = build().catch((error: unknown) => {
    entries.delete(key);
    throw error;
  });
  entries.set(key, pending);
  if (entries.size > MAX_ENTRIES) entries.delete(entries.keys().next().value!);
  return pending;
}

/** For tests. */
export function clearScopeCache(): void {
  entries.clear();
}
