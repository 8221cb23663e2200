import "server-only";
import type { Tx } from "@/lib/db/client";
import { conflict } from "@/lib/errors";
import { msg } from "@/lib/validation/messages";
import { unitIdsOnPath } from "@/lib/domain/unit-path";

export interface PeriodKey {
  startYear: number;
  endYear: number;
}


const lockKey = (unitId: string, p: PeriodKey) => `quota:${unitId}:${p.startYear}-${p.endYear}`;

/**
 * Serialises figure writes against lock changes of the same period. Under READ COMMITTED a write
 * could otherwise read "not locked" while a lock commits beside it: a write holds the shared
 * advisory lock of every unit of its lineage, a lock change the exclusive one of its unit, so each
 * waits for the other and then sees its result. Hash collisions only cost a short wait.
 */
async function hold(tx: Tx, keys: string[], mode: "shared" | "exclusive"): Promise<void> {
  if (mode === "shared") await tx.$executeRaw`SELECT pg_advisory_xact_lock_shared(hashtext(k)) FROM unnest(${keys}::text[]) AS k`;
  else await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(k)) FROM unnest(${keys}::text[]) AS k`;
}

export async function holdLockChange(tx: Tx, unitId: string, period: PeriodKey): Promise<void> {
  await hold(tx, [lockKey(unitId, period)], "exclusive");
}

/**
 * Refuses any approved or proposed figure for a unit whose period is locked, on the unit itself or
 * on a unit above it: once a report is final, every quota it covers is frozen, including those of
 * units that never had a quota row.
 */
export async function assertPeriodOpen(tx: Tx, unit: { path: string }, period: PeriodKey): Promise<void> {
  const ids = unitIdsOnPath(unit.path);
  await hold(
    tx,
    ids.map((id) => lockKey(id, period)),
    "shared",
  );
  const lock = await tx.quota.findFirst({
    where: { unitId: { in: ids }, startYear: period.startYear, endYear: period.endYear, status: "APPROVED", locked: true },
    select: { unit: { select: { name: true } } },
    orderBy: { unit: { depth: "asc" } },
  });
  if (lock) throw conflict("PERIOD_LOCKED", [{ path: "period", message: msg("quotas.lockedBy", { unit: lock.unit.name }) }]);
}
