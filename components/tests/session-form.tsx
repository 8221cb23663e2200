"use client";

import { useRouter } from "next/navigation";
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
  });
  return (
    <form className="grid gap-3 sm:grid-cols-4 sm:items-end" noValidate onSubmit={onSubmit}>
      {formError ? (
        <p className="text-sm text-brand-700 sm:col-span-4" role="alert">
          {formError}
        </p>
      ) : null}
      <Field id="session-unit" label={t("classes.field.unitId")} error={errorOf("unitId")}>
        <select {...form.register("unitId")} {...fieldProps("unitId", "session-unit")} className={inputClass}>
          {units.map((u) => (
            <option key={u.id} value={u.id}>
              {u.name}
            </option>
          ))}
        </select>
      </Field>
      <Field id="session-name" label={t("classes.field.name")} error={errorOf("name")} required>
        <input {...form.register("name")} {...fieldProps("name", "session-name")} className={inputClass} />
      </Field>
      <Field id="session-date" label={t("pipeline.field.date")} error={errorOf("date")} required>
        <input {...form.register("date")} {...fieldProps("date", "session-date")} className={inputClass} placeholder={t("field.datePlaceholder")} />
      </Field>
      <Button type="submit" disabled={pending}>
        {t("tests.create")}
      </Button>
    </form>
  );
}
