import "server-only";
import type { Scope } from "@/lib/auth/scope-rules";
import { unitIdsOnPath } from "@/lib/domain/unit-path";
import { isAppError, notFound } from "@/lib/errors";
import type { Prisma, QuotaChangeKind, QuotaStatus } from "./generated/client";
import { dbFor, rawConnectionOf, type ScopedTx } from "./scoped";
import { mayWriteUnit } from "./scope-policy";

/**
 * Quotas and their history, read and written through the caller's scoped client: reads see the
 * quotas of the caller's subtree and of the committees above the home unit (whose period locks
 * freeze the subtree's figures), writes reach the subtree only, and a history entry lands only on a
 * quota the caller may write. The write functions take a transaction of dbFor(scope), so a figure,
 * its lock check and its history entry commit together.
 */

export interface PeriodKey {
  startYear: number;
  endYear: number;
}

export interface QuotaKey extends PeriodKey {
  unitId: string;
  status: QuotaStatus;
}

// ───────────────────────────── Period locks ─────────────────────────────

async function lockedUnitName(db: ScopedTx, unitIds: string[], period: PeriodKey): Promise<string | null> {
  const lock = await db.quota.findFirst({
    where: { unitId: { in: unitIds }, startYear: period.startYear, endYear: period.endYear, status: "APPROVED", locked: true },
    select: { unit: { select: { name: true } } },
    orderBy: { unit: { depth: "asc" } },
  });
  return lock?.unit.name ?? null;
}

const lockKey = (unitId: string, p: PeriodKey) => `quota:${unitId}:${p.startYear}-${p.endYear}`;

/**
 * Serialises figure writes against lock changes of the same period. Under READ COMMITTED a write
 * could otherwise read "not locked" while a lock commits beside it: a write holds the shared
 * advisory lock of every unit of its lineage, a lock change the exclusive one of its unit, so each
 * waits for the other and then sees its result. Hash collisions only cost a short wait. Raw SQL on
 * the transaction's own connection; the callers below check the unit against the scope first.
 */
