"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import type { ActionResult } from "@/lib/api/action-result";
import type { StageCode } from "@/lib/domain/stages";
import { formatParams } from "@/lib/i18n/format-params";
import { translateValidation } from "@/lib/i18n/translate-validation";
import { STEP_FIELDS, STEPS_WITH_INTRODUCERS } from "./step-fields";

type Translate = (key: string, params?: Record<string, string | number>) => string;

interface Props {
  candidateId: string;
  version: number;
  from: StageCode;
  next: StageCode | null;
  otherMoves: StageCode[];
  defaults: { date: string; membersOnRoll: number; committeeMembers: number };
  courses: { id: string; name: string }[];
  submit: (id: string, input: unknown) => Promise<ActionResult<{ code: string; params: Record<string, string | number> }[]>>;
  /** Keeps a vote below 2/3 on record (the candidate stays in the stage). */
  recordFailedVote: (id: string, input: unknown) => Promise<ActionResult<boolean>>;
}

/** FormData → the transition body: empty fields left out, introducer rows gathered into a list. */
function toInput(form: FormData, to: StageCode, version: number) {
  const input: Record<string, unknown> = { to, version };
  const introducers = new Map<number, Record<string, string>>();
  for (const [key, raw] of form.entries()) {
    const value = String(raw).trim();
    if (!value) continue;
    const m = /^introducers\.(\d)\.(\w+)$/.exec(key);
    if (m) introducers.set(Number(m[1]), { ...(introducers.get(Number(m[1])) ?? {}), [m[2]!]: value });
    else input[key] = value;
  }
  const rows = [...introducers.values()].filter((r) => r.name);
  if (rows.length) input.introducers = rows;
  return input;
}

export function TransitionForm({ candidateId, version, from, next, otherMoves, defaults, courses, submit, recordFailedVote }: Props) {
  const t = useTranslations() as unknown as Translate;
  const router = useRouter();
  const [mode, setMode] = useState<"forward" | "other">(next ? "forward" : "other");
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [refusals, setRefusals] = useState<string[]>([]);
  const [notice, setNotice] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const [failedVote, setFailedVote] = useState<Record<string, unknown> | null>(null);
  const fields = STEP_FIELDS[from] ?? [];

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const to = mode === "forward" && next ? next : (String(form.get("to")) as StageCode);
    form.delete("to");
    const input = toInput(form, to, version);
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
      const fieldErrors: Record<string, string> = {};
      const reasons: string[] = [];
      for (const detail of result.details) {
        if (detail.path && detail.path !== "version") fieldErrors[detail.path] = translateValidation(t, detail.message);
        else reasons.push(translateValidation(t, detail.message));
      }
      if (!result.details.length) reasons.push(t(`errors.${result.messageKey}`, { eventId: result.eventId ?? "" }));
      setErrors(fieldErrors);
      setRefusals(reasons);
      setNotice(null);
      const belowTwoThirds = result.details.some((d) => d.message.startsWith("rules.VOTE_BELOW_TWO_THIRDS"));
      setFailedVote(belowTwoThirds && (from === "BRANCH_VOTE" || from === "PROBATION") ? input : null);
    });
  }

  const input = (name: string, kind: string, required?: boolean) => {
    const common = { id: `step-${name}`, name, "aria-invalid": errors[name] ? true : undefined, className: inputClass, required } as const;
    if (kind === "course")
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
    if (kind === "roll") {
      // No name: the roll on record is the vote's base and is not sent with it.
      const { name: _name, ...shown } = common;
      void _name;
      return <input {...shown} readOnly aria-readonly value={String(from === "COMMITTEE_REVIEW" ? defaults.committeeMembers : defaults.membersOnRoll)} className={`${inputClass} bg-stone-100`} />;
    }
    const preset = name === "date" ? defaults.date : "";
    return <input {...common} defaultValue={preset} inputMode={kind === "text" ? undefined : "numeric"} placeholder={kind === "date" ? t("field.datePlaceholder") : undefined} />;
  };

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
          <div className="grid gap-3 sm:grid-cols-2">
            {fields.map((f) => (
              <Field key={f.name} id={`step-${f.name}`} label={t(`pipeline.field.${f.label}`)} error={errors[f.name]} required={f.required} hint={f.kind === "roll" ? t("pipeline.rollOnRecord") : undefined}>
                {input(f.name, f.kind, f.required)}
              </Field>
            ))}
          </div>
          {STEPS_WITH_INTRODUCERS.has(from) ? (
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
            <Button
              type="button"
              variant="secondary"
              className="mt-2"
              data-testid="record-failed-vote"
              onClick={() =>
                startTransition(async () => {
                  const v = failedVote;
                  const result = await recordFailedVote(candidateId, {
                    date: from === "PROBATION" ? (v.conversionResolutionDate ?? v.date) : v.date,
                    resolutionNumber: v.resolutionNumber,
                    votesFor: v.votesFor,
                    votesAgainst: v.votesAgainst,
                  });
                  if (result.ok) {
                    setRefusals([]);
                    setFailedVote(null);
                    setNotice(t("pipeline.done"));
                    router.refresh();
                  } else setRefusals(result.details.map((d) => translateValidation(t, d.message)));
                })
              }
            >
              {t("pipeline.recordFailedVote")}
            </Button>
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
