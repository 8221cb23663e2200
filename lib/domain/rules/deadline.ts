// A type-only import (erased at build): the structural translator type every layer shares; the domain loads no i18n code.
import type { Translate } from "@/lib/i18n/translate-type";
import { daysBetween, type IsoDate } from "./dates";
import type { CandidateFacts } from "./facts";
import type { RuleSet } from "./rule-sets";

export const DEADLINE_KINDS = [
  "CERTIFICATE_EXPIRY",
  "DECISION_DUE",
  "CEREMONY_DUE",
  "PROBATION_END",
  "CONVERSION_RESOLUTION_DUE",
  "CONVERSION_DECISION_DUE",
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
  /** The rule set and the rule the deadline comes from, shown next to it (in the reader's language: translateRuleRef). */
  ruleSetCode: string;
  rule: DeadlineRule;
  /** The regulation's citation ("QĐ 294-QĐ/TW …"): a document number, the same in every language. */
  regulation: string;
}

// The numbers each rule quotes, from the candidate's rule set.
const PARAMS: Record<DeadlineKind, (r: RuleSet) => Record<string, number>> = {
  CERTIFICATE_EXPIRY: (r) => ({ months: r.certificateValidityMonths }),
  DECISION_DUE: (r) => ({ days: r.decisionWorkingDays, maxExtension: r.decisionMaxExtensionDays }),
  CEREMONY_DUE: (r) => ({ days: r.ceremonyWorkingDays }),
  PROBATION_END: (r) => ({ months: r.probationMonths }),
  CONVERSION_RESOLUTION_DUE: (r) => ({ days: r.conversionResolutionWorkingDays }),
  CONVERSION_DECISION_DUE: (r) => ({ days: r.conversionDecisionWorkingDays, maxExtension: r.conversionMaxExtensionDays }),
};

export function deadline(kind: DeadlineKind, dueDate: IsoDate, today: IsoDate, rules: RuleSet): Deadline {
  return {
    kind,
    dueDate,
    overdue: today > dueDate,
    daysLeft: daysBetween(today, dueDate),
    ruleSetCode: rules.code,
    rule: { code: DEADLINE_RULES[kind], params: PARAMS[kind](rules) },
    regulation: rules.regulation,
  };
}

/** The rule reference in the reader's language: the translated rule, then the regulation's citation. */
export function translateRuleRef(t: Translate, d: Pick<Deadline, "rule" | "regulation">): string {
  return `${t(`deadlineRule.${d.rule.code}`, d.rule.params)} · ${d.regulation}`;
}

/** The two decisions of the superior whose deadline an extension may move. */
export type ExtensionKind = "ADMISSION" | "CONVERSION";

/** QĐ 24/294 §4–5: an extension of a decision's deadline counts up to the rule set's maximum, never more. */
export function cappedExtension(kind: ExtensionKind, days: number, rules: RuleSet): number {
  return Math.min(Math.max(days, 0), kind === "ADMISSION" ? rules.decisionMaxExtensionDays : rules.conversionMaxExtensionDays);
}

/**
 * The extension in force for a decision: the larger of the one recorded while waiting
 * (recordedExtensions) and the one noted on the decision itself, capped.
 */
export function extensionInForce(
  kind: ExtensionKind,
  facts: Pick<CandidateFacts, "recordedExtensions" | "admissionDecision" | "conversionDecisionExtensionDays">,
  rules: RuleSet,
  noted = 0,
): number {
  const recorded = kind === "ADMISSION" ? (facts.recordedExtensions?.admission ?? 0) : (facts.recordedExtensions?.conversion ?? 0);
  const onDecision = kind === "ADMISSION" ? (facts.admissionDecision?.extensionDays ?? 0) : facts.conversionDecisionExtensionDays;
  return cappedExtension(kind, Math.max(recorded, onDecision, noted), rules);
}

/** QĐ 24/294 §4: the admission decision's due date: 60 working days from the branch resolution (6-KNĐ), plus the extension. */
export function admissionDecisionExtension(facts: Pick<CandidateFacts, "recordedExtensions" | "admissionDecision">, rules: RuleSet): number {
  return extensionInForce("ADMISSION", { ...facts, conversionDecisionExtensionDays: 0 }, rules);
}

/** QĐ 24/294 §5: the conversion decision within 30 working days of the branch's 13-KNĐ, + up to 30 recorded. */
export function conversionDecisionExtension(facts: Pick<CandidateFacts, "recordedExtensions" | "conversionDecisionExtensionDays">, rules: RuleSet): number {
  return extensionInForce("CONVERSION", { ...facts, admissionDecision: null }, rules);
}
