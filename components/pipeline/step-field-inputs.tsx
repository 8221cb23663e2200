"use client";

import type { FieldValues } from "react-hook-form";
import { DateInput } from "@/components/forms/date-input";
import type { useActionForm } from "@/components/forms/use-action-form";
import { Field, inputClass } from "@/components/ui/field";
import type { ClassPeriod } from "@/lib/domain/rules/awareness-classes";
import { useTranslate } from "@/lib/i18n/use-translate";
import { CourseSelect } from "./course-select";
import type { StepField } from "./step-fields";
import { INTRODUCER_KINDS, INTRODUCER_ROWS } from "./step-result";

export interface StepDefaults {
  date: string;
  membersOnRoll: number;
  committeeMembers: number;
}

/** What the inputs need of the step form's hook (useActionForm). */
export type StepFormBinding = Pick<ReturnType<typeof useActionForm<FieldValues>>, "form" | "errorOf" | "fieldProps">;

interface Props {
  fields: readonly StepField[];
  binding: StepFormBinding;
  defaults: StepDefaults;
  courses?: ClassPeriod[];
  mayOpenClasses?: boolean;
  /** Prefix of the inputs' ids, so that two step forms on one page do not clash. */
  idPrefix: string;
}

/**
 * The inputs of a step's form, as its stage module declares them (lib/domain/pipeline), each
 * registered under the body's field name with its error beside it (`<id>-error`).
 */
export function StepFieldInputs({ fields, binding, defaults, courses = [], mayOpenClasses = false, idPrefix }: Props) {
  const t = useTranslate();
  const { form, errorOf, fieldProps } = binding;
  const control = (f: StepField) => {
    const id = `${idPrefix}-${f.name}`;
    if (f.kind === "roll") {
      // Not registered, no name: the roll on record is the vote's base and is not sent with it.
      const invalid = errorOf(f.name) !== undefined;
      return (
        <input
          id={id}
          readOnly
          aria-readonly
          aria-invalid={invalid || undefined}
          aria-describedby={invalid ? `${id}-error` : undefined}
          value={String(f.label === "committeeMembers" ? defaults.committeeMembers : defaults.membersOnRoll)}
          className={`${inputClass} bg-stone-100`}
        />
      );
    }
    const common = { ...form.register(f.name), ...fieldProps(f.name, id), className: inputClass, required: f.required };
    if (f.kind === "course") return <CourseSelect {...common} binding={binding} courses={courses} today={defaults.date} mayOpenClasses={mayOpenClasses} />;
    // The step's date is prefilled with today in the server's HTML too, not only once React has hydrated.
    if (f.kind === "date")
      return <DateInput {...common} defaultValue={f.name === "date" ? defaults.date : undefined} placeholder={t("field.datePlaceholder")} />;
    return <input {...common} inputMode={f.kind === "text" ? undefined : "numeric"} />;
  };
  return (
    <div className="grid gap-3 sm:grid-cols-2">
      {fields.map((f) => (
        <Field
          key={f.name}
          id={`${idPrefix}-${f.name}`}
          label={t(`pipeline.field.${f.label}`)}
          error={errorOf(f.name)}
          required={f.required}
          hint={f.kind === "roll" ? t("pipeline.rollOnRecord") : undefined}
        >
          {control(f)}
        </Field>
      ))}
    </div>
  );
}

/** The introductions the branch vote records: two rows (members, or a union and a member), `introducers.<row>.<key>`. */
export function IntroducerInputs({ binding, idPrefix }: { binding: StepFormBinding; idPrefix: string }) {
  const t = useTranslate();
  const { form, errorOf, fieldProps } = binding;
  const input = (i: number, key: "name" | "officialSince" | "knownSince" | "documentDate") => {
    const path = `introducers.${i}.${key}`;
    const id = `${idPrefix}-introducers-${i}-${key}`;
    const props = { ...form.register(path), ...fieldProps(path, id), className: inputClass };
    return (
      <Field key={key} id={id} label={t(`pipeline.field.${key === "name" ? "introducerName" : key}`)} error={errorOf(path)}>
        {key === "name" ? <input {...props} /> : <DateInput {...props} placeholder={t("field.datePlaceholder")} />}
      </Field>
    );
  };
  return (
    <fieldset className="flex flex-col gap-3 rounded-md border border-stone-200 p-3">
      <legend className="px-1 text-sm font-semibold">{t("pipeline.field.introducers")}</legend>
      {INTRODUCER_ROWS.map((i) => {
        const kindId = `${idPrefix}-introducers-${i}-kind`;
        return (
          <fieldset
            key={i}
            className="grid gap-3 border-t border-stone-100 pt-3 first-of-type:border-t-0 first-of-type:pt-0 sm:grid-cols-2 lg:grid-cols-5"
            data-testid={`introducer-${i}`}
          >
            <legend className="text-sm font-semibold text-stone-800 sm:col-span-2 lg:col-span-5">{t("pipeline.introducerRow", { n: i + 1 })}</legend>
            <Field id={kindId} label={t("pipeline.field.introducerKind")} error={errorOf(`introducers.${i}.kind`)}>
              <select {...form.register(`introducers.${i}.kind`)} {...fieldProps(`introducers.${i}.kind`, kindId)} className={inputClass}>
                {INTRODUCER_KINDS.map((k) => (
                  <option key={k} value={k}>
                    {t(`pipeline.introducerKind.${k}`)}
                  </option>
                ))}
              </select>
            </Field>
            {input(i, "name")}
            {input(i, "officialSince")}
            {input(i, "knownSince")}
            {input(i, "documentDate")}
          </fieldset>
        );
      })}
    </fieldset>
  );
}
