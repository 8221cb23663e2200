"use client";

import { useTransition } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/api/action-result";
import { translateValidation } from "@/lib/i18n/translate-validation";

interface Props {
  candidateId: string;
  /** The vote as typed into the refused step's form. */
  vote: Record<string, unknown>;
  recordFailedVote: (id: string, input: unknown) => Promise<ActionResult<boolean>>;
  onRecorded: () => void;
  onRefused: (reasons: string[]) => void;
}

/** After a vote below 2/3 is refused as a step, keeps it on record instead (HD 06 §3.6b: the candidate stays). */
export function FailedVoteButton({ candidateId, vote, recordFailedVote, onRecorded, onRefused }: Props) {
  const t = useTranslations();
  const [pending, startTransition] = useTransition();
  return (
    <Button
      type="button"
      variant="secondary"
      className="mt-2"
      disabled={pending}
      data-testid="record-failed-vote"
      onClick={() =>
        startTransition(async () => {
          const result = await recordFailedVote(candidateId, { date: vote.date, resolutionNumber: vote.resolutionNumber, votesFor: vote.votesFor, votesAgainst: vote.votesAgainst });
          if (result.ok) onRecorded();
          else onRefused(result.details.map((d) => translateValidation(t, d.message)));
        })
      }
    >
      {t("pipeline.recordFailedVote")}
    </Button>
  );
}
