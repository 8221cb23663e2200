"use client";

import { useTranslations } from "next-intl";
import { Field, inputClass } from "@/components/ui/field";
import type { StepField } from "./step-fields";

export interface StepDefaults {
  date: string;
  membersOnRoll: number;
  committeeMembers: number;
}

interface Props {
  fields: readonly StepField[];
  errors: Record<string, string>;
  defaults: StepDefaults;
  courses?: { id: string; name: string }[];
  /** Prefix of the inputs' ids, so that two step forms on one page do not clash. */
  idPrefix: string;
}

/** The inputs of a step's form, as its stage module declares them (lib/domain/pipeline). */
export function StepFieldInputs({ fields, errors, defaults, courses = [], idPrefix }: Props) {
  const t = useTranslations();
  const control = (f: StepField) => {
    const id = `${idPrefix}-${f.name}`;
    const common = { id, name: f.name, "aria-invalid": errors[f.name] ? true : undefined, "aria-describedby": errors[f.name] ? `${id}-error` : undefined, className: inputClass, required: f.required } as const;
    if (f.kind === "course")
      return (
        <select {...common} defaultValue="">
          <option value="">{t("form.choose")}</option>
          {courses.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </select>
      );
    if (f.kind === "roll") {
      // No name: the roll on record is the vote's base and is not sent with it.
      const { name: _name, ...shown } = common;
      void _name;
      return <input {...shown} readOnly aria-readonly value={String(f.label === "committeeMembers" ? defaults.committeeMembers : defaults.membersOnRoll)} className={`${inputClass} bg-stone-100`} />;
    }
    return <input {...common} defaultValue={f.name === "date" ? defaults.date : ""} inputMode={f.kind === "text" ? undefined : "numeric"} placeholder={f.kind === "date" ? t("field.datePlaceholder") : undefined} />;
  };
  return (
    <div className="grid gap-3 sm:grid-cols-2">
      {fields.map((f) => (
        <Field key={f.name} id={`${idPrefix}-${f.name}`} label={t(`pipeline.field.${f.label}`)} error={errors[f.name]} required={f.required} hint={f.kind === "roll" ? t("pipeline.rollOnRecord") : undefined}>
          {control(f)}
        </Field>
      ))}
    </div>
  );
}
