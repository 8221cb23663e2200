import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { findLockedUnitName, findQuotasWithHistory } from "@/lib/db/quotas";
import { findUnitAndChildren, findUnitInScope } from "@/lib/db/units";
import { toIsoDate } from "@/lib/time";
import { parseOrThrow } from "@/lib/validation/parse";
import { ZQuotaQuery } from "@/lib/validation/quota";
import { mayLock, mayUnlock, quotaAuthority } from "./authority";
import { unitIdsOnPath } from "@/lib/domain/unit-path";
import { parentThenChildren } from "@/lib/domain/quotas/unit-order";

/** History entries shown per quota: the page folds them; older ones stay in the database. */
const HISTORY_LIMIT = 50;

/**
 * The quotas of a unit and of its direct children for a period (approved and proposed), the unit
 * first and its children in Vietnamese name order, each with its history, whether its period is
 * frozen (by its own lock or one above it) and what the caller may do with it.
 */
export type QuotaList = Awaited<ReturnType<typeof listQuotas>>;
export type QuotaItem = QuotaList["items"][number];

export async function listQuotas({ actor, input }: { actor: Actor; input: unknown }) {
  const { period, unitId } = parseOrThrow(ZQuotaQuery, input);
  const rootId = unitId ?? actor.scope.rootUnitIds[0];
  const parent = rootId ? await findUnitInScope(actor.scope, rootId) : null;
  if (!parent) return { period: period.label, items: [] };
  const units = parentThenChildren(await findUnitAndChildren(actor.scope, parent.id), parent.id);
  const above = unitIdsOnPath(parent.path).filter((id) => id !== parent.id);
  const [quotas, lockAbove] = await Promise.all([
    findQuotasWithHistory(
      actor.scope,
      units.map((u) => u.id),
      period,
      HISTORY_LIMIT,
    ),
    // A lock above the page's unit freezes every row on it (the committees above the caller's home
    // unit are readable for this); the topmost one is named.
    findLockedUnitName(actor.scope, above, period),
  ]);
  const of = (id: string, status: "APPROVED" | "PROPOSED") => quotas.find((q) => q.unitId === id && q.status === status) ?? null;
  const parentLock = lockAbove ?? (of(parent.id, "APPROVED")?.locked ? parent.name : null);
  const shape = (q: (typeof quotas)[number] | null) =>
    q && {
      id: q.id,
      target: q.target,
      mode: q.mode,
      percent: q.percent ? Number(q.percent) : null,
      categoryTargets: q.categoryTargets as Record<string, number> | null,
      documentNumber: q.documentNumber,
      documentDate: q.documentDate ? toIsoDate(q.documentDate) : null,
      locked: q.locked,
      acceptedAt: q.acceptedAt ? q.acceptedAt.toISOString() : null,
      version: q.version,
      history: q.changes.map((c) => ({
        at: c.at.toISOString(),
        actorName: c.actor?.fullName ?? null,
        kind: c.kind,
        changes: c.changes as Record<string, { from: unknown; to: unknown }>,
      })),
    };
  return {
    period: period.label,
    items: units.map((u) => {
      const approved = shape(of(u.id, "APPROVED"));
      const proposed = shape(of(u.id, "PROPOSED"));
      const locked = approved?.locked ?? false;
      // The parent's own lock (or one above it) freezes its children too.
      const frozenBy = u.id === parent.id ? parentLock : (parentLock ?? (locked ? u.name : null));
      const authority = quotaAuthority(actor, u.id);
      return {
        unitId: u.id,
        name: u.name,
        kind: u.kind,
        isParent: u.id === parent.id,
        approved,
        proposed,
        locked,
        frozenBy,
        authority,
        mayApprove: !frozenBy && authority === "APPROVE" && proposed !== null && proposed.acceptedAt === null,
        mayLock: !frozenBy && mayLock(actor, u.id),
        mayUnlock: locked && mayUnlock(actor),
      };
    }),
  };
}
