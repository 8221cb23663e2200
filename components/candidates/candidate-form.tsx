"use client";

import { useRouter } from "next/navigation";
import type { z } from "zod";
import { DateInput } from "@/components/forms/date-input";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button, ButtonLink } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import type { ActionResult } from "@/lib/api/action-result";
import { EDUCATION_LEVELS, OCCUPATION_GROUPS, SEXES } from "@/lib/domain/codes";
import { useTranslate } from "@/lib/i18n/use-translate";
import { ZCandidateCreate, ZCandidateFields } from "@/lib/validation/candidate";

/** The create form's fields; the edit form has the same without `sourceDate`. */
type FormValues = z.input<typeof ZCandidateCreate>;

export interface UnitChoice {
  id: string;
  name: string;
}

interface Props {
  units: UnitChoice[];
  defaults: Partial<FormValues>;
  /** Create: send the fields. Edit: the page binds the id and version. Answers the record's id. */
  submit: (values: unknown) => Promise<ActionResult<string>>;
  cancelHref: string;
  /** A new record asks when the person entered the source list. */
  creating?: boolean;
}

const TEXT_FIELDS = ["ethnicity", "religion", "generalEducation", "occupation", "nationalId", "phone", "residence", "hometown"] as const;
const FLAGS = ["youthUnionMember", "tradeUnionMember", "returningConscript", "readmission"] as const;

/**
 * The candidate's personal record. The same zod schema checks it here, as the user types, and
 * again on the server; server-only problems (a duplicate national ID) come back as field errors
 * on the same form, and a stale version as the form-level message.
 */
export function CandidateForm({ units, defaults, submit, cancelHref, creating = false }: Props) {
  const t = useTranslate();
  const router = useRouter();
  const { form, onSubmit, pending, formError, errorOf, fieldProps } = useActionForm<FormValues, string>({
    schema: creating ? ZCandidateCreate : ZCandidateFields,
    action: submit,
    defaultValues: defaults,
    onSuccess: (id) => router.push(`/candidates/${id}`),
  });
  const { register } = form;

  return (
    <form onSubmit={onSubmit} className="flex flex-col gap-5" noValidate data-testid="candidate-form">
      {formError ? (
        <p className="rounded-md bg-brand-50 px-3 py-2 text-sm text-brand-800" data-testid="form-error">
          {formError}
        </p>
      ) : null}
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="fullName" label={t("field.fullName")} error={errorOf("fullName")} required>
          <input {...register("fullName")} {...fieldProps("fullName")} className={inputClass} autoComplete="off" />
        </Field>
        <Field id="unitId" label={t("field.unitId")} error={errorOf("unitId")} required>
          <select {...register("unitId")} {...fieldProps("unitId")} className={inputClass}>
            <option value="">{t("form.chooseUnit")}</option>
            {units.map((u) => (
              <option key={u.id} value={u.id}>
                {u.name}
              </option>
            ))}
          </select>
        </Field>
        <Field id="sex" label={t("field.sex")} error={errorOf("sex")} required>
          <select {...register("sex")} {...fieldProps("sex")} className={inputClass}>
            <option value="">{t("form.choose")}</option>
            {SEXES.map((s) => (
              <option key={s} value={s}>
                {t(`sex.${s}`)}
              </option>
            ))}
          </select>
        </Field>
        <Field id="birthDate" label={t("field.birthDate")} error={errorOf("birthDate")} required>
          <DateInput {...register("birthDate")} {...fieldProps("birthDate")} className={inputClass} placeholder={t("field.datePlaceholder")} />
        </Field>
        <Field id="educationLevel" label={t("field.educationLevel")} error={errorOf("educationLevel")} required>
          <select {...register("educationLevel")} {...fieldProps("educationLevel")} className={inputClass}>
            <option value="">{t("form.choose")}</option>
            {EDUCATION_LEVELS.map((e) => (
              <option key={e} value={e}>
                {t(`education.${e}`)}
              </option>
            ))}
          </select>
        </Field>
        <Field id="occupationGroup" label={t("field.occupationGroup")} error={errorOf("occupationGroup")} required>
          <select {...register("occupationGroup")} {...fieldProps("occupationGroup")} className={inputClass}>
            <option value="">{t("form.choose")}</option>
            {OCCUPATION_GROUPS.map((o) => (
              <option key={o} value={o}>
                {t(`occupation.${o}`)}
              </option>
            ))}
          </select>
        </Field>
        {creating ? (
          <Field id="sourceDate" label={t("field.sourceDate")} error={errorOf("sourceDate")} hint={t("field.sourceDateHint")}>
            <DateInput {...register("sourceDate")} {...fieldProps("sourceDate")} className={inputClass} placeholder={t("field.datePlaceholder")} />
          </Field>
        ) : null}
        {TEXT_FIELDS.map((name) => (
          <Field
            key={name}
            id={name}
            label={t(`field.${name}`)}
            error={errorOf(name)}
            hint={name === "religion" ? t("field.religionHint") : name === "generalEducation" ? t("field.generalEducationHint") : undefined}
          >
            <input
              {...register(name)}
              {...fieldProps(name)}
              className={inputClass}
              inputMode={name === "nationalId" || name === "phone" ? "numeric" : undefined}
            />
          </Field>
        ))}
      </div>
      <fieldset className="grid gap-2 sm:grid-cols-2">
        {FLAGS.map((name) => (
          <label key={name} className="flex min-h-10 items-center gap-2 text-sm">
            <input type="checkbox" {...register(name)} className="h-5 w-5 accent-brand-700" />
            {t(`field.${name}`)}
          </label>
        ))}
      </fieldset>
      <Field id="note" label={t("field.note")} error={errorOf("note")}>
        <textarea {...register("note")} {...fieldProps("note")} rows={3} className={inputClass} />
      </Field>
      <div className="flex gap-2">
        <Button type="submit" disabled={pending} data-testid="save">
          {pending ? t("form.saving") : t("form.save")}
        </Button>
        <ButtonLink href={cancelHref} variant="secondary">
          {t("form.cancel")}
        </ButtonLink>
      </div>
    </form>
  );
}
