"use client";

import type { Translate } from "@/lib/i18n/translate";
import { useTranslate } from "@/lib/i18n/use-translate";
import type { QuotaItem } from "@/lib/services/quotas/list";
import { formatVnDate, formatVnDateTime } from "@/lib/time";

/** A figure with its latest history entries and, where the page counted them, how many there are in all. */
type Quota = NonNullable<QuotaItem["approved"]> & { historyTotal?: number };

/** A recorded value as people read it: modes and states in words, dates dd/MM/yyyy, categories by name. */
function show(t: Translate, field: string, value: unknown): string {
  if (value === null || value === undefined || value === "") return "—";
  if (field === "mode") return t(value === "COUNT" ? "quotas.count" : "quotas.percent");
  if (field === "state") return t(`quotas.state.${String(value)}`);
  if (field === "locked") return t(value ? "quotas.yes" : "quotas.no");
  if (field === "documentDate") return formatVnDate(String(value));
  if (field === "percent") return `${String(value)}%`;
  if (field === "categoryTargets" && typeof value === "object")
    return Object.entries(value as Record<string, unknown>)
      .map(([c, n]) => `${t(`dashboard.category.${c}`)}: ${String(n)}`)
      .join(", ");
  return String(value);
}

/** Every change of a unit's approved figure and of its proposal, newest first, folded by default. */
export function QuotaHistory({ approved, proposed }: { approved: Quota | null; proposed: Quota | null }) {
  const t = useTranslate();
  const entries = [
    ...(approved?.history ?? []).map((h) => ({ ...h, of: "quotas.ofApproved" })),
    ...(proposed?.history ?? []).map((h) => ({ ...h, of: "quotas.ofProposed" })),
  ].sort((a, b) => b.at.localeCompare(a.at));
  if (!entries.length) return null;
  // The latest entries of each figure are listed: say so when there are more.
  const total = [approved, proposed].reduce((sum, q) => sum + (q ? Math.max(q.historyTotal ?? 0, q.history.length) : 0), 0);
  return (
    <details className="mt-2 text-xs" data-testid="quota-history">
      <summary className="cursor-pointer py-2 font-semibold text-stone-600">{t("quotas.history", { count: entries.length })}</summary>
      {entries.length < total ? (
        <p className="mt-1 rounded-md bg-amber-50 px-2 py-1 text-amber-900" role="status" data-testid="quota-history-truncated">
          {t("list.showing", { shown: entries.length, total })}
        </p>
      ) : null}
      <ul className="mt-1 flex flex-col gap-1">
        {entries.map((e, i) => (
          <li key={`${e.at}-${i}`} className="border-l-2 border-stone-200 pl-2">
            <span className="text-stone-500 tabular-nums">{formatVnDateTime(new Date(e.at))}</span> · {e.actorName ?? t("quotas.unknownActor")} · {t(e.of)}:{" "}
            <span className="font-semibold">{t(`quotas.kind.${e.kind}`)}</span>
            {Object.entries(e.changes).map(([field, { from, to }]) => (
              <span key={field} className="block text-stone-700">
                {t(`quotas.field.${field}`)}: {show(t, field, from)} → {show(t, field, to)}
              </span>
            ))}
          </li>
        ))}
      </ul>
    </details>
  );
}
