import "server-only";
import type { Scope } from "@/lib/auth/scope-rules";
import type { UnitKindCode } from "@/lib/domain/codes";
import type { RecordedVote, RollValues } from "@/lib/domain/unit-rules";
import { notFound } from "@/lib/errors";
import { fromIsoDate, toIsoDate } from "@/lib/time";
import type { AuditEntry } from "./audit";
import type { Prisma } from "./generated/client";
import { mayWriteUnit } from "./scope-policy";
import { unitsInScope } from "./scope-filter";
import { rawConnectionOf, type ScopedTx } from "./scoped";

/**
 * Writes to the unit tree, its rolls, and the records that follow a unit when it is merged. Every
 * function takes a transaction of dbFor(scope): the unit is found through the caller's scope
 * before anything is locked or written, and the few raw statements (row locks, the uniqueness of
 * a code across the whole database, votes on record whatever candidate cast them) stay here.
 */

const writeSelect = {
  id: true,
  code: true,
  name: true,
  kind: true,
  parentId: true,
  path: true,
  depth: true,
  place: true,
  active: true,
  version: true,
  officialMembers: true,
  totalMembers: true,
  committeeMembers: true,
  hasYouthUnion: true,
} as const;

export type UnitForWrite = Prisma.UnitGetPayload<{ select: typeof writeSelect }>;

/**
 * An active unit of the caller's subtree that the scope may write, locked FOR UPDATE until the
 * transaction ends (edits of one unit take turns; a vote holds its units FOR SHARE meanwhile), or
 * NOT_FOUND. Locks are taken in id order so that two writers of the same pair cannot deadlock.
 */
export async function lockUnitsForWrite(tx: ScopedTx, scope: Scope, ids: readonly string[]): Promise<Map<string, UnitForWrite>> {
  const unique = [...new Set(ids)].sort();
  for (const id of unique) if (!mayWriteUnit(scope, id)) throw notFound();
  const found = await tx.unit.findMany({ where: { AND: [{ id: { in: unique } }, unitsInScope(scope)] }, select: { id: true } });
  if (found.length !== unique.length) throw notFound();
  await rawConnectionOf(tx).$queryRaw`SELECT id FROM "Unit" WHERE id = ANY (${unique}::uuid[]) ORDER BY id FOR UPDATE`;
  const rows = await tx.unit.findMany({ where: { id: { in: unique }, active: true }, select: writeSelect });
  if (rows.length !== unique.length) throw notFound();
  return new Map(rows.map((r) => [r.id, r]));
}

/** A unit the caller may see (read filter: subtree and the committees above), or null: a parent named in a body. */
export async function findVisibleUnit(tx: ScopedTx, id: string) {
  return tx.unit.findFirst({ where: { id, active: true }, select: { id: true, kind: true, path: true, name: true } });
}

/**
 * Whether another unit already has this code. Unscoped on purpose, like the unique index it mirrors:
 * codes are unique in the whole database, and only a yes or no comes back.
 */
export async function unitCodeTaken(tx: ScopedTx, code: string, exceptId?: string): Promise<boolean> {
  const row = await rawConnectionOf(tx).unit.findFirst({ where: { code, ...(exceptId ? { id: { not: exceptId } } : {}) }, select: { id: true } });
  return row !== null;
}

export interface NewUnit {
  code: string;
  name: string;
  kind: UnitKindCode;
  parentId: string | null;
  place: string | null;
  roll: RollValues;
}

/**
 * Creates a unit under a parent the scope writes (the scoped client checks it; the database derives
 * the path and depth from the parent) with the roll columns of `roll`, and the first entry of its
 * roll history, effective from `effectiveFrom`. That entry is written past the scoped client on
 * purpose: the caller's scope was built before this unit existed, so it does not list it yet.
 */
export async function insertUnit(tx: ScopedTx, unit: NewUnit, effectiveFrom: string, actorId: string): Promise<UnitForWrite> {
  const { roll, ...rest } = unit;
  // path and depth are corrected by the tree trigger (migration 20261201113106): any value will do.
  const created = await tx.unit.create({ data: { ...rest, ...roll, path: "/", depth: 0 }, select: writeSelect });
  await rawConnectionOf(tx).unitRoll.create({ data: { unitId: created.id, effectiveFrom: fromIsoDate(effectiveFrom), ...roll, actorId, note: null } });
  return created;
}

/** Optimistic update: changes nothing and returns false when the unit's version moved on. */
export async function updateUnitIfVersion(tx: ScopedTx, id: string, version: number, data: Prisma.UnitUncheckedUpdateManyInput): Promise<boolean> {
  const { count } = await tx.unit.updateMany({ where: { id, version }, data: { ...data, version: { increment: 1 } } });
  return count === 1;
}

/** Every roll entry of a unit in date order, as the rules read them. */
export async function rollEntries(tx: ScopedTx, unitId: string) {
  const rows = await tx.unitRoll.findMany({ where: { unitId }, orderBy: { effectiveFrom: "asc" } });
  return rows.map((r) => ({
    effectiveFrom: toIsoDate(r.effectiveFrom),
    officialMembers: r.officialMembers,
    totalMembers: r.totalMembers,
    committeeMembers: r.committeeMembers,
    hasYouthUnion: r.hasYouthUnion,
  }));
}

