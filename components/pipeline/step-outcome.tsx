"use client";

import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/api/action-result";
import { useTranslate } from "@/lib/i18n/use-translate";
import { FailedVoteButton } from "./failed-vote-button";

export interface StepRefusalState {
  reasons: string[];
  /** The vote as typed, when it failed 2/3 and the stage keeps failed votes on record. */
  failedVote: Record<string, unknown> | null;
}

interface Props {
  /** The test ids' prefix: "transition" or "recorded-step" (…-refused, …-done, …-submit). */
  testIdPrefix: string;
  candidateId: string;
  refusal: StepRefusalState | null;
  formError: string | null;
  notice: string | null;
  pending: boolean;
  recordFailedVote: (id: string, input: unknown) => Promise<ActionResult<boolean>>;
  onFailedVoteRecorded: () => void;
}

/**
 * What a step form shows under its fields, the same for a move and for a step recorded in the
 * stage: every unmet rule (with the offer to keep a vote below 2/3 on record), or the form-level
 * message, the success notice, and the submit button.
 */
export function StepOutcome({ testIdPrefix, candidateId, refusal, formError, notice, pending, recordFailedVote, onFailedVoteRecorded }: Props) {
  const t = useTranslate();
  return (
    <>
      {refusal?.reasons.length ? (
        <div className="rounded-md bg-brand-50 p-3 text-sm text-brand-800" data-testid={`${testIdPrefix}-refused`} role="alert">
          <p className="font-semibold">{t("pipeline.refused")}</p>
          <ul className="ml-5 list-disc">
            {refusal.reasons.map((r, i) => (
              <li key={`${i}-${r}`}>{r}</li>
            ))}
          </ul>
          {refusal.failedVote ? (
            <FailedVoteButton candidateId={candidateId} vote={refusal.failedVote} recordFailedVote={recordFailedVote} onRecorded={onFailedVoteRecorded} />
          ) : null}
        </div>
      ) : formError ? (
        // Marked fields (or a lost connection): the fields say what, this says so.
        <p className="text-sm text-brand-700" role="alert">
          {formError}
        </p>
      ) : null}
      {notice ? (
        <p className="rounded-md bg-emerald-50 p-3 text-sm text-emerald-800" data-testid={`${testIdPrefix}-done`}>
          {notice}
        </p>
      ) : null}
      <div>
        <Button type="submit" disabled={pending} data-testid={`${testIdPrefix}-submit`}>
          {pending ? t("pipeline.submitting") : t("pipeline.submit")}
        </Button>
      </div>
    </>
  );
}
