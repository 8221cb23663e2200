import { isTerminal, type StageCode } from "../stages";
import type { IsoDate } from "./dates";
import { admissionDecisionDue, admissionDecisionExtension } from "./deadlines";
import { missingPapers } from "./dossier";
import { checkAge, checkCertificate, checkIntroducers, checkStaleness } from "./eligibility";
import type { CandidateFacts, Reason, ReasonCode, TransitionInput } from "./facts";
import { moveKind, nextStage } from "./flow";
import { probationEnd } from "./membership";
import { ruleSetByCode, type RuleSet } from "./rule-sets";
import { checkConversionDecisionDate, checkDecisionReceipt, checkPartialAppraisalDate, checkStepDatesNotInFuture } from "./step-dates";
import { checkBranchVote, checkSuppliedCommitteeSize, checkSuppliedRoll, checkTwoThirds } from "./votes";
import { addWorkingDays } from "./working-days";

export type TransitionCheck = { ok: true; warnings: Reason[] } | { ok: false; missing: Reason[]; warnings: Reason[] };

interface Context {
  facts: CandidateFacts;
  input: TransitionInput;
  rules: RuleSet;
  holidays: ReadonlySet<IsoDate>;
}

/** The prerequisites of leaving each stage forward: every unmet one is listed, not just the first. */
const LEAVING: Partial<Record<StageCode, (c: Context) => Reason[]>> = {
  SOURCE: ({ input }) => (input.helperName?.trim() ? [] : [{ code: "HELPER_MISSING" }]),
  SYMPATHIZER: ({ input }) => {
    if (!input.course) return [{ code: "COURSE_MISSING" }];
    return input.course.kind === "AWARENESS" ? [] : [{ code: "COURSE_WRONG_KIND" }];
  },
  TRAINING: ({ facts, input }) => [
    ...(input.certificateNumber?.trim() ? [] : [{ code: "CERTIFICATE_NUMBER_MISSING" } as Reason]),
    ...(facts.awareness && input.date < facts.awareness.courseStart ? [{ code: "DATE_BEFORE_CLASS", params: { classStart: facts.awareness.courseStart } } as Reason] : []),
  ],
  DOSSIER: ({ input }) => {
    const reasons: Reason[] = [];
    if (!input.verificationRequestedOn || !input.certifiedOn) reasons.push({ code: "VERIFICATION_INCOMPLETE" });
    else if (input.verificationRequestedOn > input.date || input.certifiedOn < input.date) reasons.push({ code: "CERTIFICATION_BEFORE_VERIFICATION" });
    return reasons;
  },
  AWARENESS_TEST: ({ facts, input }) => checkAwarenessTestPassed(facts.testPassedOn, input.date),
  BRANCH_VOTE: ({ facts, input, rules }) => {
    const introducers = input.introducers ?? facts.introducers;
    const opinions = input.opinionsSummaryDate ?? facts.opinionsSummaryDate;
    return [
      ...checkAge(facts.birthDate, input.date, rules, input.over60Consent),
      ...checkCertificate(facts, input.date, rules),
      ...checkIntroducers(facts, introducers, input.date, rules),
      ...checkStaleness(introducers, opinions, input.date, rules),
      ...checkSuppliedRoll(input.membersOnRoll, facts.unit.officialMembers),
      ...checkBranchVote({ membersOnRoll: facts.unit.officialMembers, votesFor: input.votesFor, votesAgainst: input.votesAgainst }, rules),
    ];
  },
  // HD 06 §3.7a: 2/3 of the grassroots committee's members on record (Unit.committeeMembers).
  COMMITTEE_REVIEW: ({ facts, input, rules }) => [
    ...(facts.unit.partialCommitteeExists && !input.partialAppraisalDate ? [{ code: "PARTIAL_APPRAISAL_MISSING" } as Reason] : []),
    ...checkPartialAppraisalDate(input, facts),
    ...checkSuppliedCommitteeSize(input.membersOnRoll, facts.unit.grassrootsCommitteeMembers),
    ...(input.votesFor == null ? [{ code: "VOTES_MISSING" } as Reason] : checkTwoThirds(facts.unit.grassrootsCommitteeMembers, input.votesFor, input.votesAgainst ?? 0, rules)),
  ],
  SUPERIOR_DECISION: ({ input }) => [...(input.decisionNumber?.trim() ? [] : [{ code: "DECISION_NUMBER_MISSING" } as Reason]), ...checkDecisionReceipt(input)],
  CEREMONY: ({ facts, input, rules, holidays }) => {
    const received = facts.admissionDecision?.receivedOn ?? facts.admissionDecision?.date;
    if (!received) return [];
    if (input.date < received) return [{ code: "CEREMONY_BEFORE_DECISION_RECEIVED", params: { receivedOn: received } }];
    const due = addWorkingDays(received, rules.ceremonyWorkingDays, holidays);
    return input.date > due && !input.lateConsent?.trim() ? [{ code: "CEREMONY_LATE_NEEDS_CONSENT", params: { dueOn: due } }] : [];
  },
  PROBATION: ({ facts, input, rules }) => {
    const reasons: Reason[] = [];
    const endsOn = facts.ceremonyDate ? probationEnd(facts.ceremonyDate, rules) : null;
    if (endsOn && input.date < endsOn) reasons.push({ code: "PROBATION_NOT_OVER", params: { endsOn } });
    const resolutionDate = input.conversionResolutionDate;
    if (!resolutionDate) reasons.push({ code: "CONVERSION_RESOLUTION_MISSING" });
    else if (endsOn && resolutionDate < endsOn) reasons.push({ code: "PROBATION_NOT_OVER", params: { endsOn } });
    reasons.push(...checkConversionDecisionDate(input));
    reasons.push(...checkSuppliedRoll(input.membersOnRoll, facts.unit.officialMembers));
    reasons.push(...checkBranchVote({ membersOnRoll: facts.unit.officialMembers, votesFor: input.votesFor, votesAgainst: input.votesAgainst }, rules));
    if (!input.decisionNumber?.trim()) reasons.push({ code: "DECISION_NUMBER_MISSING" });
    return reasons;
  },
};

