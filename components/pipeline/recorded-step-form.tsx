"use client";

import { useState, type BaseSyntheticEvent } from "react";
import type { FieldValues } from "react-hook-form";
import { useRecordFlash } from "@/components/candidates/record-flash";
import { useActionForm } from "@/components/forms/use-action-form";
import type { ActionResult } from "@/lib/api/action-result";
import type { StepField } from "@/lib/domain/pipeline/step-module";
import { useTranslate } from "@/lib/i18n/use-translate";
import { ZRecordedStep } from "@/lib/validation/transition";
import { StepOutcome, type StepRefusalState } from "./step-outcome";
import { StepFieldInputs, type StepDefaults } from "./step-field-inputs";
import { sentFieldNames, stepBody, stepFieldPaths, stepRefusal } from "./step-result";

interface Props {
  candidateId: string;
  version: number;
  step: { code: string; fields: readonly StepField[] };
  defaults: StepDefaults;
  /** Whether a vote of this step that fails is kept on record (the candidate stays). */
  keepsFailedVotes: boolean;
  submit: (id: string, input: unknown) => Promise<ActionResult<number>>;
  recordFailedVote: (id: string, input: unknown) => Promise<ActionResult<boolean>>;
}

/**
 * A step recorded while the candidate stays in the stage (the conversion's branch resolution,
 * 13-KNĐ). Keyed by version: once recorded, the fields start again, empty; what was recorded is
 * said in the record's status line.
 */
export function RecordedStepForm(props: Props) {
  return <RecordedStepFormBody key={props.version} {...props} />;
}

function RecordedStepFormBody({ candidateId, version, step, defaults, keepsFailedVotes, submit, recordFailedVote }: Props) {
  const t = useTranslate();
  const flash = useRecordFlash();
  const [refusal, setRefusal] = useState<StepRefusalState | null>(null);
  const isField = stepFieldPaths(step.fields, false);
  const idPrefix = `recorded-${step.code}`;

  const { form, onSubmit, pending, formError, errorOf, fieldProps } = useActionForm<FieldValues, number>({
    schema: ZRecordedStep,
    toBody: (values) => stepBody(values, sentFieldNames(step.fields), false, { step: step.code, version }),
    action: async (body) => {
      const result = await submit(candidateId, body);
      if (!result.ok) {
        const { reasons, belowTwoThirds } = stepRefusal(result, t, isField);
        setRefusal({ reasons, failedVote: belowTwoThirds && keepsFailedVotes && body && typeof body === "object" ? (body as Record<string, unknown>) : null });
      }
      return result;
    },
    isField,
    defaultValues: { date: defaults.date },
    notice: null,
    onSuccess: () => flash(t("record.stepRecorded", { step: t(`pipeline.recordedStep.${step.code}`) })),
  });

  const send = (event?: BaseSyntheticEvent) => {
    setRefusal(null);
    flash(null);
    return onSubmit(event);
  };

  return (
    <form onSubmit={send} className="flex flex-col gap-4" data-testid={`recorded-step-${step.code}`} noValidate>
      <StepFieldInputs fields={step.fields} binding={{ form, errorOf, fieldProps }} defaults={defaults} idPrefix={idPrefix} />
      <StepOutcome
        testIdPrefix="recorded-step"
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
