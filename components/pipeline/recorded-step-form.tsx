"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/api/action-result";
import type { StepField } from "@/lib/domain/pipeline/step-module";
import type { Translate } from "@/lib/i18n/translate";
import { FailedVoteButton } from "./failed-vote-button";
import { StepFieldInputs, type StepDefaults } from "./step-field-inputs";
import { stepInput, stepRefusal } from "./step-result";

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

/** A step recorded while the candidate stays in the stage (the conversion's branch resolution, 13-KNĐ). */
export function RecordedStepForm({ candidateId, version, step, defaults, keepsFailedVotes, submit, recordFailedVote }: Props) {
  const t: Translate = useTranslations();
  const router = useRouter();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [refusals, setRefusals] = useState<string[]>([]);
  const [failedVote, setFailedVote] = useState<Record<string, unknown> | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const input = stepInput(new FormData(event.currentTarget), { step: step.code, version });
    startTransition(async () => {
      const result = await submit(candidateId, input);
      if (result.ok) {
        setErrors({});
        setRefusals([]);
        setNotice(t("pipeline.done"));
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
    <form key={version} onSubmit={onSubmit} className="flex flex-col gap-4" data-testid={`recorded-step-${step.code}`} noValidate>
      <p className="text-sm font-semibold">{t(`pipeline.recordedStep.${step.code}`)}</p>
      <StepFieldInputs fields={step.fields} errors={errors} defaults={defaults} idPrefix={`recorded-${step.code}`} />
      {refusals.length ? (
        <div className="rounded-md bg-brand-50 p-3 text-sm text-brand-800" data-testid="recorded-step-refused">
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
        <p className="rounded-md bg-emerald-50 p-3 text-sm text-emerald-800" data-testid="recorded-step-done">
          {notice}
        </p>
      ) : null}
      <div>
        <Button type="submit" disabled={pending} data-testid="recorded-step-submit">
          {pending ? t("pipeline.submitting") : t("pipeline.submit")}
        </Button>
      </div>
    </form>
  );
}
