import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { uniqueViolationIndex } from "@/lib/db/errors";
import { createQuota, findQuota, updateQuotaIfVersion } from "@/lib/db/quotas";
import { dbFor } from "@/lib/db/scoped";
import { findUnitInScope, findUnitMembers } from "@/lib/db/units";
import { targetFromPercent } from "@/lib/domain/quotas/attainment";
import { conflict, forbidden, notFound, validationFailed } from "@/lib/errors";
import { fromIsoDate } from "@/lib/time";
import { msg } from "@/lib/validation/messages";
import { parseOrThrow } from "@/lib/validation/parse";
import { ZQuotaPut } from "@/lib/validation/quota";
import { quotaAuthority } from "./authority";
import { diff, recordChange } from "./history";
import { assertPeriodOpen } from "./period-lock";

export { listQuotas } from "./list";

const stale = () => conflict("STALE_VERSION", [{ path: "version", message: msg("staleVersion") }]);

/** Sets or proposes a unit's quota for a period, keeping the history of every change. */
export async function putQuota({ actor, input }: { actor: Actor; input: unknown }) {
  const q = parseOrThrow(ZQuotaPut, input);
  const unit = await findUnitInScope(actor.scope, q.unitId);
  if (!unit) throw notFound(); // a unit named in the body that the caller may not write does not exist for them (API.md)
  const may = quotaAuthority(actor, q.unitId);
  if (!may) throw forbidden();
  if (q.status === "APPROVED" && may !== "APPROVE") throw validationFailed([{ path: "status", message: msg("quotaOwnUnit") }]);
  const { totalMembers } = await findUnitMembers(actor.scope, unit.id);
  const target = q.mode === "PERCENT_OF_MEMBERS" ? targetFromPercent(q.percent!, totalMembers) : q.target!;
  const data = {
    mode: q.mode,
    target,
    percent: q.mode === "PERCENT_OF_MEMBERS" ? q.percent : null,
    baseMembers: q.mode === "PERCENT_OF_MEMBERS" ? totalMembers : null,
    categoryTargets: q.categoryTargets ?? undefined,
    documentNumber: q.documentNumber,
    documentDate: q.documentDate ? fromIsoDate(q.documentDate) : null,
    // A new proposal reopens one the superior had approved: it asks for a new decision.
    ...(q.status === "PROPOSED" ? { acceptedAt: null } : {}),
  };
  const key = { unitId: q.unitId, startYear: q.period.startYear, endYear: q.period.endYear, status: q.status };
  try {
    const saved = await dbFor(actor.scope).$transaction(async (tx) => {
      await assertPeriodOpen(tx, actor.scope, unit, q.period);
      const before = await findQuota(tx, key);
      // The version the caller read (absent: "set it, whatever it is"); either way the row must not
      // change between this read and the write, so of two writers at once one wins, the other is told to reload.
      if (q.version !== undefined && q.version !== (before?.version ?? 0)) throw stale();
      const after = before ? await updateQuotaIfVersion(tx, before.id, before.version, data) : await createQuota(tx, { ...key, ...data });
      if (!after) throw stale();
      await recordChange(tx, { quotaId: after.id, actorId: actor.userId, kind: "SET", changes: diff(before, after) });
      return after;
    });
    return { id: saved.id, unitId: saved.unitId, period: q.period.label, status: saved.status, mode: saved.mode, target: saved.target, version: saved.version };
  } catch (error) {
    // Two first figures for the same unit and period at once: the second is told to reload.
    if (uniqueViolationIndex(error)) throw stale();
    throw error;
  }
}
