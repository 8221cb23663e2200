"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/api/action-result";
import { CATEGORIES } from "@/lib/domain/quotas/categories";
import { translateValidation } from "@/lib/i18n/translate-validation";
import type { QuotaItem } from "@/lib/services/quotas/list";
import { formatVnDate } from "@/lib/time";
import { fieldIssues } from "@/lib/validation/messages";
import { ZQuotaPut } from "@/lib/validation/quota";

type Translate = (key: string, params?: Record<string, string | number>) => string;
const control = "min-h-9 rounded-md border border-stone-300 px-2 aria-[invalid=true]:border-brand-700";

/** Reads the form into the PUT body; an empty number stays undefined so the schema says "required". */
function readForm(form: FormData, item: QuotaItem, period: string) {
  const mode = String(form.get("mode"));
  const raw = String(form.get("value") ?? "").trim();
  const value = raw === "" ? undefined : Number(raw.replace(",", "."));
  const categoryTargets = Object.fromEntries(
    CATEGORIES.flatMap((c) => {
      const text = String(form.get(`category.${c}`) ?? "").trim();
      return text ? [[c, Number(text)]] : [];
    }),
  );
  return {
    categoryTargets: Object.keys(categoryTargets).length ? categoryTargets : undefined,
    unitId: item.unitId,
    period,
    mode,
    ...(mode === "COUNT" ? { target: value } : { percent: value }),
    documentNumber: String(form.get("documentNumber") ?? "") || null,
    documentDate: String(form.get("documentDate") ?? ""),
    status: item.authority === "APPROVE" ? "APPROVED" : "PROPOSED",
  };
}

/**
 * Sets (or proposes) a unit's quota. The browser checks the body with the server's own schema, so
 * both show the same field-level messages; the server's answer is mapped onto the fields too.
 */
export function QuotaForm({ period, item, submit }: { period: string; item: QuotaItem; submit: (input: unknown) => Promise<ActionResult<string>> }) {
  const t = useTranslations() as unknown as Translate;
  const router = useRouter();
  const [message, setMessage] = useState<string | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [pending, startTransition] = useTransition();
  // A unit's own form starts from its proposal, a superior's from the figure in force.
  const current = item.authority === "APPROVE" ? item.approved : (item.proposed ?? item.approved);
  const showErrors = (details: { path: string; message: string }[]) => setErrors(Object.fromEntries(details.map((d) => [d.path || "form", translateValidation(t, d.message)])));
  const errorOf = (...paths: string[]) => paths.map((p) => errors[p]).find(Boolean);
  const fieldError = (testId: string, text: string | undefined) =>
    text ? (
      <span className="w-full text-xs text-brand-700" data-testid={testId} aria-live="polite">
        {text}
      </span>
    ) : null;
  return (
    <form
      className="mt-2 flex flex-wrap items-end gap-2 text-sm"
      onSubmit={(event) => {
        event.preventDefault();
        const input = readForm(new FormData(event.currentTarget), item, period);
        setMessage(null);
        const checked = ZQuotaPut.safeParse(input);
        if (!checked.success) return showErrors(fieldIssues(checked.error));
        setErrors({});
        startTransition(async () => {
          const result = await submit(input);
          if (result.ok) {
            setMessage(t("pipeline.done"));
            router.refresh();
          } else if (result.details.length) showErrors(result.details);
          else setMessage(t(`errors.${result.messageKey}`, { eventId: result.eventId ?? "" }));
        });
      }}
    >
      <select name="mode" defaultValue={current?.mode ?? "COUNT"} className={control} aria-label={t("quotas.mode")}>
        <option value="COUNT">{t("quotas.count")}</option>
        <option value="PERCENT_OF_MEMBERS">{t("quotas.percent")}</option>
      </select>
      <input
        name="value"
        defaultValue={current?.percent ?? current?.target ?? ""}
        inputMode="decimal"
        className={`${control} w-24`}
        aria-label={`${t("dashboard.quota")} ${item.name}`}
        aria-invalid={Boolean(errorOf("target", "percent"))}
      />
      <input name="documentNumber" defaultValue={current?.documentNumber ?? ""} placeholder={t("quotas.document")} aria-label={t("quotas.document")} className={`${control} w-48`} aria-invalid={Boolean(errors.documentNumber)} />
      <input
        name="documentDate"
        defaultValue={formatVnDate(current?.documentDate)}
        placeholder="dd/mm/yyyy"
        inputMode="numeric"
        aria-label={t("quotas.documentDate")}
        className={`${control} w-32`}
        aria-invalid={Boolean(errors.documentDate)}
      />
      <button type="submit" disabled={pending} className="min-h-9 rounded-md bg-brand-700 px-3 font-semibold text-white">
        {item.authority === "APPROVE" ? t("quotas.set") : t("quotas.propose")}
      </button>
      {message ? <span data-testid="quota-message">{message}</span> : null}
      {fieldError("quota-error-target", errorOf("target", "percent"))}
      {fieldError("quota-error-documentNumber", errors.documentNumber)}
      {fieldError("quota-error-documentDate", errors.documentDate)}
      {fieldError("quota-error-form", errorOf("period", "unitId", "status", "form", "categoryTargets"))}
      <details className="w-full" open={Object.keys(errors).some((p) => p.startsWith("categoryTargets."))}>
        <summary className="cursor-pointer text-xs font-semibold text-stone-600">{t("quotas.categoryTargets")}</summary>
        <div className="mt-2 grid gap-2 sm:grid-cols-4">
          {CATEGORIES.map((c) => (
            <label key={c} className="flex flex-wrap items-center justify-between gap-2 text-xs">
              {t(`dashboard.category.${c}`)}
              <input name={`category.${c}`} inputMode="numeric" defaultValue={String(current?.categoryTargets?.[c] ?? "")} className={`${control} min-h-8 w-16`} aria-invalid={Boolean(errors[`categoryTargets.${c}`])} />
              {fieldError(`quota-error-category-${c}`, errors[`categoryTargets.${c}`])}
            </label>
          ))}
        </div>
      </details>
    </form>
  );
}
