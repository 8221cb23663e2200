"use client";

import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/api/action-result";
import { translateValidation } from "@/lib/i18n/translate-validation";
import { useTranslate } from "@/lib/i18n/use-translate";

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
  const message = formError ?? notice;
  return (
    <form className="flex flex-col gap-2" onSubmit={onSubmit} noValidate>
      {candidates.map((c) => (
        <div key={c.id} className="grid gap-2 border-b border-stone-100 py-2 text-sm sm:grid-cols-[2fr_1fr_2fr]">
          <span>
            <span className="font-semibold">{c.fullName}</span> · {c.unitName}
          </span>
          <select {...form.register(`outcome.${c.id}`)} defaultValue="" className="min-h-9 rounded-md border border-stone-300 px-2" aria-label={c.fullName}>
            <option value="">—</option>
            {OUTCOMES.map((o) => (
              <option key={o} value={o}>
                {t(`tests.outcome.${o}`)}
              </option>
            ))}
          </select>
          <input
            {...form.register(`essay.${c.id}`)}
            placeholder={t("tests.essay")}
            aria-label={`${t("tests.essay")} ${c.fullName}`}
            className="min-h-9 rounded-md border border-stone-300 px-2"
          />
        </div>
      ))}
      {message ? (
        <p className="text-sm" aria-live="polite">
          {message}
        </p>
      ) : null}
      <div>
        <Button type="submit" disabled={pending}>
          {t("classes.saveResults")}
        </Button>
      </div>
    </form>
  );
}
