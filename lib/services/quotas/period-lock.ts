import "server-only";
import type { Scope } from "@/lib/auth/scope-rules";
import { holdPeriodForFigures, type PeriodKey } from "@/lib/db/quotas";
import type { ScopedTx } from "@/lib/db/scoped";
import { conflict } from "@/lib/errors";
import { msg } from "@/lib/validation/messages";

export type { PeriodKey } from "@/lib/db/quotas";

/**
 * Refuses any approved or proposed figure for a unit whose period is locked, on the unit itself or
 * on a unit above it: once a report is final, every quota it covers is frozen, including those of
 * units that never had a quota row. Holds the period against lock changes until `tx` ends
 * (lib/db/quotas.ts).
 */
export async function assertPeriodOpen(tx: ScopedTx, scope: Scope, unit: { id: string; path: string }, period: PeriodKey): Promise<void> {
  const lockedBy = await holdPeriodForFigures(tx, scope, unit, period);
  if (lockedBy) throw conflict("PERIOD_LOCKED", [{ path: "period", message: msg("quotas.lockedBy", { unit: lockedBy }) }]);
}
