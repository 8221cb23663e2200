"use client";

import { useActionForm } from "@/components/forms/use-action-form";
import type { ActionResult } from "@/lib/api/action-result";
import { CATEGORIES, type Category } from "@/lib/domain/quotas/categories";
import { useTranslate } from "@/lib/i18n/use-translate";
import type { QuotaItem } from "@/lib/services/quotas/list";
import { formatVnDate } from "@/lib/time";
import { DateInput } from "@/components/forms/date-input";
import { ZQuotaPut } from "@/lib/validation/quota";
import { quotaNameId } from "./quota-name";

const control = "min-h-10 w-full rounded-md border border-stone-300 bg-white px-2 aria-[invalid=true]:border-brand-700 sm:min-h-9";

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
  // Each box is named by its visible label and the row's unit name (the row heading), so that 14 rows of "Chỉ tiêu" stay apart.
  const labelled = (name: string) => ({ id: id(name), "aria-labelledby": `${id(name)}-label ${quotaNameId(item.unitId)}` });
  const label = (name: string, text: string) => (
    <label id={`${id(name)}-label`} htmlFor={id(name)} className="text-xs font-semibold text-stone-600">
      {text}
    </label>
  );
  const percentMode = form.watch("mode") === "PERCENT_OF_MEMBERS";
  return (
    <form className="mt-2 flex flex-col gap-2 text-sm" onSubmit={onSubmit} noValidate>
      <div className="grid grid-cols-2 items-end gap-2 sm:flex sm:flex-wrap">
        <div className="flex flex-col gap-1">
          {label("mode", t("quotas.mode"))}
          <select {...form.register("mode")} className={`${control} sm:w-44`} {...labelled("mode")}>
            <option value="COUNT">{t("quotas.count")}</option>
            <option value="PERCENT_OF_MEMBERS">{t("quotas.percent")}</option>
          </select>
        </div>
        <div className="flex flex-col gap-1">
          {label("value", percentMode ? t("quotas.field.percent") : t("dashboard.quota"))}
          <input {...form.register("value")} inputMode="decimal" className={`${control} sm:w-24`} {...labelled("value")} {...aria("value", valueError)} />
        </div>
        <div className="flex flex-col gap-1">
          {label("documentNumber", t("quotas.document"))}
          <input
            {...form.register("documentNumber")}
            className={`${control} sm:w-48`}
            {...labelled("documentNumber")}
            {...aria("documentNumber", errorOf("documentNumber"))}
          />
        </div>
        <div className="flex flex-col gap-1">
          {label("documentDate", t("quotas.documentDate"))}
          <DateInput
            {...form.register("documentDate")}
            className={`${control} sm:w-40`}
            {...labelled("documentDate")}
            {...aria("documentDate", errorOf("documentDate"))}
          />
        </div>
        <button type="submit" disabled={pending} className="col-span-2 min-h-11 rounded-md bg-brand-700 px-4 font-semibold text-white sm:min-h-9">
          {item.authority === "APPROVE" ? t("quotas.set") : t("quotas.propose")}
        </button>
      </div>
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
        <summary className="cursor-pointer py-2 text-xs font-semibold text-stone-600">{t("quotas.categoryTargets")}</summary>
        <div className="mt-2 grid gap-2 sm:grid-cols-2 lg:grid-cols-4">
          {CATEGORIES.map((c) => (
            <label key={c} className="flex flex-wrap items-center justify-between gap-2 text-xs">
              {t(`dashboard.category.${c}`)}
              <input
                {...form.register(`category.${c}`)}
                inputMode="numeric"
                className="min-h-9 w-20 rounded-md border border-stone-300 bg-white px-2 aria-[invalid=true]:border-brand-700"
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
