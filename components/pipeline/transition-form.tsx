"use client";

import { useState, type BaseSyntheticEvent } from "react";
import type { FieldValues } from "react-hook-form";
import { useRecordFlash } from "@/components/candidates/record-flash";
import { DateInput } from "@/components/forms/date-input";
import { useActionForm } from "@/components/forms/use-action-form";
import { Field, inputClass } from "@/components/ui/field";
import type { ActionResult } from "@/lib/api/action-result";
import type { ClassPeriod } from "@/lib/domain/rules/awareness-classes";
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
  /** The awareness classes for the enrolment step; the form offers those still open on the step's date. */
  courses: ClassPeriod[];
  /** Whether the caller opens classes (otherwise the form says who does, when none is open). */
  mayOpenClasses: boolean;
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
 * back / out with a target, a date and a reason. What a move did is said in the record's status
 * line above the form (record-flash.tsx): keyed by version, the form starts again, empty, for the
 * new stage's step, without the last step's success inside it.
 */
export function TransitionForm(props: Props) {
  return <TransitionFormBody key={props.version} {...props} />;
}

function TransitionFormBody({
  candidateId,
  version,
  from,
  next,
  otherMoves,
  defaults,
  courses,
  mayOpenClasses,
  submit,
  failedVoteKind,
  recordFailedVote,
}: Props) {
  const t = useTranslate();
  const flash = useRecordFlash();
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
    onSuccess: (warnings) => {
      const to = forward ? next : (form.getValues("to") as string);
      const done = t("record.moved", { from: t(`stage.${from}`), to: t(`stage.${to}`) });
      flash([done, ...warnings.map((w) => t(`rules.${w.code}`, formatParams(w.params)))].join(" "));
    },
  });

  const send = (event?: BaseSyntheticEvent) => {
    setRefusal(null);
    flash(null);
    return onSubmit(event);
  };

  return (
    <form onSubmit={send} className="flex flex-col gap-4" data-testid="transition-form" noValidate>
      {next && otherMoves.length ? (
        <fieldset className="flex flex-col gap-2 sm:flex-row sm:flex-wrap">
          <legend className="sr-only">{t("record.moveKind")}</legend>
          {(
            [
              ["forward", t("pipeline.moveTo", { stage: t(`stage.${next}`) })],
              ["other", t("pipeline.otherMoves")],
            ] as const
          ).map(([value, label]) => (
            <label
              key={value}
              className="has-[:checked]:text-brand-900 flex min-h-11 cursor-pointer items-center gap-2 rounded-md border border-stone-300 bg-white px-3 text-sm font-semibold text-stone-800 has-[:checked]:border-brand-700 has-[:checked]:bg-brand-50 has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-brand-700 sm:min-h-10"
              data-testid={`mode-${value}`}
            >
              <input
                type="radio"
                name="move-kind"
                value={value}
                checked={mode === value}
                onChange={() => setMode(value)}
                className="h-4 w-4 accent-brand-700"
              />
              {label}
            </label>
          ))}
        </fieldset>
      ) : null}
      {forward ? (
        <>
          {/* With the choice above, its label already names the move. */}
          {otherMoves.length ? null : <h3 className="text-sm font-semibold">{t("pipeline.moveTo", { stage: t(`stage.${next}`) })}</h3>}
          <StepFieldInputs
            fields={fields}
            binding={{ form, errorOf, fieldProps }}
            defaults={defaults}
            courses={courses}
            mayOpenClasses={mayOpenClasses}
            idPrefix="step"
          />
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
            <DateInput
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
        pending={pending}
        recordFailedVote={recordFailedVote}
        onFailedVoteRecorded={() => {
          setRefusal(null);
          flash(t("record.failedVoteRecorded"));
        }}
      />
    </form>
  );
}
