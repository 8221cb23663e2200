"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/api/action-result";
import { CATEGORIES } from "@/lib/domain/quotas/categories";
import { translateValidation } from "@/lib/i18n/translate-validation";

type Translate = (key: string, params?: Record<string, string | number>) => string;
interface Item {
  unitId: string;
  name: string;
  isParent: boolean;
  authority: "APPROVE" | "PROPOSE" | null;
  approved: { target: number; mode: string; percent: number | null; documentNumber: string | null; locked: boolean; categoryTargets: unknown; history: { at: string; actorName: string | null }[] } | null;
  proposed: { target: number } | null;
}

/** One unit's quota: the figure in force, a proposal if any, and the form to set or propose it. */
export function QuotaRow({ period, item, submit }: { period: string; item: Item; submit: (input: unknown) => Promise<ActionResult<string>> }) {
  const t = useTranslations() as unknown as Translate;
  const router = useRouter();
  const [message, setMessage] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const editable = item.authority && !item.approved?.locked;
  return (
    <div className={`rounded-lg border bg-white p-3 shadow-sm ${item.isParent ? "border-stone-400" : "border-stone-200"}`} data-testid="quota-row">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <p className="font-semibold">{item.name}</p>
        <p className="text-sm">
          {t("dashboard.quota")}: <span className="font-semibold tabular-nums">{item.approved?.target ?? "—"}</span>
          {item.approved?.percent ? ` (${item.approved.percent}%)` : ""}
          {item.approved?.documentNumber ? ` · ${item.approved.documentNumber}` : ""}
          {item.approved?.locked ? ` · ${t("quotas.locked")}` : ""}
          {item.proposed ? ` · ${t("quotas.proposed", { target: item.proposed.target })}` : ""}
        </p>
      </div>
      {editable ? (
        <form
          className="mt-2 flex flex-wrap items-end gap-2 text-sm"
          onSubmit={(event) => {
            event.preventDefault();
            const form = new FormData(event.currentTarget);
            const mode = String(form.get("mode"));
            const value = Number(String(form.get("value")).replace(",", "."));
            const categoryTargets = Object.fromEntries(
              CATEGORIES.flatMap((c) => {
                const raw = String(form.get(`category.${c}`) ?? "").trim();
                return raw ? [[c, Number(raw)]] : [];
              }),
            );
            const input = {
              categoryTargets: Object.keys(categoryTargets).length ? categoryTargets : undefined,
              unitId: item.unitId,
              period,
              mode,
              ...(mode === "COUNT" ? { target: value } : { percent: value }),
              documentNumber: form.get("documentNumber") || null,
              status: item.authority === "APPROVE" ? "APPROVED" : "PROPOSED",
            };
            startTransition(async () => {
              const result = await submit(input);
              if (result.ok) {
                setMessage(t("pipeline.done"));
                router.refresh();
              } else setMessage(result.details.map((d) => translateValidation(t, d.message)).join(" ") || t(`errors.${result.messageKey}`, { eventId: "" }));
            });
          }}
        >
          <select name="mode" defaultValue={item.approved?.mode ?? "COUNT"} className="min-h-9 rounded-md border border-stone-300 px-2" aria-label={t("quotas.mode")}>
            <option value="COUNT">{t("quotas.count")}</option>
            <option value="PERCENT_OF_MEMBERS">{t("quotas.percent")}</option>
          </select>
          <input name="value" defaultValue={item.approved?.percent ?? item.approved?.target ?? ""} inputMode="decimal" className="min-h-9 w-24 rounded-md border border-stone-300 px-2" aria-label={`${t("dashboard.quota")} ${item.name}`} />
          <input name="documentNumber" defaultValue={item.approved?.documentNumber ?? ""} placeholder={t("quotas.document")} className="min-h-9 w-48 rounded-md border border-stone-300 px-2" />
          <button type="submit" disabled={pending} className="min-h-9 rounded-md bg-brand-700 px-3 font-semibold text-white">
            {item.authority === "APPROVE" ? t("quotas.set") : t("quotas.propose")}
          </button>
          {message ? <span data-testid="quota-message">{message}</span> : null}
          <details className="w-full">
            <summary className="cursor-pointer text-xs font-semibold text-stone-600">{t("quotas.categoryTargets")}</summary>
            <div className="mt-2 grid gap-2 sm:grid-cols-4">
              {CATEGORIES.map((c) => (
                <label key={c} className="flex items-center justify-between gap-2 text-xs">
                  {t(`dashboard.category.${c}`)}
                  <input
                    name={`category.${c}`}
                    inputMode="numeric"
                    defaultValue={String((item.approved?.categoryTargets as Record<string, number> | null)?.[c] ?? "")}
                    className="min-h-8 w-16 rounded-md border border-stone-300 px-2"
                  />
                </label>
              ))}
            </div>
          </details>
        </form>
      ) : null}
    </div>
  );
}
