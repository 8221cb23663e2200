/**
 * The few calendar helpers the quota maths needs, on ISO dates ("YYYY-MM-DD") read as UTC midnights
 * so that no time zone can move a date. Kept local so this folder depends only on the stage list;
 * the clock never enters: "today" is always a parameter.
 */
export type IsoDate = string;

/** "YYYY-MM": the key of a calendar month (monthly admission counts, the pace chart). */
export type MonthKey = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/** True for a real calendar date in ISO form (rejects 2025-02-30). */
export function isIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === value;
}

const toUtcMs = (iso: IsoDate) => Date.parse(`${iso}T00:00:00Z`);

/** Signed whole days from `from` to `to` (same day = 0). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((toUtcMs(to) - toUtcMs(from)) / DAY_MS);
}

export function addDays(iso: IsoDate, days: number): IsoDate {
  return new Date(toUtcMs(iso) + days * DAY_MS).toISOString().slice(0, 10);
}

export function monthKey(iso: IsoDate): MonthKey {
  return iso.slice(0, 7);
}

/** Last day of the month of `iso`. */
export function endOfMonth(iso: IsoDate): IsoDate {
  const [y, m] = iso.split("-").map(Number) as [number, number];
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
}

/** Every month key from the month of `from` to the month of `to`, inclusive. */
export function monthsFromTo(from: IsoDate, to: IsoDate): MonthKey[] {
  const [y1, m1] = from.split("-").map(Number) as [number, number];
  const [y2, m2] = to.split("-").map(Number) as [number, number];
  const out: MonthKey[] = [];
  for (let i = y1 * 12 + m1 - 1; i <= y2 * 12 + m2 - 1; i++) {
    out.push(`${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, "0")}`);
  }
  return out;
}

/**
 * Age in completed years on `on`, counted like the eligibility rules count months: someone born on
 * the 31st (or on 29/02) completes a month on the last day of a shorter month.
 */
export function completedYears(birthDate: IsoDate, on: IsoDate): number {
  const [y1, m1, d1] = birthDate.split("-").map(Number) as [number, number, number];
  const [y2, m2, d2] = on.split("-").map(Number) as [number, number, number];
  let months = (y2 - y1) * 12 + (m2 - m1);
  const lastDayOfMonth = new Date(Date.UTC(y2, m2, 0)).getUTCDate();
  if (d2 < Math.min(d1, lastDayOfMonth)) months -= 1;
  return Math.floor(months / 12);
}
