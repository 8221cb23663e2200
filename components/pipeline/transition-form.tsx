"use client";

import { useState, type BaseSyntheticEvent } from "react";
import type { FieldValues } from "react-hook-form";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import type { ActionResult } from "@/lib/api/action-result";
import type { StageCode } from "@/lib/domain/stages";
import { formatParams } from "@/lib/i18n/format-params";
import { useTranslate } from "@/lib/i18n/use-translate";
import { ZTransition } from "@/lib/validation/transition";
import { StepOutcome, type StepRefusalState } from "./step-outcome";
import { IntroducerInputs, StepFieldInputs, type StepDefaults } from "./step-field-inputs";
import { exitFields, exitRecordsIntroducers } from "./step-fields";
import { INTRODUCER_ROWS, sentFieldNames, stepBody, stepFieldPaths, stepRefusal } from "./step-result";

type Warning = { code: string; params: Record<string, string | number> };

interface Props {
  candidateId: string;
  version: number;
  from: StageCode;
  next: StageCode | null;
  otherMoves: StageCode[];
  defaults: StepDefaults;
  courses: { id: string; name: string }[];
  submit: (id: string, input: unknown) => Promise<ActionResult<Warning[]>>;
  /** The vote the stage keeps on record when it fails (null: none to come). */
  failedVoteKind: string | null;
  /** Keeps a vote below 2/3 on record (the candidate stays in the stage). */
  recordFailedVote: (id: string, input: unknown) => Promise<ActionResult<boolean>>;
}

/** The fields of a move back or out of the list. */
const OTHER_MOVE_FIELDS = ["to", "date", "reason"];

/**
 * The move form: forward with the step's fields (and the introductions at the branch vote), or
 * back / out with a target, a date and a reason. The success notice outlives the move: the fields
 * start again, empty, for the new stage's step.
 */
export function TransitionForm(props: Props) {
  const [notice, setNotice] = useState<string | null>(null);
  // Keyed by version: after a move the form starts again for the new step (mode, fields, errors).
  return <TransitionFormBody key={props.version} {...props} notice={notice} onNotice={setNotice} />;
}

function TransitionFormBody({
  candidateId,
  version,
  from,
  next,
  otherMoves,
  defaults,
  courses,
  submit,
  failedVoteKind,
  recordFailedVote,
  notice,
  onNotice,
}: Props & { notice: string | null; onNotice: (notice: string | null) => void }) {
  const t = useTranslate();
  const [mode, setMode] = useState<"forward" | "other">(next ? "forward" : "other");
  const [refusal, setRefusal] = useState<StepRefusalState | null>(null);
  const fields = exitFields(from);
  const introducers = exitRecordsIntroducers(from);
  const forward = mode === "forward" && next !== null;
  // A vote below 2/3 can be kept on record from the form that carries the vote, where the stage keeps failed votes.
  const keepsFailedVotes = failedVoteKind !== null && fields.some((f) => f.name === "votesFor");
  const isField = forward ? stepFieldPaths(fields, introducers) : (path: string) => OTHER_MOVE_FIELDS.includes(path);

  const { form, onSubmit, pending, formError, errorOf, fieldProps } = useActionForm<FieldValues, Warning[]>({
    schema: ZTransition,
    toBody: (values) =>
      forward ? stepBody(values, sentFieldNames(fields), introducers, { to: next, version }) : stepBody(values, OTHER_MOVE_FIELDS, false, { version }),
    action: async (body) => {
      const result = await submit(candidateId, body);
      if (!result.ok) {
        const { reasons, belowTwoThirds } = stepRefusal(result, t, isField);
        setRefusal({ reasons, failedVote: belowTwoThirds && keepsFailedVotes && body && typeof body === "object" ? (body as Record<string, unknown>) : null });
      }
      return result;
    },
    isField,
    defaultValues: { date: defaults.date, to: otherMoves[0] ?? "", reason: "", introducers: INTRODUCER_ROWS.map(() => ({ kind: "PARTY_MEMBER" })) },
    notice: null,
    onSuccess: (warnings) => onNotice([t("pipeline.done"), ...warnings.map((w) => t(`rules.${w.code}`, formatParams(w.params)))].join(" ")),
  });

  const send = (event?: BaseSyntheticEvent) => {
    setRefusal(null);
    onNotice(null);
    return onSubmit(event);
  };

  return (
    <form onSubmit={send} className="flex flex-col gap-4" data-testid="transition-form" noValidate>
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
      {forward ? (
        <>
          <p className="text-sm font-semibold">{t("pipeline.moveTo", { stage: t(`stage.${next}`) })}</p>
          <StepFieldInputs fields={fields} binding={{ form, errorOf, fieldProps }} defaults={defaults} courses={courses} idPrefix="step" />
          {introducers ? <IntroducerInputs binding={{ form, errorOf, fieldProps }} idPrefix="step" /> : null}
        </>
      ) : (
        <div className="grid gap-3 sm:grid-cols-2">
          <Field id="step-to" label={t("pipeline.target")} error={errorOf("to")} required>
            <select {...form.register("to")} {...fieldProps("to", "step-to")} className={inputClass}>
              {otherMoves.map((s) => (
                <option key={s} value={s}>
                  {t(`stage.${s}`)}
                </option>
              ))}
            </select>
          </Field>
          <Field id="step-date" label={t("pipeline.field.date")} error={errorOf("date")} required>
            <input
              {...form.register("date")}
              {...fieldProps("date", "step-date")}
              defaultValue={defaults.date}
              className={inputClass}
              placeholder={t("field.datePlaceholder")}
            />
          </Field>
          <div className="sm:col-span-2">
            <Field id="step-reason" label={t("pipeline.field.reason")} error={errorOf("reason")} required>
              <input {...form.register("reason")} {...fieldProps("reason", "step-reason")} className={inputClass} />
            </Field>
          </div>
        </div>
      )}
      <StepOutcome
        testIdPrefix="transition"
        candidateId={candidateId}
        refusal={refusal}
        formError={formError}
        notice={notice}
        pending={pending}
        recordFailedVote={recordFailedVote}
        onFailedVoteRecorded={() => {
          setRefusal(null);
          onNotice(t("pipeline.done"));
        }}
      />
    </form>
  );
}
