"use client";

import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import type { ActionResult } from "@/lib/api/action-result";
import { translateValidation } from "@/lib/i18n/translate-validation";
import { useTranslate } from "@/lib/i18n/use-translate";
import { FormMessage } from "@/components/forms/form-message";

type Line = { candidateId: string; ok: boolean; details?: { path: string; message: string }[] };
/** One outcome and one essay note per candidate, named `outcome.<id>` and `essay.<id>`. */
type Values = { outcome: Record<string, string>; essay: Record<string, string> };

const OUTCOMES = ["PASSED", "ESSAY_RETEST", "ABSENT"] as const;

/** One row per candidate waiting for the test: pass, or essay and retest. */
export function TestResultsForm({
  sessionId,
  candidates,
  submit,
}: {
  sessionId: string;
  candidates: { id: string; fullName: string; unitName: string }[];
  submit: (id: string, input: unknown) => Promise<ActionResult<{ lines: Line[] }>>;
}) {
  const t = useTranslate();
  const { form, onSubmit, pending, formError, notice } = useActionForm({
    // Only the rows given an outcome are sent. The schema lives in the service: the server checks.
    toBody: (values: Values) => ({
      results: candidates
        .filter((c) => values.outcome?.[c.id])
        .map((c) => ({ candidateId: c.id, outcome: values.outcome[c.id], essayNote: values.essay?.[c.id] || null })),
    }),
    action: (body) => submit(sessionId, body),
    // Each candidate is checked on their own: the ones refused say why.
    notice: ({ lines }) => {
      const refused = lines.filter((l) => !l.ok);
      return refused.length ? refused.map((l) => (l.details ?? []).map((d) => translateValidation(t, d.message)).join("; ")).join(" | ") : t("pipeline.done");
    },
  });
  if (candidates.length === 0) return <p className="text-sm text-stone-600">{t("tests.noneWaiting")}</p>;
  return (
    <form className="flex flex-col gap-2" onSubmit={onSubmit} noValidate data-testid="test-results-form">
      <p className="text-sm text-stone-600">{t("tests.resultsHint")}</p>
      <ul className="divide-y divide-stone-100">
        {candidates.map((c) => {
          const outcomeId = `outcome-${c.id}`;
          const essayId = `essay-${c.id}`;
          return (
            <li key={c.id} className="grid gap-3 py-3 text-sm sm:grid-cols-[minmax(0,1fr)_minmax(0,14rem)_minmax(0,1fr)] sm:items-start" data-testid="test-row">
              <div className="flex min-w-0 flex-col">
                <span className="font-semibold text-stone-900">{c.fullName}</span>
                <span className="text-stone-600">{c.unitName}</span>
              </div>
              <div className="flex flex-col gap-1">
                <label htmlFor={outcomeId} className="font-semibold text-stone-700">
                  {t("tests.outcomeLabel")}
                  <span className="sr-only"> – {c.fullName}</span>
                </label>
                <select {...form.register(`outcome.${c.id}`)} id={outcomeId} defaultValue="" className={inputClass}>
                  <option value="">{t("tests.outcomeNone")}</option>
                  {OUTCOMES.map((o) => (
                    <option key={o} value={o}>
                      {t(`tests.outcome.${o}`)}
                    </option>
                  ))}
                </select>
              </div>
              <div className="flex flex-col gap-1">
                <label htmlFor={essayId} className="font-semibold text-stone-700">
                  {t("tests.essay")}
                  <span className="sr-only"> – {c.fullName}</span>
                </label>
                <input {...form.register(`essay.${c.id}`)} id={essayId} className={inputClass} />
              </div>
            </li>
          );
        })}
      </ul>
      <FormMessage error={formError} notice={notice} />
      <div>
        <Button type="submit" disabled={pending} className="min-h-11 w-full sm:min-h-10 sm:w-auto">
          {t("classes.saveResults")}
        </Button>
      </div>
    </form>
  );
}
