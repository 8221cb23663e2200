import { compareViNames } from "../text";
import type { IsoDate } from "../rules/dates";
import { probationEnd } from "../rules/membership";
import { ruleSetByCode } from "../rules/rule-sets";

/** The lists organizers print (issue 10): a class roster, the proposals for the committee, the ceremony, the conversions due. */
export const LIST_KINDS = ["roster", "proposals", "ceremony", "conversion-due"] as const;
export type ListKind = (typeof LIST_KINDS)[number];

/** A print batch larger than this is refused: the browser would hang on thousands of pages. */
export const MAX_PRINT_BATCH = 500;

/** Party rolls are in order of given name, then full name. */
export function byName<T extends { fullName: string }>(rows: readonly T[]): T[] {
  return [...rows].sort((a, b) => compareViNames(a.fullName, b.fullName));
}

/** Charter Art. 5: the conversion falls due when the 12 months of probation from the ceremony end. */
export function conversionDueOn(ceremonyDate: IsoDate, ruleSetCode: string): IsoDate {
  return probationEnd(ceremonyDate, ruleSetByCode(ruleSetCode));
}

/** "2026-12": the first and last day of the month. */
export function monthRange(month: string): { from: IsoDate; to: IsoDate } {
  const [y, m] = month.split("-").map(Number) as [number, number];
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return { from: `${month}-01`, to: `${month}-${String(last).padStart(2, "0")}` };
}

export function inRange(date: IsoDate, range: { from: IsoDate; to: IsoDate }): boolean {
  return date >= range.from && date <= range.to;
}

/** A vote's result as the committee reads it: "8/10 (80%)", votes for over the roll it counted against. */
export function voteResult(vote: { votesFor: number; membersOnRoll: number } | null): string {
  if (!vote) return "";
  const share = vote.membersOnRoll > 0 ? Math.floor((vote.votesFor * 100) / vote.membersOnRoll) : 0;
  return `${vote.votesFor}/${vote.membersOnRoll} (${share}%)`;
}
