"use client";

import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import type { ActionResult } from "@/lib/api/action-result";
import { useTranslate } from "@/lib/i18n/use-translate";
import { ZExtension } from "@/lib/validation/extension";

interface Props {
  candidateId: string;
  /** Which decision is awaited: the admission decision (9-KNĐ) or the recognition (16-KNĐ). */
  kind: "ADMISSION" | "CONVERSION";
  /** The extension already recorded, in working days (0: none). */
  current: number;
  submit: (id: string, input: unknown) => Promise<ActionResult<boolean>>;
}

type Values = { days: string; document: string };

/**
 * Records the superior's extension of its decision deadline while the decision is awaited, so
 * that the deadline and the late warning count it (domain.md: "+ up to 30 when recorded").
 */
export function ExtensionForm({ candidateId, kind, current, submit }: Props) {
  const t = useTranslate();
  const { form, onSubmit, pending, formError, notice, errorOf, fieldProps } = useActionForm({
    schema: ZExtension,
    toBody: (values: Values) => ({ kind, days: values.days, document: values.document }),
    action: (body) => submit(candidateId, body),
    defaultValues: { days: current ? String(current) : "", document: "" },
    notice: t("pipeline.extension.done"),
  });

  return (
    <form onSubmit={onSubmit} className="flex flex-col gap-3" data-testid="extension-form" noValidate>
      <h3 className="text-sm font-semibold">
        {t("pipeline.extension.title")}: {t(`pipeline.extension.${kind}`)}
      </h3>
      <div className="grid gap-3 sm:grid-cols-2">
        <Field id="extension-days" label={t("pipeline.extension.days")} error={errorOf("days")} required>
          <input {...form.register("days")} {...fieldProps("days", "extension-days")} inputMode="numeric" className={inputClass} />
        </Field>
        <Field id="extension-document" label={t("pipeline.extension.document")} error={errorOf("document")}>
          <input {...form.register("document")} {...fieldProps("document", "extension-document")} className={inputClass} />
        </Field>
      </div>
      {formError ? (
        <p className="text-sm text-brand-700" role="alert">
          {formError}
        </p>
      ) : null}
      <div role="status" className="text-sm font-semibold text-emerald-800">
        {notice}
      </div>
      <div>
        <Button type="submit" variant="secondary" disabled={pending} data-testid="extension-submit">
          {t("pipeline.extension.submit")}
        </Button>
      </div>
    </form>
  );
}
