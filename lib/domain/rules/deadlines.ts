import { addDays, daysBetween, type IsoDate } from "./dates";
import { certificateValidThrough } from "./eligibility";
import type { StageCode } from "../stages";
import type { CandidateFacts, Reason } from "./facts";
import { probationEnd } from "./membership";
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

/**
 * The rule each deadline counts, as a stable code: readers see it in their language through the
 * "deadlineRule.<code>" messages, while the code and its numbers stay the same in every language.
 */
export const DEADLINE_RULES = {
  CERTIFICATE_EXPIRY: "CERTIFICATE_VALIDITY",
  DECISION_DUE: "ADMISSION_DECISION_PERIOD",
  CEREMONY_DUE: "CEREMONY_PERIOD",
  PROBATION_END: "PROBATION_PERIOD",
  CONVERSION_RESOLUTION_DUE: "CONVERSION_RESOLUTION_PERIOD",
  CONVERSION_DECISION_DUE: "CONVERSION_DECISION_PERIOD",
  FAILED_VOTES_ESCALATE: "FAILED_CONVERSION_VOTES",
} as const satisfies Record<DeadlineKind, string>;
export type DeadlineRuleCode = (typeof DEADLINE_RULES)[DeadlineKind];

export interface DeadlineRule {
  code: DeadlineRuleCode;
  /** The numbers of the candidate's rule set that the label quotes. */
  params: Record<string, number>;
}

export interface Deadline {
  kind: DeadlineKind;
  dueDate: IsoDate;
  overdue: boolean;
  daysLeft: number;
  /** The rule set and the text the deadline comes from, shown next to it. */
  ruleSetCode: string;
  rule: DeadlineRule;
  /** The regulation's citation ("QĐ 294-QĐ/TW …"): a document number, the same in every language. */
  regulation: string;
  /** The reference in Vietnamese, the statute's language: for readers whose language is not known. */
  ruleRef: string;
}

// The numbers each rule quotes, from the candidate's rule set.
const PARAMS: Record<DeadlineKind, (r: RuleSet) => Record<string, number>> = {
  CERTIFICATE_EXPIRY: (r) => ({ months: r.certificateValidityMonths }),
  DECISION_DUE: (r) => ({ days: r.decisionWorkingDays, maxExtension: r.decisionMaxExtensionDays }),
  CEREMONY_DUE: (r) => ({ days: r.ceremonyWorkingDays }),
  PROBATION_END: (r) => ({ months: r.probationMonths }),
  CONVERSION_RESOLUTION_DUE: (r) => ({ days: r.conversionResolutionWorkingDays }),
  CONVERSION_DECISION_DUE: (r) => ({ days: r.conversionDecisionWorkingDays, maxExtension: r.conversionMaxExtensionDays }),
  FAILED_VOTES_ESCALATE: (r) => ({ count: r.failedConversionVotesToEscalate }),
};

// The Vietnamese wording of "deadlineRule.*" in vi.json (a unit test keeps the two identical).
const VI_REFS: Record<DeadlineRuleCode, (p: Record<string, number>) => string> = {
  CERTIFICATE_VALIDITY: (p) => `${p.months} tháng từ ngày cấp giấy chứng nhận`,
  ADMISSION_DECISION_PERIOD: (p) => `${p.days} ngày làm việc từ nghị quyết chi bộ (gia hạn ≤ ${p.maxExtension})`,
  CEREMONY_PERIOD: (p) => `${p.days} ngày làm việc từ ngày nhận quyết định`,
  PROBATION_PERIOD: (p) => `${p.months} tháng dự bị từ ngày kết nạp (Điều lệ Đảng, Điều 5)`,
  CONVERSION_RESOLUTION_PERIOD: (p) => `${p.days} ngày làm việc sau khi hết dự bị`,
  CONVERSION_DECISION_PERIOD: (p) => `${p.days} ngày làm việc từ nghị quyết chi bộ (gia hạn ≤ ${p.maxExtension})`,
  FAILED_CONVERSION_VOTES: (p) => `${p.count} lần chi bộ xét không đạt`,
};

