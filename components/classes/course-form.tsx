"use client";

import { useRouter } from "next/navigation";
import { DateInput } from "@/components/forms/date-input";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import type { ActionResult } from "@/lib/api/action-result";
import { useTranslate } from "@/lib/i18n/use-translate";
import { ZCourseCreate } from "@/lib/validation/course";

const KINDS = ["AWARENESS", "NEW_MEMBER"] as const;
const TEXT_FIELDS = [
  { name: "name", required: true },
  { name: "location", required: false },
  { name: "startDate", required: true },
  { name: "endDate", required: true },
  { name: "issuer", required: false },
] as const;

/** Opens a class; the new class's page opens next. */
export function CourseForm({ units, submit }: { units: { id: string; name: string }[]; submit: (input: unknown) => Promise<ActionResult<string>> }) {
  const t = useTranslate();
  const router = useRouter();
  const { form, onSubmit, pending, formError, errorOf, fieldProps } = useActionForm({
    schema: ZCourseCreate,
    action: submit,
    defaultValues: { kind: "AWARENESS", unitId: units[0]?.id ?? "", name: "", location: "", startDate: "", endDate: "", issuer: "" },
    onSuccess: (id) => router.push(`/classes/${id}`),
    // The new page loads its own data; refreshing this one as well can cancel the navigation.
    refresh: false,
  });
  return (
    <form onSubmit={onSubmit} className="grid gap-3 sm:grid-cols-2" noValidate>
      {formError ? (
        <p className="text-sm text-brand-700 sm:col-span-2" role="alert">
          {formError}
        </p>
      ) : null}
      <Field id="course-kind" label={t("classes.field.kind")} error={errorOf("kind")} required>
        <select {...form.register("kind")} {...fieldProps("kind", "course-kind")} className={inputClass}>
          {KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`classes.kind.${k}`)}
            </option>
          ))}
        </select>
      </Field>
      <Field id="course-unitId" label={t("classes.field.unitId")} error={errorOf("unitId")} required>
        <select {...form.register("unitId")} {...fieldProps("unitId", "course-unitId")} className={inputClass}>
          {units.map((u) => (
            <option key={u.id} value={u.id}>
              {u.name}
            </option>
          ))}
        </select>
      </Field>
      {TEXT_FIELDS.map(({ name, required }) => (
        <Field key={name} id={`course-${name}`} label={t(`classes.field.${name}`)} error={errorOf(name)} required={required}>
          {name.endsWith("Date") ? (
            <DateInput {...form.register(name)} {...fieldProps(name, `course-${name}`)} className={inputClass} />
          ) : (
            <input {...form.register(name)} {...fieldProps(name, `course-${name}`)} className={inputClass} />
          )}
        </Field>
      ))}
      <div className="flex items-end sm:col-span-2">
        <Button type="submit" disabled={pending} className="min-h-11 w-full sm:min-h-10 sm:w-auto">
          {t("classes.create")}
        </Button>
      </div>
    </form>
  );
}
