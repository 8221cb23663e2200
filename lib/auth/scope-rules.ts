import type { RoleCode } from "@/lib/domain/codes";
import { can } from "./permissions";

/**
 * The units a user may read and write, as pure data. Every query for candidates, quotas and
 * reports is filtered by `readable` inside lib/db, so a forgotten check shows up as an empty
 * result, never as a leak.
 */
export interface Scope {
  /** The user's top unit: the root of what they see (the whole forest for an administrator). */
  rootUnitIds: string[];
  readable: ReadonlySet<string>;
  writable: ReadonlySet<string>;
  /** Administrators see every unit: queries may skip the unit filter. */
  everything: boolean;
  /**
   * The materialised path of the home unit ("/root/…/home/"): the subtree as one prefix, which is
   * what queries filter on (a list of 5,000 ids costs more than the query it restricts). Null for
   * an administrator, or when the caller did not give it (queries then fall back to `readable`).
   */
  subtreePath: string | null;
}

export interface ScopeUser {
  role: RoleCode;
  unitId: string;
  /** The home unit's materialised path. */
  unitPath?: string;
}

/** What the scope needs of a unit: its id, and whether it is a root of the tree. */
export interface ScopeUnit {
  id: string;
  isRoot: boolean;
}

/**
 * `unitsInSubtree` are the units under the user's home unit (itself included), or every unit for an
 * administrator. A branch secretary's subtree is their branch alone; a viewer reads a subtree and
 * writes nothing.
 */
export function buildScope(user: ScopeUser, unitsInSubtree: readonly ScopeUnit[]): Scope {
  const ids = unitsInSubtree.map((u) => u.id);
  const readable = new Set(ids);
  const writable = can(user.role, "candidate.write") ? new Set(ids) : new Set<string>();
  if (user.role === "ADMIN") {
    const roots = unitsInSubtree.filter((u) => u.isRoot).map((u) => u.id);
    return { rootUnitIds: roots, readable, writable, everything: true, subtreePath: null };
  }
  const home = readable.has(user.unitId);
  return { rootUnitIds: home ? [user.unitId] : [], readable, writable, everything: false, subtreePath: home ? (user.unitPath ?? null) : null };
}

export function canRead(scope: Scope, unitId: string): boolean {
  return scope.readable.has(unitId);
}

export function canWrite(scope: Scope, unitId: string): boolean {
  return scope.writable.has(unitId);
}
