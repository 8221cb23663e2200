"use client";

import { useAction } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/api/action-result";
import { translateValidation } from "@/lib/i18n/translate-validation";
import { useTranslate } from "@/lib/i18n/use-translate";
import { ZFailedVote } from "@/lib/validation/failed-vote";
import { fieldIssues } from "@/lib/validation/messages";

interface Props {
  candidateId: string;
  /** The vote as the refused step's form sent it. */
  vote: Record<string, unknown>;
  recordFailedVote: (id: string, input: unknown) => Promise<ActionResult<boolean>>;
  onRecorded: () => void;
}

const VOTE_FIELDS = Object.keys(ZFailedVote.shape) as (keyof typeof ZFailedVote.shape)[];

/** The failed vote's body: the fields of the step's body that the failed-vote schema takes (the date, the resolution and the counts). */
export function failedVoteBody(vote: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(VOTE_FIELDS.filter((k) => vote[k] !== undefined).map((k) => [k, vote[k]]));
}

/** After a vote below 2/3 is refused as a step, keeps it on record instead (HD 06 §3.6b: the candidate stays). */
export function FailedVoteButton({ candidateId, vote, recordFailedVote, onRecorded }: Props) {
  const t = useTranslate();
  const { run, pending, formError, setFormError } = useAction();

  async function record() {
    const body = failedVoteBody(vote);
    // The same schema as the server's: a vote it would refuse is not sent.
    const parsed = ZFailedVote.safeParse(body);
    if (!parsed.success) {
      setFormError(
        fieldIssues(parsed.error)
          .map((issue) => translateValidation(t, issue.message))
          .join(" "),
      );
      return;
    }
    await run(() => recordFailedVote(candidateId, body), { onSuccess: onRecorded });
  }

  return (
    <div className="mt-2 flex flex-col gap-1">
      <div>
        <Button type="button" variant="secondary" disabled={pending} data-testid="record-failed-vote" onClick={() => void record()}>
          {t("pipeline.recordFailedVote")}
        </Button>
      </div>
      {formError ? (
        <p className="text-sm text-brand-700" role="alert" data-testid="record-failed-vote-refused">
          {formError}
        </p>
      ) : null}
    </div>
  );
}
