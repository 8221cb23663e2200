"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import type { ActionResult } from "@/lib/api/action-result";
import { translateValidation } from "@/lib/i18n/translate-validation";

type Translate = (key: string, params?: Record<string, string | number>) => string;

interface Props {
  candidateId: string;
  /** Which decision is awaited: the admission decision (9-KNĐ) or the recognition (16-KNĐ). */
  kind: "ADMISSION" | "CONVERSION";
  /** The extension already recorded, in working days (0: none). */
  current: number;
  submit: (id: string, input: unknown) => Promise<ActionResult<boolean>>;
}

/**
 * Records the superior's extension of its decision deadline while the decision is awaited, so
 * that the deadline and the late warning count it (domain.md: "+ up to 30 when recorded").
 */
export function ExtensionForm({ candidateId, kind, current, submit }: Props) {
  const t = useTranslations() as unknown as Translate;
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const [pending, startTransition] = useTransition();

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const input = { kind, days: String(form.get("days") ?? ""), document: String(form.get("document") ?? "") };
    startTransition(async () => {
      const result = await submit(candidateId, input);
      setDone(result.ok);
      setError(result.ok ? null : (result.details.map((d) => translateValidation(t, d.message)).join(" ") || t(`errors.${result.messageKey}`, { eventId: result.eventId ?? "" })));
      if (result.ok) router.refresh();
    });
  }

  return (
    <form onSubmit={onSubmit} className="flex flex-col gap-3" data-testid="extension-form" noValidate>
      <p className="text-sm font-semibold">
        {t("pipeline.extension.title")}: {t(`pipeline.extension.${kind}`)}
      </p>
      <div className="grid gap-3 sm:grid-cols-2">
        <Field id="extension-days" label={t("pipeline.extension.days")} error={error ?? undefined} required>
          <input id="extension-days" name="days" inputMode="numeric" defaultValue={current || ""} className={inputClass} />
        </Field>
        <Field id="extension-document" label={t("pipeline.extension.document")}>
          <input id="extension-document" name="document" className={inputClass} />
        </Field>
      </div>
      {done ? <p className="text-sm text-emerald-800">{t("pipeline.extension.done")}</p> : null}
      <div>
        <Button type="submit" variant="secondary" disabled={pending} data-testid="extension-submit">
          {t("pipeline.extension.submit")}
        </Button>
      </div>
    </form>
  );
}