function deadline(kind: DeadlineKind, dueDate: IsoDate, today: IsoDate, rules: RuleSet): Deadline {
  const rule: DeadlineRule = { code: DEADLINE_RULES[kind], params: PARAMS[kind](rules) };
  const ruleRef = `${VI_REFS[rule.code](rule.params)} · ${rules.regulation}`;
  return { kind, dueDate, overdue: today > dueDate, daysLeft: daysBetween(today, dueDate), ruleSetCode: rules.code, rule, regulation: rules.regulation, ruleRef };
}

type Translate = (key: string, params?: Record<string, string | number>) => string;

/** The rule reference in the reader's language: the translated rule, then the regulation's citation. */
export function translateRuleRef(t: Translate, d: Pick<Deadline, "rule" | "regulation">): string {
  return `${t(`deadlineRule.${d.rule.code}`, d.rule.params)} · ${d.regulation}`;
}

/**
 * QĐ 24/294 §4: the superior decides within 60 working days of the branch resolution; an extension
 * of up to 30 working days counts once it is recorded: while waiting (recordedExtensions) or noted
 * on the decision itself. More than the maximum is never counted.
 */
export function admissionDecisionExtension(facts: Pick<CandidateFacts, "recordedExtensions" | "admissionDecision">, rules: RuleSet): number {
  const recorded = Math.max(facts.recordedExtensions?.admission ?? 0, facts.admissionDecision?.extensionDays ?? 0);
  return Math.min(recorded, rules.decisionMaxExtensionDays);
}

/** The admission decision's due date, from the branch resolution (6-KNĐ) and the extension counted. */
export function admissionDecisionDue(branchResolutionDate: IsoDate, extensionDays: number, rules: RuleSet, holidays: ReadonlySet<IsoDate>): IsoDate {
  return addWorkingDays(branchResolutionDate, rules.decisionWorkingDays + Math.min(extensionDays, rules.decisionMaxExtensionDays), holidays);
}

/** QĐ 24/294 §5: the conversion decision within 30 working days of the branch's 13-KNĐ, + up to 30 recorded. */
export function conversionDecisionExtension(facts: Pick<CandidateFacts, "recordedExtensions" | "conversionDecisionExtensionDays">, rules: RuleSet): number {
  return Math.min(Math.max(facts.recordedExtensions?.conversion ?? 0, facts.conversionDecisionExtensionDays), rules.conversionMaxExtensionDays);
}

export type ExtensionKind = "ADMISSION" | "CONVERSION";

/** Where each decision is awaited: the admission decision's clock runs from the branch resolution on. */
const AWAITED_IN: Record<ExtensionKind, readonly StageCode[]> = { ADMISSION: ["COMMITTEE_REVIEW", "SUPERIOR_DECISION"], CONVERSION: ["PROBATION"] };

/** An extension is recorded while its decision is awaited, and never beyond the rule set's maximum. */
export function checkDecisionExtension(stage: StageCode, kind: ExtensionKind, days: number, rules: RuleSet): Reason[] {
  if (!AWAITED_IN[kind].includes(stage)) return [{ code: "EXTENSION_NOT_WAITING" }];
  const max = kind === "ADMISSION" ? rules.decisionMaxExtensionDays : rules.conversionMaxExtensionDays;
  return days > max ? [{ code: "EXTENSION_TOO_LONG", params: { max } }] : [];
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
      if (facts.awareness?.certificateDate) at("CERTIFICATE_EXPIRY", certificateValidThrough(facts.awareness.certificateDate, rules));
      break;
    case "COMMITTEE_REVIEW":
    case "SUPERIOR_DECISION":
      if (facts.branchResolution) at("DECISION_DUE", admissionDecisionDue(facts.branchResolution.date, admissionDecisionExtension(facts, rules), rules, holidays));
      break;
    case "CEREMONY": {
      const received = facts.admissionDecision?.receivedOn ?? facts.admissionDecision?.date;
      if (received) at("CEREMONY_DUE", addWorkingDays(received, rules.ceremonyWorkingDays, holidays));
      break;
    }
    case "PROBATION": {
      if (!facts.ceremonyDate) break;
      const end = probationEnd(facts.ceremonyDate, rules);
      if (facts.conversionBranchResolution) {
        const extension = conversionDecisionExtension(facts, rules);
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
