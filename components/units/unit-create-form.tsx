"use client";

import { useRouter } from "next/navigation";
import { DateInput } from "@/components/forms/date-input";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import type { ActionResult } from "@/lib/api/action-result";
import { useTranslate } from "@/lib/i18n/use-translate";
import { ZUnitCreate } from "@/lib/validation/unit";
import { FormMessage } from "@/components/forms/form-message";

type Values = {
  code: string;
  name: string;
  kind: string;
  place: string;
  officialMembers: string;
  totalMembers: string;
  committeeMembers: string;
  hasYouthUnion: boolean;
  effectiveFrom: string;
};

/** Adds a unit under this one, of a kind that may sit here, with its first roll; then opens its page. */
export function UnitCreateForm({
  parentId,
  kinds,
  today,
  submit,
}: {
  parentId: string;
  kinds: string[];
  today: string;
  submit: (input: unknown) => Promise<ActionResult<string>>;
}) {
  const t = useTranslate();
  const router = useRouter();
  const { form, onSubmit, pending, formError, notice, errorOf, fieldProps } = useActionForm<Values, string>({
    schema: ZUnitCreate,
    toBody: (v) => ({ parentId, ...v }),
    action: submit,
    defaultValues: {
      code: "",
      name: "",
      kind: kinds[0] ?? "",
      place: "",
      officialMembers: "",
      totalMembers: "",
      committeeMembers: "",
      hasYouthUnion: false,
      effectiveFrom: today,
    },
    notice: t("units.created"),
    onSuccess: (id) => router.push(`/units/${id}`),
  });
  const { register } = form;
  const text = (name: keyof Values, label: string, extra: { required?: boolean; numeric?: boolean; max?: number } = {}) => (
    <Field id={`new-unit-${name}`} label={label} error={errorOf(name)} required={extra.required}>
      <input
        {...register(name)}
        {...fieldProps(name, `new-unit-${name}`)}
        inputMode={extra.numeric ? "numeric" : undefined}
        maxLength={extra.max}
        className={inputClass}
      />
    </Field>
  );
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-3" data-testid="unit-create-form">
      <div className="grid gap-3 sm:grid-cols-[8rem_1fr]">
        {text("code", t("units.code"), { required: true, max: 40 })}
        {text("name", t("units.name"), { required: true, max: 200 })}
      </div>
      <div className="grid gap-3 sm:grid-cols-2">
        <Field id="new-unit-kind" label={t("units.kindLabel")} error={errorOf("kind")} required>
          <select {...register("kind")} {...fieldProps("kind", "new-unit-kind")} defaultValue={kinds[0]} className={inputClass}>
            {kinds.map((k) => (
              <option key={k} value={k}>
                {t(`units.kind.${k}`)}
              </option>
            ))}
          </select>
        </Field>
        {text("place", t("units.place"), { max: 80 })}
      </div>
      <div className="grid gap-3 sm:grid-cols-4">
        {text("officialMembers", t("units.officialMembers"), { numeric: true })}
        {text("totalMembers", t("units.totalMembers"), { numeric: true })}
        {text("committeeMembers", t("units.committeeMembers"), { numeric: true })}
        <Field id="new-unit-effectiveFrom" label={t("units.effectiveFrom")} error={errorOf("effectiveFrom")}>
          <DateInput
            {...register("effectiveFrom")}
            {...fieldProps("effectiveFrom", "new-unit-effectiveFrom")}
            defaultValue={today}
            placeholder={t("field.datePlaceholder")}
            className={inputClass}
          />
        </Field>
      </div>
      <label className="flex min-h-10 items-center gap-2 text-sm">
        <input type="checkbox" {...register("hasYouthUnion")} className="h-5 w-5 accent-brand-700" />
        {t("units.hasYouthUnion")}
      </label>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" variant="secondary" disabled={pending} data-testid="unit-create-submit">
          {t("units.createSubmit")}
        </Button>
        <FormMessage error={formError} notice={notice} />
      </div>
    </form>
  );
}
