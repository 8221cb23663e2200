"use client";

import { DateInput } from "@/components/forms/date-input";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import type { ActionResult } from "@/lib/api/action-result";
import { useTranslate } from "@/lib/i18n/use-translate";
import { ZHolidayCreate } from "@/lib/validation/holiday";
import { FormMessage } from "@/components/forms/form-message";

/**
 * Adds a holiday (administrators). The browser checks the body with the server's own schema, so
 * both show the same field messages; the server's answer (a date already taken) lands on the field too.
 */
export function HolidayAddForm({ submit }: { submit: (input: unknown) => Promise<ActionResult<string>> }) {
  const t = useTranslate();
  const { form, onSubmit, pending, formError, notice, errorOf, fieldProps } = useActionForm({
    schema: ZHolidayCreate,
    action: submit,
    defaultValues: { date: "", name: "" },
    notice: t("holidays.added"),
    resetOnSuccess: true,
  });
  return (
    <form
      onSubmit={onSubmit}
      noValidate
      className="grid gap-3 rounded-lg border border-stone-200 bg-white p-4 sm:grid-cols-[10rem_1fr_auto] sm:items-start"
      data-testid="holiday-add-form"
    >
      <Field id="holiday-date" label={t("holidays.date")} error={errorOf("date")} required>
        <DateInput {...form.register("date")} {...fieldProps("date", "holiday-date")} placeholder={t("field.datePlaceholder")} className={inputClass} />
      </Field>
      <Field id="holiday-name" label={t("holidays.name")} error={errorOf("name")} required>
        <input {...form.register("name")} {...fieldProps("name", "holiday-name")} maxLength={120} className={inputClass} />
      </Field>
      <Button type="submit" disabled={pending} className="sm:mt-6">
        {t("holidays.add")}
      </Button>
      <FormMessage error={formError} notice={notice} className="text-sm sm:col-span-3" testId="holiday-message" />
    </form>
  );
}
