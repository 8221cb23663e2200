"use client";

import { useState } from "react";
import { useForm, type FieldPath } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Button, ButtonLink } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import type { ActionResult } from "@/lib/api/action-result";
import { EDUCATION_LEVELS, OCCUPATION_GROUPS, SEXES } from "@/lib/domain/codes";
import { translateValidation } from "@/lib/i18n/translate-validation";
import { ZCandidateCreate, ZCandidateFields } from "@/lib/validation/candidate";
import type { z } from "zod";

type FormInput = z.input<typeof ZCandidateCreate>;
type FormOutput = z.output<typeof ZCandidateCreate>;

export interface UnitChoice {
  id: string;
  name: string;
}

interface Props {
  units: UnitChoice[];
  defaults: Partial<FormInput>;
  /** Create: send the fields. Edit: the page binds the id and version. */
  submit: (values: FormOutput) => Promise<ActionResult<string>>;
  cancelHref: string;
  /** A new record asks when the person entered the source list. */
  creating?: boolean;
}

const TEXT_FIELDS = ["ethnicity", "religion", "generalEducation", "occupation", "nationalId", "phone", "residence", "hometown"] as const;
const FLAGS = ["youthUnionMember", "tradeUnionMember", "returningConscript", "readmission"] as const;

/**
 * The candidate's personal record. The same zod schema checks it here, as the user types, and
 * again on the server; server-only problems (a duplicate national ID, a stale version) come back
 * as field errors on the same form.
 */
export function CandidateForm({ units, defaults, submit, cancelHref, creating = false }: Props) {
  const t = useTranslations();
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<FormInput, unknown, FormOutput>({ resolver: zodResolver(creating ? ZCandidateCreate : (ZCandidateFields as unknown as typeof ZCandidateCreate)), defaultValues: defaults, mode: "onSubmit", reValidateMode: "onChange" });

  const tr = (key: string, params?: Record<string, string | number>) => (t as unknown as (k: string, p?: Record<string, string | number>) => string)(key, params);
  const errorOf = (name: FieldPath<FormInput>) => {
    const message = errors[name]?.message;
    return typeof message === "string" ? translateValidation(tr, message) : undefined;
  };
  const aria = (name: FieldPath<FormInput>) => ({ id: name, "aria-invalid": errors[name] ? true : undefined, "aria-describedby": errors[name] ? `${name}-error` : undefined });

  async function onValid(values: FormOutput) {
    setFormError(null);
    const result = await submit(values);
    if (result.ok) {
      router.push(`/candidates/${result.data}`);
      router.refresh();
      return;
    }
    for (const detail of result.details) {
      if (detail.path && detail.path !== "version") setError(detail.path as FieldPath<FormInput>, { message: detail.message });
    }
    const staleOrOther = result.details.find((d) => d.path === "version");
    setFormError(staleOrOther ? translateValidation(tr, staleOrOther.message) : tr(`errors.${result.messageKey}`, { eventId: result.ok ? "" : (result.eventId ?? "") }));
  }

  return (
    <form onSubmit={handleSubmit(onValid, () => setFormError(t("form.fixErrors")))} className="flex flex-col gap-5" noValidate data-testid="candidate-form">
      {formError ? (
        <p className="rounded-md bg-brand-50 px-3 py-2 text-sm text-brand-800" data-testid="form-error">
          {formError}
        </p>
      ) : null}
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="fullName" label={t("field.fullName")} error={errorOf("fullName")} required>
          <input {...register("fullName")} {...aria("fullName")} className={inputClass} autoComplete="off" />
        </Field>
        <Field id="unitId" label={t("field.unitId")} error={errorOf("unitId")} required>
          <select {...register("unitId")} {...aria("unitId")} className={inputClass}>
            <option value="">{t("form.chooseUnit")}</option>
            {units.map((u) => (
              <option key={u.id} value={u.id}>
                {u.name}
              </option>
            ))}
          </select>
        </Field>
        <Field id="sex" label={t("field.sex")} error={errorOf("sex")} required>
          <select {...register("sex")} {...aria("sex")} className={inputClass}>
            <option value="">{t("form.choose")}</option>
            {SEXES.map((s) => (
              <option key={s} value={s}>
                {t(`sex.${s}`)}
              </option>
            ))}
          </select>
        </Field>
        <Field id="birthDate" label={t("field.birthDate")} error={errorOf("birthDate")} required>
          <input {...register("birthDate")} {...aria("birthDate")} className={inputClass} placeholder={t("field.datePlaceholder")} inputMode="numeric" />
        </Field>
        <Field id="educationLevel" label={t("field.educationLevel")} error={errorOf("educationLevel")} required>
          <select {...register("educationLevel")} {...aria("educationLevel")} className={inputClass}>
            <option value="">{t("form.choose")}</option>
            {EDUCATION_LEVELS.map((e) => (
              <option key={e} value={e}>
                {t(`education.${e}`)}
              </option>
            ))}
          </select>
        </Field>
        <Field id="occupationGroup" label={t("field.occupationGroup")} error={errorOf("occupationGroup")} required>
          <select {...register("occupationGroup")} {...aria("occupationGroup")} className={inputClass}>
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
            <input {...register("sourceDate")} {...aria("sourceDate")} className={inputClass} placeholder={t("field.datePlaceholder")} inputMode="numeric" />
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
            <input {...register(name)} {...aria(name)} className={inputClass} inputMode={name === "nationalId" || name === "phone" ? "numeric" : undefined} />
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
        <textarea {...register("note")} {...aria("note")} rows={3} className={inputClass} />
      </Field>
      <div className="flex gap-2">
        <Button type="submit" disabled={isSubmitting} data-testid="save">
          {isSubmitting ? t("form.saving") : t("form.save")}
        </Button>
        <ButtonLink href={cancelHref} variant="secondary">
          {t("form.cancel")}
        </ButtonLink>
      </div>
    </form>
  );
}
