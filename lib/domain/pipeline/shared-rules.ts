import { deadline, extensionInForce, type Deadline } from "../rules/deadline";
import type { IsoDate } from "../rules/dates";
import { certificateValidThrough } from "../rules/eligibility";
import type { CandidateFacts, TransitionInput } from "../rules/facts";
import type { RuleSet } from "../rules/rule-sets";
import { addWorkingDays } from "../rules/working-days";
import type { DossierCode } from "../rules/dossier-items";
import type { Body, DeadlineContext, StepRecord } from "./step-module";

/**
 * Rules that more than one stage reads, each written once: the certificate's validity runs from the
 * dossier to the branch vote, and the admission decision is awaited through two stages.
 */

/** HD 01/06 §5.4: from the dossier until the branch votes, the certificate's 60-month validity runs. */
export function certificateExpiryDeadline({ facts, today, rules }: DeadlineContext): Deadline[] {
  const issued = facts.awareness?.certificateDate;
  return issued ? [deadline("CERTIFICATE_EXPIRY", certificateValidThrough(issued, rules), today, rules)] : [];
}

/** QĐ 24/294 §4: the superior decides within 60 working days of the branch resolution (6-KNĐ), plus the extension in force. */
export function admissionDecisionDue(branchResolutionDate: IsoDate, extensionDays: number, rules: RuleSet, holidays: ReadonlySet<IsoDate>): IsoDate {
  return addWorkingDays(branchResolutionDate, rules.decisionWorkingDays + Math.min(extensionDays, rules.decisionMaxExtensionDays), holidays);
}

/** The admission decision's deadline while it is awaited (grassroots review, then the superior). */
export function admissionDecisionDeadline({ facts, today, rules, holidays }: DeadlineContext): Deadline[] {
  if (!facts.branchResolution) return [];
  return [
    deadline("DECISION_DUE", admissionDecisionDue(facts.branchResolution.date, extensionInForce("ADMISSION", facts, rules), rules, holidays), today, rules),
  ];
}

/** QĐ 294 §4: the ceremony within 30 working days of the day the branch received the decision (its date when not recorded). */
export function ceremonyDue(facts: Pick<CandidateFacts, "admissionDecision">, rules: RuleSet, holidays: ReadonlySet<IsoDate>): IsoDate | null {
  const received = facts.admissionDecision?.receivedOn ?? facts.admissionDecision?.date;
  return received ? addWorkingDays(received, rules.ceremonyWorkingDays, holidays) : null;
}

type VotedResolution = Extract<StepRecord, { kind: "resolution" }>["resolution"];

/**
 * A resolution passed by a vote, and the paper it is: the step's number, date and votes, counted
 * against the roll on record (the branch's official members or the committee's size).
 */
export function passedResolution(resolution: VotedResolution, body: Body, paper: DossierCode, input: TransitionInput, roll: number): StepRecord[] {
  return [
    {
      kind: "resolution",
      resolution,
      body,
      number: input.resolutionNumber ?? null,
      date: input.date,
      membersOnRoll: roll,
      present: input.present ?? null,
      votesFor: input.votesFor ?? 0,
      votesAgainst: input.votesAgainst ?? 0,
      passed: true,
    },
    { kind: "paper", code: paper, number: input.resolutionNumber, date: input.date },
  ];
}
