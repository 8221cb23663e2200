"use client";

import { useRouter } from "next/navigation";
import { DateInput } from "@/components/forms/date-input";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import type { ActionResult } from "@/lib/api/action-result";
import { useTranslate } from "@/lib/i18n/use-translate";

/**
 * Opens an awareness-test session. Its schema lives in the service (not in lib/validation), so the
 * server's answer is the check: its details land on the fields.
 */
export function SessionForm({ units, submit }: { units: { id: string; name: string }[]; submit: (input: unknown) => Promise<ActionResult<string>> }) {
  const t = useTranslate();
  const router = useRouter();
  const { form, onSubmit, pending, formError, errorOf, fieldProps } = useActionForm({
    action: submit,
    defaultValues: { unitId: units[0]?.id ?? "", name: "", date: "" },
    onSuccess: (id) => router.push(`/awareness-tests/${id}`),
    // The new page loads its own data; refreshing this one as well can cancel the navigation.
    refresh: false,
  });
  return (
    <form className="grid gap-3 sm:grid-cols-3 sm:items-start" noValidate onSubmit={onSubmit}>
      {formError ? (
        <p className="text-sm text-brand-700 sm:col-span-3" role="alert">
          {formError}
        </p>
      ) : null}
      <Field id="session-unit" label={t("tests.field.unitId")} error={errorOf("unitId")} required>
        <select {...form.register("unitId")} {...fieldProps("unitId", "session-unit")} className={inputClass}>
          {units.map((u) => (
            <option key={u.id} value={u.id}>
              {u.name}
            </option>
          ))}
        </select>
      </Field>
      <Field id="session-name" label={t("tests.field.name")} error={errorOf("name")} required>
        <input {...form.register("name")} {...fieldProps("name", "session-name")} className={inputClass} />
      </Field>
      <Field id="session-date" label={t("tests.field.date")} error={errorOf("date")} required>
        <DateInput {...form.register("date")} {...fieldProps("date", "session-date")} className={inputClass} />
      </Field>
      <div className="sm:col-span-3">
        <Button type="submit" disabled={pending} className="min-h-11 w-full sm:min-h-10 sm:w-auto">
          {t("tests.create")}
        </Button>
      </div>
    </form>
  );
}
