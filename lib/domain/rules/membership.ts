import { addMonths, wholeMonthsBetween, type IsoDate } from "./dates";
import type { RuleSet } from "./rule-sets";

/** Charter Art. 5: probation lasts 12 months counted from the day of the admission ceremony. */
export function probationEnd(ceremonyDate: IsoDate, rules: RuleSet): IsoDate {
  return addMonths(ceremonyDate, rules.probationMonths);
}

/**
 * Charter Art. 5: a probationary member recognised as official is official as of the day probation
 * ends, whenever the recognition decision is signed (a late decision does not shorten party life).
 */
export function officialAsOf(ceremonyDate: IsoDate, rules: RuleSet): IsoDate {
  return probationEnd(ceremonyDate, rules);
}

export interface PartyAge {
  years: number;
  months: number;
}

/**
 * Charter Art. 5: party age (tuổi đảng) counts from the date written on the admission decision
 * (9-KNĐ), not from the ceremony or from official recognition. Null before that date.
 */
export function partyAge(admissionDecisionDate: IsoDate, on: IsoDate): PartyAge | null {
  if (on < admissionDecisionDate) return null;
  const months = wholeMonthsBetween(admissionDecisionDate, on);
  return { years: Math.floor(months / 12), months: months % 12 };
}
