import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { createQuota, findQuota, holdLockChange, updateQuotaIfVersion } from "@/lib/db/quotas";
import { dbFor } from "@/lib/db/scoped";
import { findUnitInScope } from "@/lib/db/units";
import { conflict, forbidden, notFound } from "@/lib/errors";
import { parseOrThrow } from "@/lib/validation/parse";
import { ZQuotaLock } from "@/lib/validation/quota";
import { mayLock, mayUnlock } from "./authority";
import { diff, recordChange } from "./history";

/**
 * Locks a unit's period once its report is final (the figures of the unit and of every unit under
 * it freeze), or reopens it (administrators). The lock lives on the unit's approved row, which is
 * created without a figure when the unit never had one, so that the lock and its history exist.
 * Locking a locked period (or unlocking an open one) changes nothing and records nothing.
 */
export async function setQuotaLock({ actor, input }: { actor: Actor; input: unknown }) {
  const l = parseOrThrow(ZQuotaLock, input);
  const unit = await findUnitInScope(actor.scope, l.unitId);
  if (!unit) throw notFound(); // a unit named in the body that the caller may not write does not exist for them (API.md)
  if (l.locked ? !mayLock(actor, unit.id) : !mayUnlock(actor)) throw forbidden();
  const key = { unitId: unit.id, startYear: l.period.startYear, endYear: l.period.endYear, status: "APPROVED" as const };
  const result = { unitId: unit.id, period: l.period.label, locked: l.locked };
  return dbFor(actor.scope).$transaction(async (tx) => {
    await holdLockChange(tx, actor.scope, unit.id, l.period);
    const before = await findQuota(tx, key);
    if ((before?.locked ?? false) === l.locked) return result;
    const after = before
      ? await updateQuotaIfVersion(tx, before.id, before.version, { locked: l.locked })
      : await createQuota(tx, { ...key, target: null, locked: true });
    if (!after) throw conflict("STALE_VERSION");
    await recordChange(tx, {
      quotaId: after.id,
      actorId: actor.userId,
      kind: l.locked ? "LOCK" : "UNLOCK",
      changes: before ? diff(before, after) : { locked: { from: false, to: true } },
    });
    return result;
  });
}
