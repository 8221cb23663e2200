import type { IsoDate } from "./dates";

/**
 * Every threshold and period the app enforces, versioned by the regulation that sets it. A process
 * keeps the rule set in force when it began (Candidate.ruleSetCode). The 2025 texts are believed to
 * keep the 2021 numbers (domain.md §12.16); they are still separate records so that a change to one
 * never rewrites the other.
 */
export interface RuleSet {
  code: string;
  regulation: string;
  effectiveFrom: IsoDate;
  minAgeMonths: number;
  maxAgeMonths: number;
  certificateValidityMonths: number;
  certificateWarningDays: number;
  introducerKnownMonths: number;
  dossierStalenessMonths: number;
  youthUnionAge: { min: number; max: number };
  voteFraction: { numerator: number; denominator: number };
  branchMinOfficialMembers: number;
  decisionWorkingDays: number;
  decisionMaxExtensionDays: number;
  ceremonyWorkingDays: number;
  probationMonths: number;
  conversionResolutionWorkingDays: number;
  conversionDecisionWorkingDays: number;
  conversionMaxExtensionDays: number;
  failedConversionVotesToEscalate: number;
}

const COMMON = {
  minAgeMonths: 18 * 12,
  maxAgeMonths: 60 * 12,
  certificateValidityMonths: 60,
  certificateWarningDays: 90,
  introducerKnownMonths: 12,
  dossierStalenessMonths: 12,
  youthUnionAge: { min: 16, max: 30 },
  voteFraction: { numerator: 2, denominator: 3 },
  branchMinOfficialMembers: 3,
  decisionWorkingDays: 60,
  decisionMaxExtensionDays: 30,
  ceremonyWorkingDays: 30,
  probationMonths: 12,
  conversionResolutionWorkingDays: 30,
  conversionDecisionWorkingDays: 30,
  conversionMaxExtensionDays: 30,
  failedConversionVotesToEscalate: 3,
} as const;

export const RULE_SETS: readonly RuleSet[] = [
  { code: "QD24-2021", regulation: "QĐ 24-QĐ/TW (30/7/2021), HD 01-HD/TW (28/9/2021)", effectiveFrom: "2021-07-30", ...COMMON },
  { code: "QD294-2025", regulation: "QĐ 294-QĐ/TW (26/5/2025), HD 06-HD/TW (9/6/2025)", effectiveFrom: "2025-07-01", ...COMMON },
];

/** The set in force on a date (the oldest one for anything earlier). */
export function ruleSetFor(date: IsoDate): RuleSet {
  const inForce = RULE_SETS.filter((r) => r.effectiveFrom <= date).at(-1);
  return inForce ?? RULE_SETS[0]!;
}

export function ruleSetByCode(code: string): RuleSet {
  return RULE_SETS.find((r) => r.code === code) ?? ruleSetFor("9999-12-31");
}

/** votesFor / base ≥ 2/3, in integers: votesFor × 3 ≥ base × 2. */
export function meetsFraction(votesFor: number, base: number, rules: RuleSet): boolean {
  return base > 0 && votesFor * rules.voteFraction.denominator >= base * rules.voteFraction.numerator;
}
