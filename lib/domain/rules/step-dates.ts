import type { IsoDate } from "./dates";
import type { CandidateFacts, Reason, TransitionInput } from "./facts";

/**
 * The order of the dates inside one step. The step's own date is checked against today and the
 * stage's start in checkTransition; these are the other dates a step carries, each named by the
 * form it stands for so that the refusal reads the same in every language.
 */

type DatedPaper = { document: string; date: IsoDate | null | undefined };

/** The papers a step's dates stand for (HD 12-HD/BTCTW 2022 forms; 20-KNĐ is the verification request). */
function datedPapers(input: TransitionInput): DatedPaper[] {
  const papers: DatedPaper[] = [
    { document: "20-KNĐ", date: input.verificationRequestedOn },
    { document: "2-KNĐ", date: input.certifiedOn },
    { document: "5-KNĐ", date: input.opinionsSummaryDate },
    { document: "7-KNĐ", date: input.partialAppraisalDate },
    { document: "9-KNĐ", date: input.receivedOn },
  ];
  for (const i of input.introducers ?? []) {
    papers.push({ document: i.name, date: i.documentDate }, { document: i.name, date: i.knownSince }, { document: i.name, date: i.officialSince });
  }
  return papers;
}

/** Only what has happened is recorded: no date of a step may be after today. */
export function checkStepDatesNotInFuture(input: TransitionInput, today: IsoDate): Reason[] {
  return datedPapers(input).flatMap(({ document, date }) =>
    date && date > today ? [{ code: "STEP_DATE_IN_FUTURE", params: { document, date } } as Reason] : [],
  );
}

/** A decision is received by the branch on or after the day it is signed (9-KNĐ). */
export function checkDecisionReceipt(input: TransitionInput): Reason[] {
  return input.receivedOn && input.receivedOn < input.date ? [{ code: "RECEIVED_BEFORE_DECISION" }] : [];
}

/**
 * HD 12-HD/BTCTW: the partial committee appraises the branch resolution (7-KNĐ) before the
 * grassroots committee resolves on it (8-KNĐ); it cannot appraise a resolution not yet passed.
 */
export function checkPartialAppraisalDate(input: TransitionInput, facts: Pick<CandidateFacts, "branchResolution">): Reason[] {
  const appraisal = input.partialAppraisalDate;
  if (!appraisal) return [];
  const reasons: Reason[] = [];
  if (appraisal > input.date) reasons.push({ code: "PARTIAL_APPRAISAL_AFTER_RESOLUTION", params: { resolutionDate: input.date } });
  const branch = facts.branchResolution?.date;
  if (branch && appraisal < branch) reasons.push({ code: "PARTIAL_APPRAISAL_BEFORE_BRANCH_RESOLUTION", params: { resolutionDate: branch } });
  return reasons;
}

/**
 * A failed vote is a vote of the stage the candidate is in (HD 06 §3.6b: it stays on record and
 * the candidate stays put), so it cannot be dated before that stage began, nor after today.
 */
export function checkFailedVoteDate(date: IsoDate, stageSince: IsoDate, today: IsoDate): Reason[] {
  if (date > today) return [{ code: "DATE_IN_FUTURE" }];
  return date < stageSince ? [{ code: "VOTE_BEFORE_STAGE", params: { stageSince } }] : [];
}
