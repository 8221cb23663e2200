"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import type { ActionResult } from "@/lib/api/action-result";
import { translateValidation } from "@/lib/i18n/translate-validation";

type Translate = (key: string, params?: Record<string, string | number>) => string;

export function SessionForm({ units, submit }: { units: { id: string; name: string }[]; submit: (input: unknown) => Promise<ActionResult<string>> }) {
  const t = useTranslations() as unknown as Translate;
  const router = useRouter();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [pending, startTransition] = useTransition();
  return (
    <form
      className="grid gap-3 sm:grid-cols-4 sm:items-end"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const input = Object.fromEntries(new FormData(event.currentTarget).entries());
        startTransition(async () => {
          const result = await submit(input);
          if (result.ok) router.push(`/awareness-tests/${result.data}`);
          else setErrors(Object.fromEntries(result.details.map((d) => [d.path, translateValidation(t, d.message)])));
        });
      }}
    >
      <Field id="session-unit" label={t("classes.field.unitId")} error={errors.unitId}>
        <select id="session-unit" name="unitId" className={inputClass}>
          {units.map((u) => (
            <option key={u.id} value={u.id}>
              {u.name}
            </option>
          ))}
        </select>
      </Field>
      <Field id="session-name" label={t("classes.field.name")} error={errors.name} required>
        <input id="session-name" name="name" className={inputClass} />
      </Field>
      <Field id="session-date" label={t("pipeline.field.date")} error={errors.date} required>
        <input id="session-date" name="date" className={inputClass} placeholder={t("field.datePlaceholder")} />
      </Field>
      <Button type="submit" disabled={pending}>
        {t("tests.create")}
      </Button>
    </form>
  );
}
