"use client";

import { IntentLink } from "@/components/ui/intent-link";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/api/action-result";
import { useTranslate } from "@/lib/i18n/use-translate";
import { FailedVoteButton } from "./failed-vote-button";
import type { RefusalLine, RollHint } from "./step-result";

export interface StepRefusalState {
  /** The unmet rules, translated, and who corrects the roll when a vote was refused because of it. */
  reasons: RefusalLine[];
  /** The vote as typed, when it failed 2/3 and the stage keeps failed votes on record. */
  failedVote: Record<string, unknown> | null;
}

interface Props {
  /** The test ids' prefix: "transition" or "recorded-step" (…-refused, …-done, …-submit). */
  testIdPrefix: string;
  candidateId: string;
  refusal: StepRefusalState | null;
  formError: string | null;
  pending: boolean;
  recordFailedVote: (id: string, input: unknown) => Promise<ActionResult<boolean>>;
  onFailedVoteRecorded: () => void;
}

/**
 * What a step form shows under its fields, the same for a move and for a step recorded in the
 * stage: every unmet rule (with the offer to keep a vote below 2/3 on record), or the form-level
 * message, and the submit button. A success is said in the record's status line, not here.
 */
export function StepOutcome({ testIdPrefix, candidateId, refusal, formError, pending, recordFailedVote, onFailedVoteRecorded }: Props) {
  const t = useTranslate();
  return (
    <>
      {refusal?.reasons.length ? (
        <div className="rounded-md bg-brand-50 p-3 text-sm text-brand-800" data-testid={`${testIdPrefix}-refused`} role="alert">
          <p className="font-semibold">{t("pipeline.refused")}</p>
          <ul className="ml-5 list-disc">{refusal.reasons.map((r, i) => (typeof r === "string" ? <li key={`${i}-${r}`}>{r}</li> : null))}</ul>
          {refusal.reasons.map((r) => (typeof r === "string" ? null : <RollHintLine key="roll-hint" hint={r} />))}
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
      <div>
        <Button type="submit" disabled={pending} className="min-h-11 w-full sm:min-h-10 sm:w-auto" data-testid={`${testIdPrefix}-submit`}>
          {pending ? t("pipeline.submitting") : t("pipeline.submit")}
        </Button>
      </div>
    </>
  );
}

/** Who corrects the roll the vote counted against, with a link to the unit's page when the caller may open it. */
function RollHintLine({ hint }: { hint: RollHint }) {
  const t = useTranslate();
  return (
    <p className="mt-2 border-t border-brand-100 pt-2" data-testid="roll-hint">
      {t(`units.rollHint.${hint.body}`)}{" "}
      {hint.unitId ? (
        <IntentLink href={`/units/${hint.unitId}`} className="font-semibold underline" data-testid="roll-hint-link">
          {t("units.rollHint.link")}
        </IntentLink>
      ) : null}
    </p>
  );
}
