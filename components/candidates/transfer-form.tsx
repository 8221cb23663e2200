"use client";

import { useState } from "react";
import { DateInput } from "@/components/forms/date-input";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import type { ActionResult } from "@/lib/api/action-result";
import { useTranslate } from "@/lib/i18n/use-translate";
import { ZTransfer } from "@/lib/validation/transfer";
import { FormMessage } from "@/components/forms/form-message";

type Values = { toUnitId: string; date: string; reason: string };

/**
 * Moves the candidate to another branch the caller may write (chuyển sinh hoạt): the branch, the
 * date (today by default) and the reason, with the version the page was read at (a stale page: 409).
 */
interface Props {
  candidateId: string;
  version: number;
  /** The branches the caller may write, but the candidate's own. */
  branches: { id: string; name: string }[];
  today: string;
  submit: (id: string, input: unknown) => Promise<ActionResult<string>>;
}

export function TransferForm(props: Props) {
  const [notice, setNotice] = useState<string | null>(null);
  // Keyed by version: after a transfer the form starts again with the branches as they are now; the notice stays.
  return <TransferFormBody key={props.version} {...props} notice={notice} onNotice={setNotice} />;
}

function TransferFormBody({
  candidateId,
  version,
  branches,
  today,
  submit,
  notice,
  onNotice,
}: Props & { notice: string | null; onNotice: (n: string | null) => void }) {
  const t = useTranslate();
  const { form, onSubmit, pending, formError, errorOf, fieldProps } = useActionForm<Values, string>({
    schema: ZTransfer,
    toBody: (v) => ({ ...v, version }),
    action: (body) => submit(candidateId, body),
    defaultValues: { toUnitId: branches[0]?.id ?? "", date: today, reason: "" },
    isField: (path) => ["toUnitId", "date", "reason"].includes(path),
    notice: null,
    onSuccess: (unit) => onNotice(t("transfer.done", { unit })),
  });
  if (!branches.length) return <p className="text-sm text-stone-600">{t("transfer.noTargets")}</p>;
  return (
    <form
      onSubmit={(event) => {
        onNotice(null);
        return onSubmit(event);
      }}
      noValidate
      className="flex flex-col gap-3"
      data-testid="transfer-form"
    >
      <p className="text-xs text-stone-600">{t("transfer.help")}</p>
      <Field id="transfer-unit" label={t("transfer.toUnit")} error={errorOf("toUnitId")} required>
        <select {...form.register("toUnitId")} {...fieldProps("toUnitId", "transfer-unit")} defaultValue={branches[0]?.id} className={inputClass}>
          {branches.map((b) => (
            <option key={b.id} value={b.id}>
              {b.name}
            </option>
          ))}
        </select>
      </Field>
      <div className="grid gap-3 sm:grid-cols-[12rem_1fr]">
        <Field id="transfer-date" label={t("transfer.date")} error={errorOf("date")} required>
          <DateInput
            {...form.register("date")}
            {...fieldProps("date", "transfer-date")}
            defaultValue={today}
            placeholder={t("field.datePlaceholder")}
            className={inputClass}
          />
        </Field>
        <Field id="transfer-reason" label={t("transfer.reason")} error={errorOf("reason")} required>
          <input {...form.register("reason")} {...fieldProps("reason", "transfer-reason")} maxLength={500} className={inputClass} />
        </Field>
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" variant="secondary" disabled={pending} data-testid="transfer-submit">
          {t("transfer.submit")}
        </Button>
        <FormMessage error={formError} notice={notice} testId="transfer-message" />
      </div>
    </form>
  );
}
