"use client";

import { DateInput } from "@/components/forms/date-input";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import type { ActionResult } from "@/lib/api/action-result";
import { STAGES } from "@/lib/domain/stages";
import { useTranslate } from "@/lib/i18n/use-translate";

export type BulkLine = { id: string; ok: boolean; code?: string; details: { path: string; message: string }[] };
type Values = { to: string; date: string; place: string; reason: string };

const TARGETS = STAGES.filter((s) => s !== "SOURCE");
export const BULK_FORM_ID = "bulk-form";
export const BULK_TARGET_ID = "bulk-to";

/**
 * "Move the n people picked to …": one step for every picked candidate. Its fields appear once
 * someone is picked; until then it says how to pick.
 */
export function BulkMoveForm({
  selected,
  today,
  submit,
  onDone,
  onClear,
}: {
  selected: Map<string, number>;
  today: string;
  submit: (input: unknown) => Promise<ActionResult<{ lines: BulkLine[] }>>;
  onDone: (lines: BulkLine[]) => void;
  onClear: () => void;
}) {
  const t = useTranslate();
  const count = selected.size;
  const { form, onSubmit, pending, formError, errorOf, fieldProps } = useActionForm({
    // The same step for every picked candidate; empty optional fields are sent as "none".
    toBody: (values: Values) => ({
      items: [...selected].map(([id, version]) => ({ id, version })),
      to: values.to,
      date: values.date,
      reason: values.reason || null,
      place: values.place || null,
    }),
    action: submit,
    defaultValues: { to: TARGETS[0], date: today, place: "", reason: "" },
    onSuccess: ({ lines }) => onDone(lines),
  });

  return (
    <form
      id={BULK_FORM_ID}
      onSubmit={onSubmit}
      noValidate
      aria-labelledby="bulk-title"
      className="scroll-mt-4 rounded-lg border border-stone-200 bg-white p-3 shadow-sm sm:p-4"
      data-testid="bulk-form"
    >
      <div className="flex flex-wrap items-center justify-between gap-x-3 gap-y-1">
        <h2 id="bulk-title" className="text-base font-semibold text-stone-900">
          {t("board.bulk.title", { count })}
        </h2>
        {count ? (
          <div className="flex items-center gap-2 text-sm">
            <span className="font-semibold text-brand-800" data-testid="selected-count">
              {t("board.bulk.selected", { count })}
            </span>
            <Button type="button" variant="ghost" className="px-2" onClick={onClear}>
              {t("board.bulk.clear")}
            </Button>
          </div>
        ) : null}
      </div>
      {count === 0 ? (
        <p className="mt-1 text-sm text-stone-600" data-testid="bulk-hint">
          {t("board.bulk.hint")}
        </p>
      ) : (
        <>
          <div className="mt-3 grid items-start gap-3 sm:grid-cols-2 lg:grid-cols-4">
            <Field id={BULK_TARGET_ID} label={t("board.bulk.to")} error={errorOf("to")} required>
              <select {...form.register("to")} {...fieldProps("to", BULK_TARGET_ID)} className={inputClass} data-testid="bulk-to">
                {TARGETS.map((s) => (
                  <option key={s} value={s}>
                    {t(`stage.${s}`)}
                  </option>
                ))}
              </select>
            </Field>
            <Field id="bulk-date" label={t("board.bulk.date")} error={errorOf("date")} required>
              <DateInput {...form.register("date")} {...fieldProps("date", "bulk-date")} className={inputClass} data-testid="bulk-date" />
            </Field>
            <Field id="bulk-place" label={t("board.bulk.place")} error={errorOf("place")}>
              <input {...form.register("place")} {...fieldProps("place", "bulk-place")} className={inputClass} data-testid="bulk-place" />
            </Field>
            <Field id="bulk-reason" label={t("board.bulk.reason")} error={errorOf("reason")}>
              <input {...form.register("reason")} {...fieldProps("reason", "bulk-reason")} className={inputClass} data-testid="bulk-reason" />
            </Field>
          </div>
          <div className="mt-3 flex flex-wrap items-center gap-3">
            <Button type="submit" disabled={pending} className="min-h-11 w-full sm:min-h-10 sm:w-auto" data-testid="bulk-submit">
              {t("board.bulk.submit", { count })}
            </Button>
            <p className="text-xs text-stone-600">{t("board.bulk.eachChecked")}</p>
          </div>
        </>
      )}
      {formError ? (
        <p className="mt-2 text-sm text-brand-700" role="alert">
          {formError}
        </p>
      ) : null}
    </form>
  );
}
