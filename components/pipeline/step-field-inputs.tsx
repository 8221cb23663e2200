"use client";

import type { FieldValues } from "react-hook-form";
import type { useActionForm } from "@/components/forms/use-action-form";
import { Field, inputClass } from "@/components/ui/field";
import { useTranslate } from "@/lib/i18n/use-translate";
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
  courses?: { id: string; name: string }[];
  /** Prefix of the inputs' ids, so that two step forms on one page do not clash. */
  idPrefix: string;
}

/**
 * The inputs of a step's form, as its stage module declares them (lib/domain/pipeline), each
 * registered under the body's field name with its error beside it (`<id>-error`).
 */
export function StepFieldInputs({ fields, binding, defaults, courses = [], idPrefix }: Props) {
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
    if (f.kind === "course")
      return (
        <select {...common}>
          <option value="">{t("form.choose")}</option>
          {courses.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </select>
      );
    // The step's date is prefilled with today in the server's HTML too, not only once React has hydrated.
    return (
      <input
        {...common}
        defaultValue={f.name === "date" ? defaults.date : undefined}
        inputMode={f.kind === "text" ? undefined : "numeric"}
        placeholder={f.kind === "date" ? t("field.datePlaceholder") : undefined}
      />
    );
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
  const input = (i: number, key: "name" | "officialSince" | "knownSince" | "documentDate", label: string) => {
    const path = `introducers.${i}.${key}`;
    const id = `${idPrefix}-introducers-${i}-${key}`;
    const error = errorOf(path);
    return (
      <div className="flex flex-col gap-1">
        <input {...form.register(path)} {...fieldProps(path, id)} aria-label={label} placeholder={label} className={inputClass} />
        {error ? (
          <p id={`${id}-error`} className="text-sm text-brand-700" aria-live="polite">
            {error}
          </p>
        ) : null}
      </div>
    );
  };
  return (
    <fieldset className="flex flex-col gap-3 rounded-md border border-stone-200 p-3">
      <legend className="px-1 text-sm font-semibold">{t("pipeline.field.introducers")}</legend>
      {INTRODUCER_ROWS.map((i) => {
        const kindId = `${idPrefix}-introducers-${i}-kind`;
        const kindError = errorOf(`introducers.${i}.kind`);
        return (
          <div key={i} className="grid gap-2 sm:grid-cols-5" data-testid={`introducer-${i}`}>
            <div className="flex flex-col gap-1">
              <select
                {...form.register(`introducers.${i}.kind`)}
                {...fieldProps(`introducers.${i}.kind`, kindId)}
                aria-label={t("pipeline.field.introducerKind")}
                className={inputClass}
              >
                {INTRODUCER_KINDS.map((k) => (
                  <option key={k} value={k}>
                    {t(`pipeline.introducerKind.${k}`)}
                  </option>
                ))}
              </select>
              {kindError ? (
                <p id={`${kindId}-error`} className="text-sm text-brand-700" aria-live="polite">
                  {kindError}
                </p>
              ) : null}
            </div>
            {input(i, "name", t("pipeline.field.introducerName"))}
            {input(i, "officialSince", t("pipeline.field.officialSince"))}
            {input(i, "knownSince", t("pipeline.field.knownSince"))}
            {input(i, "documentDate", t("pipeline.field.documentDate"))}
          </div>
        );
      })}
    </fieldset>
  );
}
