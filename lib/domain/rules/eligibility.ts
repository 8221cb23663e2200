import { addDays, addMonths, wholeMonthsBetween, type IsoDate } from "./dates";
import type { CandidateFacts, IntroducerFact, Reason } from "./facts";
import type { RuleSet } from "./rule-sets";

/** Charter Art. 1, QĐ 24/294 §3.1: 18 y 0 m to 60 y 0 m at the branch meeting, counted in months. */
export function checkAge(birthDate: IsoDate, voteDate: IsoDate, rules: RuleSet, over60Consent: string | null | undefined): Reason[] {
  const months = wholeMonthsBetween(birthDate, voteDate);
  if (months < rules.minAgeMonths) return [{ code: "AGE_TOO_LOW", params: { years: Math.floor(months / 12), months: months % 12 } }];
  // Our reading of "đủ 60 tuổi": up to 720 months; from 721 the provincial consent is needed (domain.md §12.18).
  if (months > rules.maxAgeMonths && !over60Consent) return [{ code: "AGE_OVER_LIMIT", params: { years: Math.floor(months / 12), months: months % 12 } }];
  return [];
}

/**
 * HD 01/06 §5.4: the awareness certificate is valid for 60 months from its date, the last of them
 * included (domain.md: valid when the branch vote is on or before issue + 60 months): issued on
 * 10/03/2021, it is valid through 10/03/2026 and expired from 11/03/2026.
 */
export function certificateValidThrough(certificateDate: IsoDate, rules: RuleSet): IsoDate {
  return addMonths(certificateDate, rules.certificateValidityMonths);
}

/** The first day the certificate no longer counts. */
export function certificateExpiry(certificateDate: IsoDate, rules: RuleSet): IsoDate {
  return addDays(certificateValidThrough(certificateDate, rules), 1);
}

export function checkCertificate(facts: CandidateFacts, onDate: IsoDate, rules: RuleSet): Reason[] {
  const date = facts.awareness?.certificateDate;
  if (!date) return [{ code: "CERTIFICATE_MISSING" }];
  const expiry = certificateExpiry(date, rules);
  if (onDate >= expiry) return [{ code: "CERTIFICATE_EXPIRED", params: { expiredOn: expiry } }];
  return [];
}

/** Warning, not a block: the certificate expires within the warning window. */
export function certificateWarning(facts: CandidateFacts, today: IsoDate, rules: RuleSet): Reason[] {
  const date = facts.awareness?.certificateDate;
  if (!date) return [];
  const expiry = certificateExpiry(date, rules);
  return today < expiry && addDays(today, rules.certificateWarningDays) >= expiry ? [{ code: "CERTIFICATE_EXPIRING", params: { expiresOn: expiry } }] : [];
}

function ageInYears(birthDate: IsoDate, on: IsoDate): number {
  return Math.floor(wholeMonthsBetween(birthDate, on) / 12);
}

/**
 * QĐ 294 §3.2: a candidate of Youth Union age (16–30 in whole years on `on`) in a unit with a Youth
 * Union goes the Youth Union route (the 4-KNĐ resolution and one member introduce them).
 */
export function inYouthUnionRoute(facts: Pick<CandidateFacts, "birthDate" | "unit">, on: IsoDate, rules: RuleSet): boolean {
  const age = ageInYears(facts.birthDate, on);
  return facts.unit.hasYouthUnion && age >= rules.youthUnionAge.min && age <= rules.youthUnionAge.max;
}

/**
 * Charter Art. 4, QĐ 294 §3.2: two official members introduce the candidate, or a Youth Union
 * (4-KNĐ) or Trade Union (4A-KNĐ) resolution and one official member; each member has worked or
 * lived with the candidate for at least 12 months. A candidate of Youth Union age in a unit with a
 * Youth Union goes the Youth Union route.
 */
export function checkIntroducers(facts: CandidateFacts, introducers: IntroducerFact[], voteDate: IsoDate, rules: RuleSet): Reason[] {
  const reasons: Reason[] = [];
  const members = introducers.filter((i) => i.kind === "PARTY_MEMBER");
  const unions = introducers.filter((i) => i.kind !== "PARTY_MEMBER");
  const enough = members.length >= 2 || (unions.length >= 1 && members.length >= 1);
  if (!enough) reasons.push({ code: "INTRODUCERS_INSUFFICIENT" });
  for (const m of members) {
    if (!m.officialSince || m.officialSince > m.documentDate) reasons.push({ code: "INTRODUCER_NOT_OFFICIAL", params: { name: m.name } });
    if (!m.knownSince || wholeMonthsBetween(m.knownSince, m.documentDate) < rules.introducerKnownMonths) {
      reasons.push({ code: "INTRODUCER_NOT_KNOWN_LONG_ENOUGH", params: { name: m.name, months: rules.introducerKnownMonths } });
    }
  }
  if (inYouthUnionRoute(facts, voteDate, rules) && !unions.some((u) => u.kind === "YOUTH_UNION")) {
    reasons.push({ code: "YOUTH_UNION_RESOLUTION_REQUIRED", params: { age: ageInYears(facts.birthDate, voteDate) } });
  }
  return reasons;
}

/** HD 06 §5.4: introductions, union resolutions and the opinions summary older than 12 months at the vote are redone. */
export function checkStaleness(introducers: IntroducerFact[], opinionsSummaryDate: IsoDate | null, voteDate: IsoDate, rules: RuleSet): Reason[] {
  const reasons: Reason[] = [];
  const stale = (date: IsoDate) => addMonths(date, rules.dossierStalenessMonths) < voteDate;
  for (const i of introducers) if (stale(i.documentDate)) reasons.push({ code: "DOCUMENT_STALE", params: { document: i.name, date: i.documentDate } });
  if (!opinionsSummaryDate) reasons.push({ code: "OPINIONS_SUMMARY_MISSING" });
  else if (stale(opinionsSummaryDate)) reasons.push({ code: "DOCUMENT_STALE", params: { document: "5-KNĐ", date: opinionsSummaryDate } });
  return reasons;
}
