import { addDays, addMonths, daysBetween, type IsoDate } from "./dates";
import { certificateExpiry } from "./eligibility";
import type { CandidateFacts } from "./facts";
import { ruleSetByCode, type RuleSet } from "./rule-sets";
import { addWorkingDays } from "./working-days";

export const DEADLINE_KINDS = [
  "CERTIFICATE_EXPIRY",
  "DECISION_DUE",
  "CEREMONY_DUE",
  "PROBATION_END",
  "CONVERSION_RESOLUTION_DUE",
  "CONVERSION_DECISION_DUE",
  "FAILED_VOTES_ESCALATE",
] as const;
export type DeadlineKind = (typeof DEADLINE_KINDS)[number];

export interface Deadline {
  kind: DeadlineKind;
  dueDate: IsoDate;
  overdue: boolean;
  daysLeft: number;
  /** The rule set and the text the deadline comes from, shown next to it. */
  ruleSetCode: string;
  ruleRef: string;
}

// What each deadline counts; the regulation comes from the candidate's rule set.
const REFS: Record<DeadlineKind, (r: RuleSet) => string> = {
  CERTIFICATE_EXPIRY: (r) => `${r.certificateValidityMonths} tháng từ ngày cấp giấy chứng nhận`,
  DECISION_DUE: (r) => `${r.decisionWorkingDays} ngày làm việc từ nghị quyết chi bộ (gia hạn ≤ ${r.decisionMaxExtensionDays})`,
  CEREMONY_DUE: (r) => `${r.ceremonyWorkingDays} ngày làm việc từ ngày nhận quyết định`,
  PROBATION_END: (r) => `${r.probationMonths} tháng dự bị từ ngày kết nạp (Điều lệ Đảng, Điều 5)`,
  CONVERSION_RESOLUTION_DUE: (r) => `${r.conversionResolutionWorkingDays} ngày làm việc sau khi hết dự bị`,
  CONVERSION_DECISION_DUE: (r) => `${r.conversionDecisionWorkingDays} ngày làm việc từ nghị quyết chi bộ (gia hạn ≤ ${r.conversionMaxExtensionDays})`,
  FAILED_VOTES_ESCALATE: (r) => `${r.failedConversionVotesToEscalate} lần chi bộ xét không đạt`,
};

function deadline(kind: DeadlineKind, dueDate: IsoDate, today: IsoDate, rules: RuleSet): Deadline {
  return { kind, dueDate, overdue: today > dueDate, daysLeft: daysBetween(today, dueDate), ruleSetCode: rules.code, ruleRef: `${REFS[kind](rules)} · ${rules.regulation}` };
}

/** The deadlines that apply to a candidate in their current stage. */
export function candidateDeadlines(facts: CandidateFacts, today: IsoDate, holidays: ReadonlySet<IsoDate>): Deadline[] {
  const rules = ruleSetByCode(facts.ruleSetCode);
  const out: Deadline[] = [];
  const at = (kind: DeadlineKind, due: IsoDate) => out.push(deadline(kind, due, today, rules));
  switch (facts.stage) {
    case "DOSSIER":
    case "AWARENESS_TEST":
    case "BRANCH_VOTE":
      if (facts.awareness?.certificateDate) at("CERTIFICATE_EXPIRY", certificateExpiry(facts.awareness.certificateDate, rules));
      break;
    case "COMMITTEE_REVIEW":
    case "SUPERIOR_DECISION":
      if (facts.branchResolution) {
        const extension = Math.min(facts.admissionDecision?.extensionDays ?? 0, rules.decisionMaxExtensionDays);
        at("DECISION_DUE", addWorkingDays(facts.branchResolution.date, rules.decisionWorkingDays + extension, holidays));
      }
      break;
    case "CEREMONY": {
      const received = facts.admissionDecision?.receivedOn ?? facts.admissionDecision?.date;
      if (received) at("CEREMONY_DUE", addWorkingDays(received, rules.ceremonyWorkingDays, holidays));
      break;
    }
    case "PROBATION": {
      if (!facts.ceremonyDate) break;
      const end = addMonths(facts.ceremonyDate, rules.probationMonths);
      if (facts.conversionBranchResolution) {
        const extension = Math.min(facts.conversionDecisionExtensionDays, rules.conversionMaxExtensionDays);
        at("CONVERSION_DECISION_DUE", addWorkingDays(facts.conversionBranchResolution.date, rules.conversionDecisionWorkingDays + extension, holidays));
      } else if (today < end) at("PROBATION_END", end);
      else at("CONVERSION_RESOLUTION_DUE", addWorkingDays(end, rules.conversionResolutionWorkingDays, holidays));
      if (facts.failedConversionVotes >= rules.failedConversionVotesToEscalate) at("FAILED_VOTES_ESCALATE", today);
      break;
    }
    default:
      break;
  }
  return out;
}

/** Deadlines that are overdue or fall within `withinDays` of today. */
export function openDeadlines(facts: CandidateFacts, today: IsoDate, holidays: ReadonlySet<IsoDate>, withinDays: number): Deadline[] {
  const horizon = addDays(today, withinDays);
  return candidateDeadlines(facts, today, holidays).filter((d) => d.dueDate <= horizon);
}