async function hold(tx: ScopedTx, keys: string[], mode: "shared" | "exclusive"): Promise<void> {
  const raw = rawConnectionOf(tx);
  if (mode === "shared") await raw.$executeRaw`SELECT pg_advisory_xact_lock_shared(hashtext(k)) FROM unnest(${keys}::text[]) AS k`;
  else await raw.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(k)) FROM unnest(${keys}::text[]) AS k`;
}

/** Before locking or unlocking the unit's period: NOT_FOUND for a unit the scope may not write. */
export async function holdLockChange(tx: ScopedTx, scope: Scope, unitId: string, period: PeriodKey): Promise<void> {
  if (!mayWriteUnit(scope, unitId)) throw notFound();
  await hold(tx, [lockKey(unitId, period)], "exclusive");
}

/**
 * Before writing a figure (approved or proposed) of the unit: holds the period against lock changes
 * of the unit and of every unit above it, and returns the name of the topmost of them whose period
 * is locked (null: the period is open). NOT_FOUND for a unit the scope may not write.
 */
export async function holdPeriodForFigures(tx: ScopedTx, scope: Scope, unit: { id: string; path: string }, period: PeriodKey): Promise<string | null> {
  if (!mayWriteUnit(scope, unit.id)) throw notFound();
  const ids = unitIdsOnPath(unit.path);
  await hold(
    tx,
    ids.map((id) => lockKey(id, period)),
    "shared",
  );
  return lockedUnitName(tx, ids, period);
}

// ───────────────────────────── Figures and history ─────────────────────────────

export async function findQuota(tx: ScopedTx, key: QuotaKey) {
  return tx.quota.findUnique({ where: { unitId_startYear_endYear_status: key } });
}

export async function findQuotaById(tx: ScopedTx, id: string) {
  return tx.quota.findUniqueOrThrow({ where: { id } });
}

/** A new quota row: NOT_FOUND when its unit lies outside what the scope may write. */
export async function createQuota(tx: ScopedTx, data: Prisma.QuotaUncheckedCreateInput) {
  return tx.quota.create({ data });
}

/**
 * Changes a quota row if it still has `version` and bumps it; null when someone changed it since
 * (the caller answers CONFLICT). A row outside what the scope may write is NOT_FOUND.
 */
export async function updateQuotaIfVersion(
  tx: ScopedTx,
  id: string,
  version: number,
  data: Omit<Prisma.QuotaUncheckedUpdateInput, "id" | "unitId" | "version">,
) {
  try {
    return await tx.quota.update({ where: { id, version }, data: { ...data, version: { increment: 1 } } });
  } catch (error) {
    // Not found: a row the scope cannot write, or one whose version moved on (a CONFLICT, not a 404).
    if (isAppError(error) && error.code === "NOT_FOUND" && (await tx.quota.count({ where: { id, version: { not: version } } })) > 0) return null;
    throw error;
  }
}

/** Closes an open proposal as accepted if it still has the version the approver saw; false otherwise. */
export async function closeProposal(tx: ScopedTx, id: string, version: number): Promise<boolean> {
  const closed = await tx.quota.updateMany({ where: { id, version, acceptedAt: null }, data: { acceptedAt: new Date(), version: { increment: 1 } } });
  return closed.count === 1;
}

export interface QuotaChangeEntry {
  quotaId: string;
  actorId: string;
  kind: QuotaChangeKind;
  changes: Record<string, { from: unknown; to: unknown }>;
}

/** One history entry (NOT_FOUND on a quota the scope may not write). */
export async function insertQuotaChange(tx: ScopedTx, entry: QuotaChangeEntry): Promise<void> {
  await tx.quotaChange.create({
    data: { quotaId: entry.quotaId, actorId: entry.actorId, kind: entry.kind, changes: JSON.parse(JSON.stringify(entry.changes)) as Prisma.InputJsonValue },
  });
}

// ───────────────────────────── Reads for the quota page and the dashboards ─────────────────────────────

/** The quotas (approved and proposed) of the units for the period, each with its latest history entries. */
export async function findQuotasWithHistory(scope: Scope, unitIds: string[], period: PeriodKey, historyLimit: number) {
  return dbFor(scope).quota.findMany({
    where: { unitId: { in: unitIds }, startYear: period.startYear, endYear: period.endYear },
    include: { changes: { orderBy: { at: "desc" }, take: historyLimit, include: { actor: { select: { fullName: true } } } } },
  });
}

/**
 * How many history entries each of these quotas has in all (the quota page lists only the latest
 * few of each): counted through the scoped client, so a quota the caller cannot see counts nothing.
 */
export async function countQuotaChanges(scope: Scope, quotaIds: string[]): Promise<Map<string, number>> {
  if (!quotaIds.length) return new Map();
  const counts = await dbFor(scope).quotaChange.groupBy({ by: ["quotaId"], where: { quotaId: { in: quotaIds } }, _count: { _all: true } });
  return new Map(counts.map((c) => [c.quotaId, c._count._all]));
}

/** The topmost of the units whose period is locked, by name; null when none is. */
export async function findLockedUnitName(scope: Scope, unitIds: string[], period: PeriodKey): Promise<string | null> {
  return lockedUnitName(dbFor(scope), unitIds, period);
}

/** The approved targets of a unit and of its direct children for the period. */
export async function approvedTargetsOfUnitAndChildren(scope: Scope, unitId: string, period: PeriodKey): Promise<{ unitId: string; target: number | null }[]> {
  return dbFor(scope).quota.findMany({
    where: { unit: { OR: [{ id: unitId }, { parentId: unitId }] }, startYear: period.startYear, endYear: period.endYear, status: "APPROVED" },
    select: { unitId: true, target: true },
  });
}

/** The approved targets of the units for the period. */
export async function approvedTargets(scope: Scope, unitIds: string[], period: PeriodKey): Promise<{ unitId: string; target: number | null }[]> {
  return dbFor(scope).quota.findMany({
    where: { unitId: { in: unitIds }, startYear: period.startYear, endYear: period.endYear, status: "APPROVED" },
    select: { unitId: true, target: true },
  });
}

/** A unit's approved quota for the period, with its category targets ({ WOMEN: 5, … }); null when it has none. */
export async function approvedQuota(
  scope: Scope,
  unitId: string,
  period: PeriodKey,
): Promise<{ target: number | null; categoryTargets: Record<string, number> | null } | null> {
  const quota = await dbFor(scope).quota.findFirst({
    where: { unitId, startYear: period.startYear, endYear: period.endYear, status: "APPROVED" },
    select: { target: true, categoryTargets: true },
  });
  return quota && { target: quota.target, categoryTargets: (quota.categoryTargets ?? null) as Record<string, number> | null };
}
