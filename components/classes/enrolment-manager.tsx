"use client";

import { useState } from "react";
import { DateInput } from "@/components/forms/date-input";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import type { ActionResult } from "@/lib/api/action-result";
import { translateValidation } from "@/lib/i18n/translate-validation";
import { useTranslate } from "@/lib/i18n/use-translate";
import { ZEnrol } from "@/lib/validation/course";
import { ResultsForm, ResultsList, type ClassLine, type Enrolment } from "./results-form";

type Answer = ActionResult<{ lines: ClassLine[] }>;
/** The ticked boxes of `candidateId`: react-hook-form gives a list, one value, or false for a single box. */
type EnrolValues = { candidateId: string[] | string | false; date: string };

const ticked = (value: EnrolValues["candidateId"]) => [value].flat().filter((v): v is string => typeof v === "string" && v !== "");

/**
 * Enrol many at once, then record results and certificate numbers for the whole class. Results are
 * the organising committee's to record (`canRecord`); others see them read only.
 */
export function EnrolmentManager(props: {
  courseId: string;
  enrolments: Enrolment[];
  eligible: { id: string; fullName: string; unitName: string }[];
  defaults: { date: string; certificateDate: string };
  canRecord: boolean;
  enrol: (courseId: string, input: unknown) => Promise<Answer>;
  record: (courseId: string, input: unknown) => Promise<Answer>;
}) {
  const t = useTranslate();
  const [lines, setLines] = useState<(ClassLine & { name: string })[] | null>(null);
  const names = new Map([...props.enrolments.map((e) => [e.candidateId, e.fullName] as const), ...props.eligible.map((e) => [e.id, e.fullName] as const)]);
  const enrolled = new Set(props.enrolments.map((e) => e.candidateId));
  // Each candidate is checked on their own: the answer lists, person by person, who passed the checks.
  const showLines = ({ lines }: { lines: ClassLine[] }) => setLines(lines.map((l) => ({ ...l, name: names.get(l.candidateId) ?? l.candidateId })));

  const enrolForm = useActionForm({
    schema: ZEnrol,
    toBody: (values: EnrolValues) => ({ candidateIds: ticked(values.candidateId), date: values.date }),
    action: (body) => props.enrol(props.courseId, body),
    defaultValues: { candidateId: [], date: props.defaults.date },
    onSuccess: showLines,
    // The enrolled leave the list of boxes: start again from none ticked.
    resetOnSuccess: true,
    invalidMessage: null,
  });

  const waiting = props.eligible.filter((c) => !enrolled.has(c.id));
  return (
    <div className="flex flex-col gap-5">
      {lines ? (
        <ul className="rounded-md border border-stone-200 p-2 text-sm" data-testid="class-results" aria-live="polite">
          {lines.map((l) => (
            <li key={l.candidateId} className={l.ok ? "text-emerald-800" : "text-brand-800"}>
              {l.ok ? "✓" : "✗"} {l.name}
              {l.ok
                ? ""
                : `: ${(l.details ?? []).map((d) => translateValidation(t, d.message)).join("; ") || t(`errors.${l.code ?? "INTERNAL"}`, { eventId: "" })}`}
            </li>
          ))}
        </ul>
      ) : null}
      {props.enrolments.length === 0 ? (
        <p className="text-sm text-stone-600" data-testid="no-learners">
          {t("classes.noneMine")}
        </p>
      ) : props.canRecord ? (
        <ResultsForm
          courseId={props.courseId}
          enrolments={props.enrolments}
          certificateDate={props.defaults.certificateDate}
          record={props.record}
          onLines={showLines}
        />
      ) : (
        <ResultsList enrolments={props.enrolments} />
      )}
      <section aria-labelledby="enrol-title" className="flex flex-col gap-2 border-t border-stone-200 pt-4">
        <h3 id="enrol-title" className="text-sm font-semibold text-stone-900">
          {t("classes.enrolTitle")}
        </h3>
        {waiting.length ? (
          <form onSubmit={enrolForm.onSubmit} noValidate className="flex flex-col gap-2" data-testid="enrol-form">
            <p className="text-sm text-stone-600">{t("classes.enrolHint")}</p>
            <div className="grid gap-x-4 sm:grid-cols-2">
              {waiting.map((c) => (
                <label key={c.id} className="flex min-h-10 cursor-pointer items-center gap-2 py-1 text-sm">
                  <input type="checkbox" {...enrolForm.form.register("candidateId")} value={c.id} className="h-6 w-6 shrink-0 accent-brand-700" />
                  <span className="min-w-0">
                    {c.fullName} <span className="text-stone-600">· {c.unitName}</span>
                  </span>
                </label>
              ))}
            </div>
            {enrolForm.formError ? (
              <p className="text-sm text-brand-700" role="alert">
                {enrolForm.formError}
              </p>
            ) : null}
            <div className="flex flex-col gap-3 sm:flex-row sm:items-start">
              <Field id="enrol-date" label={t("classes.enrolDate")} error={enrolForm.errorOf("date")}>
                <DateInput {...enrolForm.form.register("date")} {...enrolForm.fieldProps("date", "enrol-date")} className={inputClass} />
              </Field>
              <Button type="submit" disabled={enrolForm.pending} className="min-h-11 w-full sm:mt-6 sm:min-h-10 sm:w-auto" data-testid="enrol-submit">
                {t("classes.enrol")}
              </Button>
            </div>
          </form>
        ) : (
          <p className="text-sm text-stone-600" data-testid="none-to-enrol">
            {t("classes.noneWaiting")}
          </p>
        )}
      </section>
    </div>
  );
}
