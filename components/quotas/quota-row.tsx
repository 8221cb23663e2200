"use client";

import type { ActionResult } from "@/lib/api/action-result";
import { useTranslate } from "@/lib/i18n/use-translate";
import type { QuotaItem } from "@/lib/services/quotas/list";
import { formatVnDate, todayVn } from "@/lib/time";
import { QuotaActions } from "./quota-actions";
import { QuotaForm } from "./quota-form";
import { QuotaHistory } from "./quota-history";
import { quotaNameId } from "./quota-name";

type Action = (input: unknown) => Promise<ActionResult<string>>;

/** One unit's quota: the figure in force, its proposal if any, the lock, the form, the buttons and the history. */
export function QuotaRow({ period, item, submit, approve, lock }: { period: string; item: QuotaItem; submit: Action; approve: Action; lock: Action }) {
  const t = useTranslate();
  const { approved, proposed } = item;
  // A frozen period takes no figure at all, approved or proposed.
  const editable = item.authority !== null && !item.frozenBy;
  return (
    <div className={`rounded-lg border bg-white p-3 shadow-sm ${item.isParent ? "border-stone-400" : "border-stone-200"}`} data-testid="quota-row">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id={quotaNameId(item.unitId)} className="text-base font-semibold">
          {item.name}
        </h2>
        <p className="text-sm">
          {t("dashboard.quota")}: <span className="font-semibold tabular-nums">{approved?.target ?? "—"}</span>
          {approved?.percent ? ` (${approved.percent}%)` : ""}
          {approved?.documentNumber ? ` · ${approved.documentNumber}` : ""}
          {approved?.documentDate ? ` ${t("quotas.dated", { date: formatVnDate(approved.documentDate) })}` : ""}
          {item.frozenBy ? ` · ${item.locked && item.frozenBy === item.name ? t("quotas.locked") : t("quotas.frozenBy", { unit: item.frozenBy })}` : ""}
          {proposed ? ` · ${t("quotas.proposed", { target: proposed.target ?? "—" })}` : ""}
          {proposed?.acceptedAt ? ` (${t("quotas.accepted", { date: formatVnDate(todayVn(new Date(proposed.acceptedAt))) })})` : ""}
        </p>
      </div>
      {editable ? <QuotaForm period={period} item={item} submit={submit} /> : null}
      <QuotaActions period={period} item={item} approve={approve} lock={lock} />
      <QuotaHistory approved={approved} proposed={proposed} />
    </div>
  );
}