/**
 * Papers whose absence a rule of the step already names in its own words: the certificate (A1), the
 * verification (A3), the introducers and the union route (A4, A5), the opinions summary (A6), the
 * partial committee's appraisal (B2). The paper is then listed once, by that rule.
 */
const NAMED_BY: Partial<Record<string, ReasonCode>> = {
  A1: "CERTIFICATE_MISSING",
  A3: "VERIFICATION_INCOMPLETE",
  A4: "INTRODUCERS_INSUFFICIENT",
  A5: "YOUTH_UNION_RESOLUTION_REQUIRED",
  A6: "OPINIONS_SUMMARY_MISSING",
  B2: "PARTIAL_APPRAISAL_MISSING",
};

/** HD 12-HD/BTCTW 2022: the dossier papers the move needs, less those another unmet rule already names. */
function checkPapers(c: Context, named: readonly Reason[]): Reason[] {
  const { facts, input } = c;
  const codes = new Set(named.map((r) => r.code));
  return missingPapers(facts.stage, facts, facts.papers ?? [], input).filter((r) => {
    const by = NAMED_BY[String(r.params?.item)];
    return !(by && codes.has(by));
  });
}

/**
 * Local practice (domain.md §12.8): where the superior runs a test council, the candidate goes on
 * to the branch vote only after a recorded pass; a fail records an essay and a retest round and
 * keeps them here. A pass dated after the move does not count for it.
 */
export function checkAwarenessTestPassed(testPassedOn: IsoDate | null, moveDate: IsoDate): Reason[] {
  return testPassedOn && testPassedOn <= moveDate ? [] : [{ code: "AWARENESS_TEST_NOT_PASSED" }];
}

/**
 * Warnings that do not block: a late decision is recorded all the same, with a flag. The extension
 * counted is the larger of the one recorded while waiting and the one noted with the decision.
 */
function warningsFor(c: Context): Reason[] {
  const { facts, input, rules, holidays } = c;
  if (input.to === "CEREMONY" && facts.branchResolution) {
    const extension = Math.max(input.extensionDays ?? 0, admissionDecisionExtension(facts, rules));
    const due = admissionDecisionDue(facts.branchResolution.date, extension, rules, holidays);
    if (input.date > due) return [{ code: "DECISION_LATE", params: { dueOn: due } }];
  }
  return [];
}

/**
 * Whether a move may happen, and if not, everything that is missing. `today` bounds the dates
 * (nothing is recorded in the future); the step's date may not precede the current stage's date.
 */
export function checkTransition(facts: CandidateFacts, input: TransitionInput, today: IsoDate, holidays: ReadonlySet<IsoDate>): TransitionCheck {
  const rules = ruleSetByCode(facts.ruleSetCode);
  if (isTerminal(facts.stage)) return { ok: false, missing: [{ code: "TERMINAL_STAGE" }], warnings: [] };
  if (input.to === facts.stage) return { ok: false, missing: [{ code: "NOT_A_MOVE" }], warnings: [] };
  const kind = moveKind(facts.stage, input.to, facts.unit);
  if (!kind) {
    const expected = nextStage(facts.stage, facts.unit);
    return { ok: false, missing: [{ code: "STAGE_SKIPPED", params: { expected: expected ?? "" } }], warnings: [] };
  }
  const missing: Reason[] = [];
  if (input.date > today) missing.push({ code: "DATE_IN_FUTURE" });
  if (input.date < facts.stageSince) missing.push({ code: "DATE_BEFORE_PREVIOUS_STEP", params: { previous: facts.stageSince } });
  if (kind !== "FORWARD") {
    if (!input.reason?.trim()) missing.push({ code: "REASON_REQUIRED" });
    return missing.length ? { ok: false, missing, warnings: [] } : { ok: true, warnings: [] };
  }
  missing.push(...checkStepDatesNotInFuture(input, today));
  const context = { facts, input, rules, holidays };
  const own = LEAVING[facts.stage]?.(context) ?? [];
  missing.push(...own, ...checkPapers(context, own));
  const warnings = warningsFor(context);
  return missing.length ? { ok: false, missing, warnings } : { ok: true, warnings };
}
