"use client";

import { StageBadgeClient } from "@/components/candidates/stage-badge-client";
import { DateInput } from "@/components/forms/date-input";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import type { ActionResult } from "@/lib/api/action-result";
import type { StageCode } from "@/lib/domain/stages";
import { useTranslate } from "@/lib/i18n/use-translate";
import { ZResults } from "@/lib/validation/course";

export type ClassLine = { candidateId: string; ok: boolean; code?: string; details?: { path: string; message: string }[] };
export interface Enrolment {
  candidateId: string;
  fullName: string;
  stage: StageCode;
  unitName: string;
  result: string;
  certificateNumber: string | null;
}
/** A result and a certificate number per enrolment, named `result.<id>` and `number.<id>`. */
type ResultValues = { result: Record<string, string>; number: Record<string, string>; certificateDate: string };

const RESULTS = ["PASSED", "FAILED", "ABSENT"] as const;
// The one certificate date is copied into every row sent: its complaint, whichever the row, belongs beside it.
const isCertificateDate = (path: string) => /^results\.\d+\.certificateDate$/.test(path);

/** Who a learner is: name, unit, stage. */
function Learner({ e }: { e: Enrolment }) {
  return (
    <div className="flex min-w-0 flex-col gap-1">
      <span className="font-semibold text-stone-900" data-testid="learner-name">
        {e.fullName}
      </span>
      <span className="text-sm text-stone-600">{e.unitName}</span>
      <span>
        <StageBadgeClient stage={e.stage} />
      </span>
    </div>
  );
}

/** The learners with their results, read only: for a reader who enrols in a class but does not grade it. */
export function ResultsList({ enrolments }: { enrolments: Enrolment[] }) {
  const t = useTranslate();
  return (
    <ul className="divide-y divide-stone-100" data-testid="results-list">
      {enrolments.map((e) => (
        <li key={e.candidateId} className="grid gap-2 py-3 sm:grid-cols-[minmax(0,1fr)_minmax(0,1fr)] sm:items-start" data-testid="result-row">
          <Learner e={e} />
          <p className="text-sm text-stone-700">
            {t("classes.result")}: {t(`classes.resultValue.${e.result}`)}
            {e.certificateNumber ? ` · ${t("pipeline.field.certificateNumber")}: ${e.certificateNumber}` : ""}
          </p>
        </li>
      ))}
    </ul>
  );
}

/** Results and certificate numbers for the whole class at once; one certificate date for all of them. */
export function ResultsForm({
  courseId,
  enrolments,
  certificateDate,
  record,
  onLines,
}: {
  courseId: string;
  enrolments: Enrolment[];
  certificateDate: string;
  record: (courseId: string, input: unknown) => Promise<ActionResult<{ lines: ClassLine[] }>>;
  onLines: (answer: { lines: ClassLine[] }) => void;
}) {
  const t = useTranslate();
  const { form, onSubmit, pending, formError, errorOf } = useActionForm({
    schema: ZResults,
    // Only the rows given a result are sent.
    toBody: (values: ResultValues) => ({
      results: enrolments
        .filter((e) => values.result?.[e.candidateId])
        .map((e) => ({
          candidateId: e.candidateId,
          result: values.result[e.candidateId],
          certificateNumber: values.number?.[e.candidateId] || null,
          certificateDate: values.certificateDate || null,
        })),
    }),
    action: (body) => record(courseId, body),
    defaultValues: { certificateDate },
    isField: isCertificateDate,
    onSuccess: onLines,
    invalidMessage: null,
  });
  const dateError = errorOf(...enrolments.map((_, i) => `results.${i}.certificateDate`));

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-2" data-testid="results-form">
      <p className="text-sm text-stone-600">{t("classes.resultsHint")}</p>
      <ul className="divide-y divide-stone-100">
        {enrolments.map((e) => {
          const resultId = `result-${e.candidateId}`;
          const numberId = `number-${e.candidateId}`;
          return (
            <li
              key={e.candidateId}
              className="grid gap-3 py-3 sm:grid-cols-[minmax(0,1fr)_minmax(0,12rem)_minmax(0,12rem)] sm:items-start"
              data-testid="result-row"
            >
              <Learner e={e} />
              <div className="flex flex-col gap-1">
                <label htmlFor={resultId} className="text-sm font-semibold text-stone-700">
                  {t("classes.result")}
                  <span className="sr-only"> – {e.fullName}</span>
                </label>
                <select {...form.register(`result.${e.candidateId}`)} id={resultId} defaultValue="" className={inputClass}>
                  <option value="">{t(`classes.resultValue.${e.result}`)}</option>
                  {RESULTS.map((r) => (
                    <option key={r} value={r}>
                      {t(`classes.resultValue.${r}`)}
                    </option>
                  ))}
                </select>
              </div>
              <div className="flex flex-col gap-1">
                <label htmlFor={numberId} className="text-sm font-semibold text-stone-700">
                  {t("pipeline.field.certificateNumber")}
                  <span className="sr-only"> – {e.fullName}</span>
                </label>
                <input {...form.register(`number.${e.candidateId}`)} id={numberId} defaultValue={e.certificateNumber ?? ""} className={inputClass} />
              </div>
            </li>
          );
        })}
      </ul>
      {formError ? (
        <p className="text-sm text-brand-700" role="alert">
          {formError}
        </p>
      ) : null}
      <div className="flex flex-col gap-3 border-t border-stone-200 pt-3 sm:flex-row sm:items-start">
        <Field id="results-certificateDate" label={t("pipeline.field.certificateDate")} error={dateError}>
          <DateInput
            {...form.register("certificateDate")}
            id="results-certificateDate"
            aria-invalid={dateError ? true : undefined}
            aria-describedby={dateError ? "results-certificateDate-error" : undefined}
            className={inputClass}
          />
        </Field>
        <Button type="submit" disabled={pending} className="min-h-11 w-full sm:mt-6 sm:min-h-10 sm:w-auto" data-testid="results-submit">
          {t("classes.saveResults")}
        </Button>
      </div>
    </form>
  );
}
