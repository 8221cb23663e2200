import "server-only";
import { prisma } from "./client";
import { dbFor, type ScopedDb, type ScopedTx } from "./scoped";
import { unitsInScope } from "./scope-filter";
import type { Prisma } from "./generated/client";
import type { Scope } from "@/lib/auth/scope-rules";
import { unitIdsOnPath } from "@/lib/domain/unit-path";
import { rollInForce, type RollEntry } from "@/lib/domain/unit-rules";
import { todayVn, toIsoDate } from "@/lib/time";

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

/**
 * A unit's member count (the base of a percentage quota) as its roll stands today (a roll entered
 * ahead of its date applies from that date on, whatever the unit's columns still say); NOT_FOUND
 * outside the scope.
 */
export async function findUnitMembers(scope: Scope, unitId: string, today: string = todayVn()): Promise<{ totalMembers: number }> {
  const db = dbFor(scope);
  const unit = await db.unit.findUniqueOrThrow({ where: { id: unitId }, select: { totalMembers: true } });
  const roll = (await rollsOfUnits(db, [unitId], today)).get(unitId);
  return { totalMembers: roll?.totalMembers ?? unit.totalMembers };
}

// ───────────────────────────── Rolls ─────────────────────────────

const rollSelect = {
  unitId: true,
  effectiveFrom: true,
  officialMembers: true,
  totalMembers: true,
  committeeMembers: true,
  hasYouthUnion: true,
  note: true,
  createdAt: true,
} as const;

type RollRow = { unitId: string; effectiveFrom: Date; officialMembers: number; totalMembers: number; committeeMembers: number; hasYouthUnion: boolean };

/** A roll entry as the rules read it (ISO dates). */
export interface UnitRollEntry extends RollEntry {
  unitId: string;
}

const toEntry = (r: RollRow): UnitRollEntry => ({
  unitId: r.unitId,
  effectiveFrom: toIsoDate(r.effectiveFrom),
  officialMembers: r.officialMembers,
  totalMembers: r.totalMembers,
  committeeMembers: r.committeeMembers,
  hasYouthUnion: r.hasYouthUnion,
});

function inForceByUnit(rows: RollRow[], on: string): Map<string, UnitRollEntry> {
  const byUnit = new Map<string, UnitRollEntry[]>();
  for (const r of rows) {
    const list = byUnit.get(r.unitId) ?? [];
    list.push(toEntry(r));
    byUnit.set(r.unitId, list);
  }
  const result = new Map<string, UnitRollEntry>();
  for (const [unitId, entries] of byUnit) {
    const entry = rollInForce(entries, on);
    if (entry) result.set(unitId, entry);
  }
  return result;
}

/**
 * The roll in force on `on` (lib/domain/unit-rules.ts rollInForce) of each of the given units, read
 * through the caller's scoped client or transaction: rolls are readable for the caller's subtree and
 * for the committees above it (a branch's vote also counts against its grassroots committee's size).
 * A unit without any roll entry is left out: the caller falls back to the unit's own columns.
 */
export async function rollsOfUnits(db: ScopedTx | ScopedDb, unitIds: readonly string[], on: string): Promise<Map<string, UnitRollEntry>> {
  if (!unitIds.length) return new Map();
  const rows = await db.unitRoll.findMany({ where: { unitId: { in: [...new Set(unitIds)] } }, select: rollSelect });
  return inForceByUnit(rows, on);
}

/** The same for every unit the scope reads (the tree page): filtered by the scope's path, not by a list of ids. */
export async function rollsInScope(scope: Scope, on: string): Promise<Map<string, UnitRollEntry>> {
  return inForceByUnit(await dbFor(scope).unitRoll.findMany({ select: rollSelect }), on);
}

/** Every roll entry of a unit, latest first (the unit page's history). */
export async function findRollHistory(db: ScopedTx | ScopedDb, unitId: string) {
  const rows = await db.unitRoll.findMany({ where: { unitId }, select: rollSelect, orderBy: { effectiveFrom: "desc" } });
  return rows.map((r) => ({ ...toEntry(r), note: r.note, recordedAt: r.createdAt.toISOString() }));
}

// ───────────────────────────── The unit pages ─────────────────────────────

const treeSelect = {
  ...unitSelect,
  place: true,
  officialMembers: true,
  totalMembers: true,
  committeeMembers: true,
  hasYouthUnion: true,
} as const;

/** The units of the caller's subtree with their place and roll columns, parents before children (the tree page). */
export async function findUnitTree(scope: Scope) {
  return dbFor(scope).unit.findMany({ where: subtree(scope), select: treeSelect, orderBy: { path: "asc" } });
}

/**
 * One unit of the caller's subtree with what its page shows: its parent (which may be a committee
 * above the caller's home unit), its active children, and how many candidates and accounts it holds.
 */
export async function findUnitDetail(scope: Scope, unitId: string) {
  if (!scope.readable.has(unitId)) return null;
  const db = dbFor(scope);
  const unit = await db.unit.findFirst({
    where: subtree(scope, { id: unitId }),
    select: {
      ...treeSelect,
      decidesAdmission: true,
      runsAwarenessTest: true,
      active: true,
      version: true,
      parent: { select: { id: true, name: true, kind: true } },
      children: { where: { active: true }, select: { id: true, code: true, name: true, kind: true }, orderBy: { code: "asc" } },
    },
  });
  if (!unit) return null;
  const [candidates, users] = await Promise.all([db.candidate.count({ where: { unitId } }), db.user.count({ where: { unitId, active: true } })]);
  return { ...unit, counts: { candidates, users } };
}

export type UnitDetailRow = NonNullable<Awaited<ReturnType<typeof findUnitDetail>>>;

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