/** The roll effective from `effectiveFrom`: a new entry, or the correction of the entry of that same date. */
export async function writeRoll(
  tx: ScopedTx,
  unitId: string,
  effectiveFrom: string,
  roll: RollValues,
  actorId: string | null,
  note: string | null,
): Promise<void> {
  const date = fromIsoDate(effectiveFrom);
  await tx.unitRoll.upsert({
    where: { unitId_effectiveFrom: { unitId, effectiveFrom: date } },
    create: { unitId, effectiveFrom: date, ...roll, actorId, note },
    update: { ...roll, actorId, note },
  });
}

/**
 * The votes recorded by the unit (as the body that voted: a branch's resolutions, a grassroots
 * committee's) dated from `from` until `until` (exclusive; null: no end), with how many took part.
 * Unscoped on purpose: a vote binds the roll whoever's candidate it was for, including candidates
 * since transferred out of the caller's scope; only counts and dates come back, for a unit the
 * caller has already locked for writing.
 */
export async function votesRecordedBy(tx: ScopedTx, unitId: string, from: string, until: string | null): Promise<RecordedVote[]> {
  const rows = await rawConnectionOf(tx).resolution.findMany({
    where: {
      unitId,
      kind: { in: ["BRANCH_ADMISSION", "BRANCH_CONVERSION", "GRASSROOTS_ADMISSION", "GRASSROOTS_CONVERSION"] },
      date: { gte: fromIsoDate(from), ...(until ? { lt: fromIsoDate(until) } : {}) },
    },
    select: { kind: true, date: true, votesFor: true, votesAgainst: true, present: true },
  });
  return rows.map((r) => ({
    body: r.kind.startsWith("BRANCH") ? ("branch" as const) : ("committee" as const),
    date: toIsoDate(r.date),
    voters: Math.max(r.votesFor + r.votesAgainst, r.present ?? 0),
  }));
}

// ───────────────────────────── Merging ─────────────────────────────

/**
 * The candidates of a unit, locked FOR UPDATE in id order. Taken before the units themselves, in
 * the order every pipeline step takes them (the candidate, then its units FOR SHARE), so a merge
 * and a vote wait for each other instead of deadlocking.
 */
export async function lockCandidatesOf(tx: ScopedTx, unitId: string): Promise<{ id: string; version: number; stageSince: string }[]> {
  const ids = (await tx.candidate.findMany({ where: { unitId }, select: { id: true } })).map((c) => c.id);
  if (!ids.length) return [];
  await rawConnectionOf(tx).$queryRaw`SELECT id FROM "Candidate" WHERE id = ANY (${ids}::uuid[]) ORDER BY id FOR UPDATE`;
  const rows = await tx.candidate.findMany({ where: { unitId }, select: { id: true, version: true, stageSince: true }, orderBy: { id: "asc" } });
  return rows.map((r) => ({ id: r.id, version: r.version, stageSince: toIsoDate(r.stageSince) }));
}

/** The quotas of a unit (every period and status), for a merge. */
export async function quotasOf(tx: ScopedTx, unitId: string) {
  return tx.quota.findMany({ where: { unitId }, select: { id: true, startYear: true, endYear: true, status: true, locked: true } });
}

/**
 * Moves quota rows to another unit. No quota history entry: the history lists figures and locks,
 * and the move is in the audit log with the merge that caused it.
 */
export async function moveQuotas(tx: ScopedTx, ids: readonly string[], toUnitId: string): Promise<void> {
  if (!ids.length) return;
  await tx.quota.updateMany({ where: { id: { in: [...ids] } }, data: { unitId: toUnitId, version: { increment: 1 } } });
}

/** Appends many audit entries at once (a merge writes one per candidate moved), in the caller's transaction. */
export async function recordAudits(tx: ScopedTx, entries: readonly AuditEntry[]): Promise<void> {
  if (!entries.length) return;
  await rawConnectionOf(tx).auditEvent.createMany({
    data: entries.map((e) => ({ actorId: e.actorId, kind: e.kind, action: e.action, unitId: e.unitId, entityId: e.entityId ?? null, changes: e.changes })),
  });
}

// ───────────────────────────── Errors the database raises ─────────────────────────────

/**
 * Whether a write failed on the tree trigger's refusal to put a unit under itself or one of its
 * descendants (migration 20261201113106: SQLSTATE 23514, constraint "Unit_tree_acyclic"): a race
 * with another move that the service's own check, made before, could not see.
 */
export function isTreeCycleError(error: unknown): boolean {
  const seen = new Set<unknown>();
  const texts: string[] = [];
  const walk = (e: unknown, depth: number) => {
    if (!e || typeof e !== "object" || seen.has(e) || depth > 4) return;
    seen.add(e);
    for (const value of Object.values(e as Record<string, unknown>)) {
      if (typeof value === "string") texts.push(value);
      else walk(value, depth + 1);
    }
    if (e instanceof Error) texts.push(e.message);
  };
  walk(error, 0);
  return texts.some((t) => t.includes("Unit_tree_acyclic") || t.includes("cannot be placed under"));
}
