"use client";

import { useState } from "react";
import { StageBadgeClient } from "@/components/candidates/stage-badge-client";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import type { ActionResult } from "@/lib/api/action-result";
import type { StageCode } from "@/lib/domain/stages";
import { translateValidation } from "@/lib/i18n/translate-validation";
import { useTranslate } from "@/lib/i18n/use-translate";
import { ZEnrol, ZResults } from "@/lib/validation/course";

type Line = { candidateId: string; ok: boolean; code?: string; details?: { path: string; message: string }[] };
type Answer = ActionResult<{ lines: Line[] }>;
interface Enrolment {
  candidateId: string;
  fullName: string;
  stage: StageCode;
  unitName: string;
  result: string;
  certificateNumber: string | null;
}
/** The ticked boxes of `candidateId`: react-hook-form gives a list, one value, or false for a single box. */
type EnrolValues = { candidateId: string[] | string | false; date: string };
/** A result and a certificate number per enrolment, named `result.<id>` and `number.<id>`. */
type ResultValues = { result: Record<string, string>; number: Record<string, string>; certificateDate: string };

const RESULTS = ["PASSED", "FAILED", "ABSENT"] as const;
const ticked = (value: EnrolValues["candidateId"]) => [value].flat().filter((v): v is string => typeof v === "string" && v !== "");
// The one certificate date is copied into every row sent: its complaint, whichever the row, belongs beside it.
const isCertificateDate = (path: string) => /^results\.\d+\.certificateDate$/.test(path);

/** Enrol many at once, then record results and certificate numbers for the whole class. */
export function EnrolmentManager(props: {
  courseId: string;
  kind: "AWARENESS" | "NEW_MEMBER";
  enrolments: Enrolment[];
  eligible: { id: string; fullName: string; unitName: string }[];
  defaults: { date: string; certificateDate: string };
  enrol: (courseId: string, input: unknown) => Promise<Answer>;
  record: (courseId: string, input: unknown) => Promise<Answer>;
}) {
  const t = useTranslate();
  const [lines, setLines] = useState<(Line & { name: string })[] | null>(null);
  const names = new Map([...props.enrolments.map((e) => [e.candidateId, e.fullName] as const), ...props.eligible.map((e) => [e.id, e.fullName] as const)]);
  const enrolled = new Set(props.enrolments.map((e) => e.candidateId));
  // Each candidate is checked on their own: the answer lists, person by person, who passed the checks.
  const showLines = ({ lines }: { lines: Line[] }) => setLines(lines.map((l) => ({ ...l, name: names.get(l.candidateId) ?? l.candidateId })));

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
  const resultsForm = useActionForm({
    schema: ZResults,
    // Only the rows given a result are sent.
    toBody: (values: ResultValues) => ({
      results: props.enrolments
        .filter((e) => values.result?.[e.candidateId])
        .map((e) => ({
          candidateId: e.candidateId,
          result: values.result[e.candidateId],
          certificateNumber: values.number?.[e.candidateId] || null,
          certificateDate: values.certificateDate || null,
        })),
    }),
    action: (body) => props.record(props.courseId, body),
    defaultValues: { certificateDate: props.defaults.certificateDate },
    isField: isCertificateDate,
    onSuccess: showLines,
    invalidMessage: null,
  });
  const certificateDateError = resultsForm.errorOf(...props.enrolments.map((_, i) => `results.${i}.certificateDate`));

  const waiting = props.eligible.filter((c) => !enrolled.has(c.id));
  const error = resultsForm.formError ?? enrolForm.formError;
  return (
    <div className="flex flex-col gap-5">
      {lines ? (
        <ul className="rounded-md border border-stone-200 p-2 text-sm" data-testid="class-results">
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
      {error ? (
        <p className="text-sm text-brand-700" role="alert">
          {error}
        </p>
      ) : null}
      {props.enrolments.length ? (
        <form onSubmit={resultsForm.onSubmit} noValidate className="flex flex-col gap-2" data-testid="results-form">
          <table className="w-full text-sm">
            <tbody className="divide-y divide-stone-100">
              {props.enrolments.map((e) => (
                <tr key={e.candidateId}>
                  <td className="py-2 font-semibold">{e.fullName}</td>
                  <td className="py-2 text-stone-600">{e.unitName}</td>
                  <td className="py-2">
                    <StageBadgeClient stage={e.stage} />
                  </td>
                  <td className="py-2">
                    <select
                      {...resultsForm.form.register(`result.${e.candidateId}`)}
                      defaultValue=""
                      className="min-h-9 rounded-md border border-stone-300 px-2"
                      aria-label={`${t("classes.result")} ${e.fullName}`}
                    >
                      <option value="">{t(`classes.resultValue.${e.result}`)}</option>
                      {RESULTS.map((r) => (
                        <option key={r} value={r}>
                          {t(`classes.resultValue.${r}`)}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td className="py-2">
                    <input
                      {...resultsForm.form.register(`number.${e.candidateId}`)}
                      defaultValue={e.certificateNumber ?? ""}
                      placeholder={t("pipeline.field.certificateNumber")}
                      className="min-h-9 w-36 rounded-md border border-stone-300 px-2"
                      aria-label={`${t("pipeline.field.certificateNumber")} ${e.fullName}`}
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <div className="flex flex-wrap items-end gap-2">
            <Field id="results-certificateDate" label={t("pipeline.field.certificateDate")} error={certificateDateError}>
              <input
                {...resultsForm.form.register("certificateDate")}
                id="results-certificateDate"
                aria-invalid={certificateDateError ? true : undefined}
                aria-describedby={certificateDateError ? "results-certificateDate-error" : undefined}
                placeholder={t("field.datePlaceholder")}
                className={inputClass}
              />
            </Field>
            <Button type="submit" disabled={resultsForm.pending} data-testid="results-submit">
              {t("classes.saveResults")}
            </Button>
          </div>
        </form>
      ) : null}
      {waiting.length ? (
        <form onSubmit={enrolForm.onSubmit} noValidate className="flex flex-col gap-2 border-t border-stone-200 pt-4" data-testid="enrol-form">
          <p className="text-sm font-semibold">{t("classes.enrolTitle")}</p>
          <div className="grid gap-1 sm:grid-cols-2">
            {waiting.map((c) => (
              <label key={c.id} className="flex items-center gap-2 text-sm">
                <input type="checkbox" {...enrolForm.form.register("candidateId")} value={c.id} className="h-4 w-4 accent-brand-700" />
                {c.fullName} <span className="text-stone-500">· {c.unitName}</span>
              </label>
            ))}
          </div>
          <div className="flex flex-wrap items-end gap-2">
            <Field id="enrol-date" label={t("pipeline.field.date")} error={enrolForm.errorOf("date")}>
              <input
                {...enrolForm.form.register("date")}
                {...enrolForm.fieldProps("date", "enrol-date")}
                placeholder={t("field.datePlaceholder")}
                className={inputClass}
              />
            </Field>
            <Button type="submit" disabled={enrolForm.pending} data-testid="enrol-submit">
              {t("classes.enrol")}
            </Button>
          </div>
        </form>
      ) : null}
    </div>
  );
}
