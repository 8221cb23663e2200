"use client";

import { DateInput } from "@/components/forms/date-input";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import type { ActionResult } from "@/lib/api/action-result";
import type { UnitField } from "@/lib/domain/unit-rules";
import { useTranslate } from "@/lib/i18n/use-translate";
import { ZUnitPatch } from "@/lib/validation/unit";
import { FormMessage } from "@/components/forms/form-message";

type Values = {
  name: string;
  code: string;
  place: string;
  officialMembers: string;
  totalMembers: string;
  committeeMembers: string;
  hasYouthUnion: boolean;
  effectiveFrom: string;
  note: string;
};

interface Props {
  unit: {
    id: string;
    version: number;
    name: string;
    code: string;
    place: string | null;
    roll: { officialMembers: number; totalMembers: number; committeeMembers: number; hasYouthUnion: boolean };
  };
  /** What the caller may change (lib/domain/unit-rules.ts): the form shows only those fields. */
  fields: UnitField[];
  /** Today as dd/mm/yyyy: the default date the roll applies from. */
  today: string;
  submit: (id: string, input: unknown) => Promise<ActionResult<number>>;
}

/**
 * The unit's name, code and place, and its roll from a date on (today by default). The body holds
 * what the caller may change; the server ignores values equal to what is on record, so saving the
 * name alone writes no roll entry.
 */
export function UnitEditForm({ unit, fields, today, submit }: Props) {
  const t = useTranslate();
  const may = (f: UnitField) => fields.includes(f);
  const defaults: Values = {
    name: unit.name,
    code: unit.code,
    place: unit.place ?? "",
    officialMembers: String(unit.roll.officialMembers),
    totalMembers: String(unit.roll.totalMembers),
    committeeMembers: String(unit.roll.committeeMembers),
    hasYouthUnion: unit.roll.hasYouthUnion,
    effectiveFrom: today,
    note: "",
  };
  const { form, onSubmit, pending, formError, notice, errorOf, fieldProps } = useActionForm<Values, number>({
    schema: ZUnitPatch,
    toBody: (v) => ({
      version: unit.version,
      ...(may("name") ? { name: v.name } : {}),
      ...(may("code") ? { code: v.code } : {}),
      ...(may("place") ? { place: v.place } : {}),
      ...(may("roll")
        ? {
            officialMembers: v.officialMembers,
            totalMembers: v.totalMembers,
            committeeMembers: v.committeeMembers,
            hasYouthUnion: v.hasYouthUnion,
            effectiveFrom: v.effectiveFrom,
            note: v.note,
          }
        : {}),
    }),
    action: (body) => submit(unit.id, body),
    defaultValues: defaults,
    isField: (path) => ["name", "code", "place", "officialMembers", "totalMembers", "committeeMembers", "effectiveFrom", "note"].includes(path),
    notice: t("units.saved"),
  });
  const { register } = form;
  const number = (name: "officialMembers" | "totalMembers" | "committeeMembers") => (
    <Field id={`unit-${name}`} label={t(`units.${name}`)} error={errorOf(name)} required>
      <input {...register(name)} {...fieldProps(name, `unit-${name}`)} defaultValue={defaults[name]} inputMode="numeric" className={inputClass} />
    </Field>
  );
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4" data-testid="unit-edit-form">
      {may("name") || may("code") || may("place") ? (
        <div className="grid gap-3 sm:grid-cols-[8rem_1fr]">
          {may("code") ? (
            <Field id="unit-code" label={t("units.code")} error={errorOf("code")} required>
              <input {...register("code")} {...fieldProps("code", "unit-code")} defaultValue={defaults.code} maxLength={40} className={inputClass} />
            </Field>
          ) : null}
          {may("name") ? (
            <Field id="unit-name" label={t("units.name")} error={errorOf("name")} required>
              <input {...register("name")} {...fieldProps("name", "unit-name")} defaultValue={defaults.name} maxLength={200} className={inputClass} />
            </Field>
          ) : null}
          {may("place") ? (
            <div className="sm:col-span-2">
              <Field id="unit-place" label={t("units.place")} error={errorOf("place")} hint={t("units.placeInherited")}>
                <input {...register("place")} {...fieldProps("place", "unit-place")} defaultValue={defaults.place} maxLength={80} className={inputClass} />
              </Field>
            </div>
          ) : null}
        </div>
      ) : null}
      {may("roll") ? (
        <fieldset className="flex flex-col gap-3 rounded-md border border-stone-200 p-3">
          <legend className="px-1 text-sm font-semibold">{t("units.roll")}</legend>
          <p className="text-xs text-stone-600">{fields.length === 1 ? t("units.rollOnlyHelp") : t("units.editHelp")}</p>
          <div className="grid gap-3 sm:grid-cols-3">
            {number("officialMembers")}
            {number("totalMembers")}
            {number("committeeMembers")}
          </div>
          <label className="flex min-h-10 items-center gap-2 text-sm">
            <input
              type="checkbox"
              {...register("hasYouthUnion")}
              defaultChecked={defaults.hasYouthUnion}
              className="h-5 w-5 accent-brand-700"
              data-testid="unit-hasYouthUnion"
            />
            {t("units.hasYouthUnion")}
          </label>
          <div className="grid gap-3 sm:grid-cols-[12rem_1fr]">
            <Field id="unit-effectiveFrom" label={t("units.effectiveFrom")} error={errorOf("effectiveFrom")} required>
              <DateInput
                {...register("effectiveFrom")}
                {...fieldProps("effectiveFrom", "unit-effectiveFrom")}
                defaultValue={defaults.effectiveFrom}
                placeholder={t("field.datePlaceholder")}
                className={inputClass}
              />
            </Field>
            <Field id="unit-note" label={t("units.note")} error={errorOf("note")}>
              <input
                {...register("note")}
                {...fieldProps("note", "unit-note")}
                maxLength={500}
                placeholder={t("units.notePlaceholder")}
                className={inputClass}
              />
            </Field>
          </div>
        </fieldset>
      ) : null}
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={pending} data-testid="unit-save">
          {t("units.save")}
        </Button>
        <FormMessage error={formError} notice={notice} testId="unit-edit-message" />
      </div>
    </form>
  );
}
