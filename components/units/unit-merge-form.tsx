"use client";

import type { FormEvent } from "react";
import { useRouter } from "next/navigation";
import { DateInput } from "@/components/forms/date-input";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import type { ActionResult } from "@/lib/api/action-result";
import { useTranslate } from "@/lib/i18n/use-translate";
import { ZUnitMerge } from "@/lib/validation/unit";
import type { UnitOption } from "./unit-move-form";
import { FormMessage } from "@/components/forms/form-message";

type Merged = { intoUnitId: string; candidates: number; children: number; users: number };
type Values = { intoUnitId: string; date: string; reason: string; keepTargetQuotas: boolean };

/**
 * Dissolves the unit into another of a compatible kind, after a confirmation. A 409 for quotas
 * both units hold lists the periods; ticking "keep the receiving unit's quotas" and sending again
 * merges. Afterwards the receiving unit's page opens (this one no longer exists).
 */
export function UnitMergeForm({
  unit,
  targets,
  today,
  submit,
}: {
  unit: { id: string; name: string };
  targets: UnitOption[];
  today: string;
  submit: (id: string, input: unknown) => Promise<ActionResult<Merged>>;
}) {
  const t = useTranslate();
  const router = useRouter();
  const { form, onSubmit, pending, formError, notice, errorOf, fieldProps } = useActionForm<Values, Merged>({
    schema: ZUnitMerge,
    toBody: (v) => ({ intoUnitId: v.intoUnitId, date: v.date, reason: v.reason, ...(v.keepTargetQuotas ? { keepTargetQuotas: true } : {}) }),
    action: (body) => submit(unit.id, body),
    defaultValues: { intoUnitId: targets[0]?.id ?? "", date: today, reason: "", keepTargetQuotas: false },
    isField: (path) => ["intoUnitId", "date", "reason"].includes(path),
    refresh: false,
    notice: (m) => t("units.merged", { candidates: m.candidates, children: m.children, users: m.users }),
    onSuccess: (m) => router.push(`/units/${m.intoUnitId}`),
  });
  // Dissolving a unit is not undone by another click: ask first.
  const send = (event: FormEvent<HTMLFormElement>) => {
    const target = targets.find((u) => u.id === form.getValues("intoUnitId"));
    if (!window.confirm(t("units.mergeConfirm", { name: unit.name, target: target?.name ?? "" }))) {
      event.preventDefault();
      return;
    }
    return onSubmit(event);
  };
  if (!targets.length) return <p className="text-sm text-stone-600">{t("units.noMergeTargets")}</p>;
  return (
    <form onSubmit={send} noValidate className="flex flex-col gap-3" data-testid="unit-merge-form">
      <p className="text-xs text-stone-600">{t("units.mergeHelp")}</p>
      <Field id="unit-merge-into" label={t("units.mergeInto")} error={errorOf("intoUnitId")} required>
        <select {...form.register("intoUnitId")} {...fieldProps("intoUnitId", "unit-merge-into")} defaultValue={targets[0]?.id} className={inputClass}>
          {targets.map((u) => (
            <option key={u.id} value={u.id}>
              {u.code} · {u.name}
            </option>
          ))}
        </select>
      </Field>
      <div className="grid gap-3 sm:grid-cols-[12rem_1fr]">
        <Field id="unit-merge-date" label={t("units.mergeDate")} error={errorOf("date")} required>
          <DateInput
            {...form.register("date")}
            {...fieldProps("date", "unit-merge-date")}
            defaultValue={today}
            placeholder={t("field.datePlaceholder")}
            className={inputClass}
          />
        </Field>
        <Field id="unit-merge-reason" label={t("units.mergeReason")} error={errorOf("reason")} required>
          <input {...form.register("reason")} {...fieldProps("reason", "unit-merge-reason")} maxLength={500} className={inputClass} />
        </Field>
      </div>
      <label className="flex items-start gap-2 text-sm">
        <input type="checkbox" {...form.register("keepTargetQuotas")} className="mt-0.5 h-5 w-5 shrink-0 accent-brand-700" />
        {t("units.keepTargetQuotas")}
      </label>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" variant="secondary" disabled={pending} data-testid="unit-merge-submit">
          {t("units.mergeSubmit")}
        </Button>
        <FormMessage error={formError} notice={notice} testId="unit-merge-message" />
      </div>
    </form>
  );
}
