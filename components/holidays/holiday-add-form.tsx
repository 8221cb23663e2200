"use client";

import { useRef, useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import type { ActionResult } from "@/lib/api/action-result";
import { translateValidation } from "@/lib/i18n/translate-validation";
import { ZHolidayCreate } from "@/lib/validation/holiday";
import { fieldIssues } from "@/lib/validation/messages";

type Translate = (key: string, params?: Record<string, string | number>) => string;

/**
 * Adds a holiday (administrators). The browser checks the body with the server's own schema, so
 * both show the same field messages; the server's answer (a date already taken) lands on the field too.
 */
export function HolidayAddForm({ submit }: { submit: (input: unknown) => Promise<ActionResult<string>> }) {
  const t = useTranslations() as unknown as Translate;
  const router = useRouter();
  const form = useRef<HTMLFormElement>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const showErrors = (details: { path: string; message: string }[]) => setErrors(Object.fromEntries(details.map((d) => [d.path || "form", translateValidation(t, d.message)])));
  return (
    <form
      ref={form}
      className="grid gap-3 rounded-lg border border-stone-200 bg-white p-4 sm:grid-cols-[10rem_1fr_auto] sm:items-start"
      data-testid="holiday-add-form"
      onSubmit={(event) => {
        event.preventDefault();
        const data = new FormData(event.currentTarget);
        const input = { date: String(data.get("date") ?? ""), name: String(data.get("name") ?? "") };
        setMessage(null);
        const checked = ZHolidayCreate.safeParse(input);
        if (!checked.success) return showErrors(fieldIssues(checked.error));
        setErrors({});
        startTransition(async () => {
          const result = await submit(input);
          if (result.ok) {
            form.current?.reset();
            setMessage(t("holidays.added"));
            router.refresh();
          } else if (result.details.length) showErrors(result.details);
          else setMessage(t(`errors.${result.messageKey}`, { eventId: result.eventId ?? "" }));
        });
      }}
    >
      <Field id="holiday-date" label={t("holidays.date")} error={errors.date} required>
        <input id="holiday-date" name="date" placeholder="dd/mm/yyyy" inputMode="numeric" className={inputClass} aria-invalid={Boolean(errors.date)} />
      </Field>
      <Field id="holiday-name" label={t("holidays.name")} error={errors.name} required>
        <input id="holiday-name" name="name" maxLength={120} className={inputClass} aria-invalid={Boolean(errors.name)} />
      </Field>
      <Button type="submit" disabled={pending} className="sm:mt-6">
        {t("holidays.add")}
      </Button>
      {message || errors.form ? (
        <p className="text-sm sm:col-span-3" data-testid="holiday-message" aria-live="polite">
          {errors.form ?? message}
        </p>
      ) : null}
    </form>
  );
}
