"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import type { ActionResult } from "@/lib/api/action-result";
import { translateValidation } from "@/lib/i18n/translate-validation";

type Translate = (key: string, params?: Record<string, string | number>) => string;

export function CourseForm({ units, submit }: { units: { id: string; name: string }[]; submit: (input: unknown) => Promise<ActionResult<string>> }) {
  const t = useTranslations() as unknown as Translate;
  const router = useRouter();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [pending, startTransition] = useTransition();
  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const input = Object.fromEntries(new FormData(event.currentTarget).entries());
    startTransition(async () => {
      const result = await submit(input);
      if (result.ok) router.push(`/classes/${result.data}`);
      else setErrors(Object.fromEntries(result.details.map((d) => [d.path, translateValidation(t, d.message)])));
    });
  }
  const text = (name: string, required = false) => (
    <Field id={`course-${name}`} label={t(`classes.field.${name}`)} error={errors[name]} required={required}>
      <input id={`course-${name}`} name={name} className={inputClass} placeholder={name.endsWith("Date") ? t("field.datePlaceholder") : undefined} />
    </Field>
  );
  return (
    <form onSubmit={onSubmit} className="grid gap-3 sm:grid-cols-2" noValidate>
      <Field id="course-kind" label={t("classes.field.kind")} error={errors.kind} required>
        <select id="course-kind" name="kind" className={inputClass}>
          {["AWARENESS", "NEW_MEMBER"].map((k) => (
            <option key={k} value={k}>
              {t(`classes.kind.${k}`)}
            </option>
          ))}
        </select>
      </Field>
      <Field id="course-unitId" label={t("classes.field.unitId")} error={errors.unitId} required>
        <select id="course-unitId" name="unitId" className={inputClass}>
          {units.map((u) => (
            <option key={u.id} value={u.id}>
              {u.name}
            </option>
          ))}
        </select>
      </Field>
      {text("name", true)}
      {text("location")}
      {text("startDate", true)}
      {text("endDate", true)}
      {text("issuer")}
      <div className="flex items-end">
        <Button type="submit" disabled={pending}>
          {t("classes.create")}
        </Button>
      </div>
    </form>
  );
}
