import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { countQuotaChanges, insertQuotaChange } from "@/lib/db/quotas";
import type { ScopedTx } from "@/lib/db/scoped";
import type { QuotaChangeKind, QuotaRow as Quota } from "@/lib/db/types";
import { toIsoDate } from "@/lib/time";
import type { QuotaItem, QuotaList } from "./list";

export type Changes = Record<string, { from: unknown; to: unknown }>;

/** Category targets with sorted keys: PostgreSQL's jsonb reorders keys, which is no change. */
function sortedTargets(value: unknown): Record<string, unknown> | null {
  if (!value || typeof value !== "object") return null;
  const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b));
  return entries.length ? Object.fromEntries(entries) : null;
}

/** What history compares: the row as people read it (plain numbers, ISO dates, a proposal's state). */
export function snapshot(q: Quota): Record<string, unknown> {
  return {
    mode: q.mode,
    target: q.target,
    percent: q.percent === null ? null : Number(q.percent),
    categoryTargets: sortedTargets(q.categoryTargets),
    documentNumber: q.documentNumber,
    documentDate: q.documentDate ? toIsoDate(q.documentDate) : null,
    ...(q.status === "PROPOSED" ? { state: q.acceptedAt ? "ACCEPTED" : "OPEN" } : { locked: q.locked }),
  };
}

/** Every field whose value differs, as { from, to }; a new row counts each of its set fields. */
export function diff(before: Quota | null, after: Quota): Changes {
  const from = before ? snapshot(before) : {};
  const to = snapshot(after);
  const changes: Changes = {};
  for (const [field, value] of Object.entries(to)) {
    const old = from[field] ?? null;
    // A new row's empty fields and its "not locked" are no news.
    const unset = before === null && (value === null || value === false);
    if (!unset && JSON.stringify(old) !== JSON.stringify(value ?? null)) changes[field] = { from: old, to: value ?? null };
  }
  return changes;
}

/** Writes one history entry, inside the caller's transaction; an entry without changes is skipped. */
export async function recordChange(tx: ScopedTx, entry: { quotaId: string; actorId: string; kind: QuotaChangeKind; changes: Changes }): Promise<void> {
  if (!Object.keys(entry.changes).length) return;
  await insertQuotaChange(tx, entry);
}

type Figure = NonNullable<QuotaItem["approved"]>;
/** A figure of the quota page with how many history entries it has in all (`history` holds the latest ones only). */
export type FigureWithHistoryTotal = Figure & { historyTotal: number };

/**
 * The quota page's rows with, on each figure (approved and proposed), the total of its history
 * entries next to the latest ones listQuotas returns, so that the page can say "showing N of M".
 */
export async function withHistoryTotals({ actor, list }: { actor: Actor; list: QuotaList }) {
  const ids = list.items.flatMap((item) => [item.approved?.id, item.proposed?.id]).filter((id): id is string => id !== undefined);
  const totals = await countQuotaChanges(actor.scope, ids);
  const withTotal = (figure: Figure | null): FigureWithHistoryTotal | null =>
    figure && { ...figure, historyTotal: Math.max(totals.get(figure.id) ?? 0, figure.history.length) };
  return { ...list, items: list.items.map((item) => ({ ...item, approved: withTotal(item.approved), proposed: withTotal(item.proposed) })) };
}
