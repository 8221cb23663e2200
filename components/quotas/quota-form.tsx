"use client";

import { useActionForm } from "@/components/forms/use-action-form";
import type { ActionResult } from "@/lib/api/action-result";
import { CATEGORIES, type Category } from "@/lib/domain/quotas/categories";
import { useTranslate } from "@/lib/i18n/use-translate";
import type { QuotaItem } from "@/lib/services/quotas/list";
import { formatVnDate } from "@/lib/time";
import { ZQuotaPut } from "@/lib/validation/quota";

const control = "min-h-9 rounded-md border border-stone-300 px-2 aria-[invalid=true]:border-brand-700";

/** The row's fields: one number box for either mode, and a box per category named `category.<code>`. */
type Values = { mode: string; value: string; documentNumber: string; documentDate: string; category: Partial<Record<Category, string>> };

/** The form as the PUT body: an empty number stays undefined so the schema says "required". */
function toBody(values: Values, item: QuotaItem, period: string) {
  const raw = values.value.trim();
  const value = raw === "" ? undefined : Number(raw.replace(",", "."));
  const categoryTargets = Object.fromEntries(
    CATEGORIES.flatMap((c) => {
      const text = (values.category?.[c] ?? "").trim();
      return text ? [[c, Number(text)]] : [];
    }),
  );
  return {
    categoryTargets: Object.keys(categoryTargets).length ? categoryTargets : undefined,
    unitId: item.unitId,
    period,
    mode: values.mode,
    ...(values.mode === "COUNT" ? { target: value } : { percent: value }),
    documentNumber: values.documentNumber || null,
    documentDate: values.documentDate,
    status: item.authority === "APPROVE" ? "APPROVED" : "PROPOSED",
    // The version of the row this form was filled from (0: none): someone else's save in between is a CONFLICT, not overwritten.
    version: (item.authority === "APPROVE" ? item.approved?.version : item.proposed?.version) ?? 0,
  };
}

/** Body paths with a box on the row; the rest (period, unit, status) make the row's form-level message. */
const ON_A_FIELD = new Set(["target", "percent", "documentNumber", "documentDate"]);
const isField = (path: string) => ON_A_FIELD.has(path) || path.startsWith("categoryTargets.");

/**
 * Sets (or proposes) a unit's quota. The browser checks the body with the server's own schema, so
 * both show the same field-level messages; the server's answer is mapped onto the fields too.
 */
export function QuotaForm({ period, item, submit }: { period: string; item: QuotaItem; submit: (input: unknown) => Promise<ActionResult<string>> }) {
  const t = useTranslate();
  // A unit's own form starts from its proposal, a superior's from the figure in force.
  const current = item.authority === "APPROVE" ? item.approved : (item.proposed ?? item.approved);
  const { form, onSubmit, pending, formError, notice, errorOf } = useActionForm({
    schema: ZQuotaPut,
    toBody: (values: Values) => toBody(values, item, period),
    action: submit,
    isField,
    // A row is small: the marked boxes say enough.
    invalidMessage: null,
    defaultValues: {
      mode: current?.mode ?? "COUNT",
      value: String(current?.percent ?? current?.target ?? ""),
      documentNumber: current?.documentNumber ?? "",
      documentDate: formatVnDate(current?.documentDate),
      category: Object.fromEntries(CATEGORIES.map((c) => [c, String(current?.categoryTargets?.[c] ?? "")])),
    },
    notice: t("pipeline.done"),
  });
  // Rows share the page: ids carry the unit.
  const id = (name: string) => `quota-${item.unitId}-${name}`;
  const aria = (name: string, text: string | undefined) => ({
    "aria-invalid": text ? true : undefined,
    "aria-describedby": text ? `${id(name)}-error` : undefined,
  });
  const fieldError = (name: string, testId: string, text: string | undefined) =>
    text ? (
      <span id={`${id(name)}-error`} className="w-full text-xs text-brand-700" data-testid={testId} aria-live="polite">
        {text}
      </span>
    ) : null;
  const valueError = errorOf("target", "percent");
  const categoryError = (c: Category) => errorOf(`categoryTargets.${c}`);
  return (
    <form className="mt-2 flex flex-wrap items-end gap-2 text-sm" onSubmit={onSubmit} noValidate>
      <select {...form.register("mode")} className={control} aria-label={t("quotas.mode")}>
        <option value="COUNT">{t("quotas.count")}</option>
        <option value="PERCENT_OF_MEMBERS">{t("quotas.percent")}</option>
      </select>
      <input
        {...form.register("value")}
        inputMode="decimal"
        className={`${control} w-24`}
        aria-label={`${t("dashboard.quota")} ${item.name}`}
        {...aria("value", valueError)}
      />
      <input
        {...form.register("documentNumber")}
        placeholder={t("quotas.document")}
        aria-label={t("quotas.document")}
        className={`${control} w-48`}
        {...aria("documentNumber", errorOf("documentNumber"))}
      />
      <input
        {...form.register("documentDate")}
        placeholder={t("field.datePlaceholder")}
        inputMode="numeric"
        aria-label={t("quotas.documentDate")}
        className={`${control} w-32`}
        {...aria("documentDate", errorOf("documentDate"))}
      />
      <button type="submit" disabled={pending} className="min-h-9 rounded-md bg-brand-700 px-3 font-semibold text-white">
        {item.authority === "APPROVE" ? t("quotas.set") : t("quotas.propose")}
      </button>
      {notice ? <span data-testid="quota-message">{notice}</span> : null}
      {fieldError("value", "quota-error-target", valueError)}
      {fieldError("documentNumber", "quota-error-documentNumber", errorOf("documentNumber"))}
      {fieldError("documentDate", "quota-error-documentDate", errorOf("documentDate"))}
      {formError ? (
        <span className="w-full text-xs text-brand-700" data-testid="quota-error-form" aria-live="polite">
          {formError}
        </span>
      ) : null}
      <details className="w-full" open={CATEGORIES.some((c) => categoryError(c) !== undefined)}>
        <summary className="cursor-pointer text-xs font-semibold text-stone-600">{t("quotas.categoryTargets")}</summary>
        <div className="mt-2 grid gap-2 sm:grid-cols-4">
          {CATEGORIES.map((c) => (
            <label key={c} className="flex flex-wrap items-center justify-between gap-2 text-xs">
              {t(`dashboard.category.${c}`)}
              <input
                {...form.register(`category.${c}`)}
                inputMode="numeric"
                className={`${control} min-h-8 w-16`}
                {...aria(`category-${c}`, categoryError(c))}
              />
              {fieldError(`category-${c}`, `quota-error-category-${c}`, categoryError(c))}
            </label>
          ))}
        </div>
      </details>
    </form>
  );
}
