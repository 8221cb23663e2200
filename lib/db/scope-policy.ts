import type { Scope } from "@/lib/auth/scope-rules";
import { unitIdsOnPath } from "@/lib/domain/unit-path";

/**
 * How each table is tied to the unit tree, and so which of its rows a scope reaches. Every model
 * must be listed (the compiler checks it against Prisma's model names in scoped.ts), so a new table
 * cannot be added without deciding its scope.
 *
 * - `unit`: the row names its unit (unitId); readable and writable in the caller's subtree.
 * - `unitWithAncestors`: as `unit`, but the committees above the caller's home unit are readable
 *   too (a branch secretary sees the bloc's class and the grassroots committee's period lock);
 *   only the subtree is writable.
 * - `tree`: the unit table itself (subtree, plus the home unit's ancestors for reading).
 * - `candidate`: a record of one candidate (history, papers, votes…): reached through its candidate.
 * - `quota`: a quota's history entry: reached through its quota.
 * - `global`: not tied to a unit (holidays, sign-in attempts, roll-ups read through raw SQL that
 *   takes the scope as a parameter).
 */
export type ScopeTie = "unit" | "unitWithAncestors" | "tree" | "candidate" | "quota" | "global";

export const MODEL_SCOPE = {
  Unit: "tree",
  User: "unit",
  LoginAttempt: "global",
  Candidate: "unit",
  CandidateEvent: "candidate",
  Helper: "candidate",
  Introducer: "candidate",
  Course: "unitWithAncestors",
  Enrolment: "candidate",
  AwarenessTestSession: "unit",
  AwarenessTestResult: "candidate",
  Verification: "candidate",
  Resolution: "candidate",
  Decision: "candidate",
  Ceremony: "candidate",
  DossierItem: "candidate",
  Quota: "unitWithAncestors",
  QuotaChange: "quota",
  UnitStageCount: "global",
  StageExitRollup: "global",
  Holiday: "global",
  UnitRoll: "unitWithAncestors",
  AuditEvent: "unit",
  Import: "unit",
} as const satisfies Record<string, ScopeTie>;

export type ScopedModel = keyof typeof MODEL_SCOPE;

/**
 * Other records a row names besides its tie: an enrolment names its class, a test result its
 * session. A written row may name only what the caller can see (the class of a committee above is
 * fine, another grassroots organisation's is not found).
 */
export const MODEL_REFERENCES: Partial<Record<ScopedModel, readonly { scalar: string; relation: string; model: ScopedModel }[]>> = {
  Enrolment: [{ scalar: "courseId", relation: "course", model: "Course" }],
  AwarenessTestResult: [{ scalar: "sessionId", relation: "session", model: "AwarenessTestSession" }],
};

type Where = Record<string, unknown>;

/** Matches no row: every scoped model has an `id`. */
export const NO_ROWS: Where = { id: { in: [] } };

/** The committees above the home unit (not the home unit itself). */
export function ancestorIds(scope: Scope): string[] {
  return scope.subtreePath ? unitIdsOnPath(scope.subtreePath).slice(0, -1) : [];
}

/** Units of the caller's subtree, as a filter on the unit table; null means every unit. */
function subtreeUnits(scope: Scope): Where | null {
  if (scope.everything) return null;
  if (scope.subtreePath) return { path: { startsWith: scope.subtreePath }, active: true };
  // A scope built without its path (older callers): the id list is still exact.
  return { id: { in: [...scope.readable] } };
}

function unitFilter(scope: Scope, withAncestors: boolean): Where | null {
  const subtree = subtreeUnits(scope);
  if (!subtree) return null;
  const above = withAncestors ? ancestorIds(scope) : [];
  return above.length ? { OR: [subtree, { id: { in: above } }] } : subtree;
}

/**
 * The where-fragment that confines a query on `model` to what the scope may read (`write` false)
 * or change (`write` true). Null: no restriction (administrators, global tables). Writing is
 * all-or-nothing per scope: a viewer changes nothing.
 */
export function scopeWhere(scope: Scope, model: ScopedModel, write: boolean): Where | null {
  const tie: ScopeTie = MODEL_SCOPE[model];
  if (tie === "global") return null;
  if (write && scope.writable.size === 0) return NO_ROWS;
  const units = unitFilter(scope, !write && (tie === "unitWithAncestors" || tie === "tree"));
  if (!units) return null;
  switch (tie) {
    case "tree":
      return units;
    case "unit":
    case "unitWithAncestors":
      return { unit: units };
    case "candidate":
      return { candidate: { unit: units } };
    case "quota":
      return { quota: { unit: units } };
  }
}

/** Whether the scope may put a row under `unitId` (create it there, or move it there). */
export function mayWriteUnit(scope: Scope, unitId: unknown): boolean {
  return typeof unitId === "string" && scope.writable.has(unitId);
}

/** A query's where with the scope's fragment added to it (AND), keeping what the caller asked. */
export function withScope(where: Where | undefined, fragment: Where | null): Where | undefined {
  if (!fragment) return where;
  if (!where) return fragment;
  const and = where.AND === undefined ? [] : Array.isArray(where.AND) ? where.AND : [where.AND];
  return { ...where, AND: [...and, fragment] };
}
