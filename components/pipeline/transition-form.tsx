"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import type { ActionResult } from "@/lib/api/action-result";
import type { StageCode } from "@/lib/domain/stages";
import { formatParams } from "@/lib/i18n/format-params";
import type { Translate } from "@/lib/i18n/translate";
import { FailedVoteButton } from "./failed-vote-button";
import { StepFieldInputs, type StepDefaults } from "./step-field-inputs";
import { exitFields, exitRecordsIntroducers } from "./step-fields";
import { stepInput, stepRefusal } from "./step-result";


interface Props {
  candidateId: string;
  version: number;
  from: StageCode;
  next: StageCode | null;
  otherMoves: StageCode[];
  defaults: StepDefaults;
  courses: { id: string; name: string }[];
  submit: (id: string, input: unknown) => Promise<ActionResult<{ code: string; params: Record<string, string | number> }[]>>;
  /** The vote the stage keeps on record when it fails (null: none to come). */
  failedVoteKind: string | null;
  /** Keeps a vote below 2/3 on record (the candidate stays in the stage). */
  recordFailedVote: (id: string, input: unknown) => Promise<ActionResult<boolean>>;
}

export function TransitionForm({ candidateId, version, from, next, otherMoves, defaults, courses, submit, failedVoteKind, recordFailedVote }: Props) {
  const t: Translate = useTranslations();
  const router = useRouter();
  const [mode, setMode] = useState<"forward" | "other">(next ? "forward" : "other");
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [refusals, setRefusals] = useState<string[]>([]);
  const [notice, setNotice] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const [failedVote, setFailedVote] = useState<Record<string, unknown> | null>(null);
  const fields = exitFields(from);
  // A vote below 2/3 can be kept on record from the form that carries the vote, where the stage keeps failed votes.
  const keepsFailedVotes = failedVoteKind !== null && fields.some((f) => f.name === "votesFor");

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const to = mode === "forward" && next ? next : (String(form.get("to")) as StageCode);
    form.delete("to");
    const input = stepInput(form, { to, version });
    startTransition(async () => {
      const result = await submit(candidateId, input);
      if (result.ok) {
        setErrors({});
        setRefusals([]);
        setNotice([t("pipeline.done"), ...result.data.map((w) => t(`rules.${w.code}`, formatParams(w.params)))].join(" "));
        setMode("forward");
        router.refresh();
        return;
      }
      const { fieldErrors, reasons, belowTwoThirds } = stepRefusal(result, t);
      setErrors(fieldErrors);
      setRefusals(reasons);
      setNotice(null);
      setFailedVote(belowTwoThirds && keepsFailedVotes ? input : null);
    });
  }

  return (
    // Keyed by version: after a move the fields start empty for the new step.
    <form key={version} onSubmit={onSubmit} className="flex flex-col gap-4" data-testid="transition-form" noValidate>
      {next && otherMoves.length ? (
        <div className="flex flex-wrap gap-2 text-sm" role="tablist">
          <Button type="button" variant={mode === "forward" ? "primary" : "secondary"} onClick={() => setMode("forward")} data-testid="mode-forward">
            {t("pipeline.moveTo", { stage: t(`stage.${next}`) })}
          </Button>
          <Button type="button" variant={mode === "other" ? "primary" : "secondary"} onClick={() => setMode("other")} data-testid="mode-other">
            {t("pipeline.otherMoves")}
          </Button>
        </div>
      ) : null}
      {mode === "forward" && next ? (
        <>
          <p className="text-sm font-semibold">{t("pipeline.moveTo", { stage: t(`stage.${next}`) })}</p>
          <StepFieldInputs fields={fields} errors={errors} defaults={defaults} courses={courses} idPrefix="step" />
          {exitRecordsIntroducers(from) ? (
            <fieldset className="flex flex-col gap-3 rounded-md border border-stone-200 p-3">
              <legend className="px-1 text-sm font-semibold">{t("pipeline.field.introducers")}</legend>
              {[0, 1].map((i) => (
                <div key={i} className="grid gap-2 sm:grid-cols-5" data-testid={`introducer-${i}`}>
                  <select name={`introducers.${i}.kind`} aria-label={t("pipeline.field.introducerKind")} className={inputClass} defaultValue="PARTY_MEMBER">
                    {["PARTY_MEMBER", "YOUTH_UNION", "TRADE_UNION"].map((k) => (
                      <option key={k} value={k}>
                        {t(`pipeline.introducerKind.${k}`)}
                      </option>
                    ))}
                  </select>
                  <input name={`introducers.${i}.name`} aria-label={t("pipeline.field.introducerName")} placeholder={t("pipeline.field.introducerName")} className={inputClass} />
                  <input name={`introducers.${i}.officialSince`} aria-label={t("pipeline.field.officialSince")} placeholder={t("pipeline.field.officialSince")} className={inputClass} />
                  <input name={`introducers.${i}.knownSince`} aria-label={t("pipeline.field.knownSince")} placeholder={t("pipeline.field.knownSince")} className={inputClass} />
                  <input name={`introducers.${i}.documentDate`} aria-label={t("pipeline.field.documentDate")} placeholder={t("pipeline.field.documentDate")} className={inputClass} />
                </div>
              ))}
            </fieldset>
          ) : null}
        </>
      ) : (
        <div className="grid gap-3 sm:grid-cols-2">
          <Field id="step-to" label={t("pipeline.target")} required>
            <select id="step-to" name="to" className={inputClass}>
              {otherMoves.map((s) => (
                <option key={s} value={s}>
                  {t(`stage.${s}`)}
                </option>
              ))}
            </select>
          </Field>
          <Field id="step-date" label={t("pipeline.field.date")} error={errors.date} required>
            <input id="step-date" name="date" defaultValue={defaults.date} className={inputClass} placeholder={t("field.datePlaceholder")} />
          </Field>
          <div className="sm:col-span-2">
            <Field id="step-reason" label={t("pipeline.field.reason")} error={errors.reason} required>
              <input id="step-reason" name="reason" className={inputClass} />
            </Field>
          </div>
        </div>
      )}
      {refusals.length ? (
        <div className="rounded-md bg-brand-50 p-3 text-sm text-brand-800" data-testid="transition-refused">
          <p className="font-semibold">{t("pipeline.refused")}</p>
          <ul className="ml-5 list-disc">
            {refusals.map((r) => (
              <li key={r}>{r}</li>
            ))}
          </ul>
          {failedVote ? (
            <FailedVoteButton
              candidateId={candidateId}
              vote={failedVote}
              recordFailedVote={recordFailedVote}
              onRecorded={() => {
                setRefusals([]);
                setFailedVote(null);
                setNotice(t("pipeline.done"));
                router.refresh();
              }}
              onRefused={setRefusals}
            />
          ) : null}
        </div>
      ) : null}
      {notice ? (
        <p className="rounded-md bg-emerald-50 p-3 text-sm text-emerald-800" data-testid="transition-done">
          {notice}
        </p>
      ) : null}
      <div>
        <Button type="submit" disabled={pending} data-testid="transition-submit">
          {pending ? t("pipeline.submitting") : t("pipeline.submit")}
        </Button>
      </div>
    </form>
  );
}
