/**
 * Calendar arithmetic on ISO dates ("YYYY-MM-DD"). Everything runs on UTC midnights so that no
 * time zone or daylight-saving shift can move a date; "today" always comes from the caller.
 */
export type IsoDate = string;

const toUtc = (iso: IsoDate) => new Date(`${iso}T00:00:00Z`);
const fromUtc = (d: Date): IsoDate => d.toISOString().slice(0, 10);

export function addDays(iso: IsoDate, days: number): IsoDate {
  const d = toUtc(iso);
  d.setUTCDate(d.getUTCDate() + days);
  return fromUtc(d);
}

/** Adds calendar months; the 31st becomes the last day of a shorter month (31/01 + 1 month = 28/02). */
export function addMonths(iso: IsoDate, months: number): IsoDate {
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = total % 12;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return fromUtc(new Date(Date.UTC(year, month, Math.min(d, lastDay))));
}

/** Whole months from `from` to `to` (age "counted in months": 18 y 0 m = 216 on the 18th birthday). */
export function wholeMonthsBetween(from: IsoDate, to: IsoDate): number {
  const [y1, m1, d1] = from.split("-").map(Number) as [number, number, number];
  const [y2, m2, d2] = to.split("-").map(Number) as [number, number, number];
  let months = (y2 - y1) * 12 + (m2 - m1);
  // Not yet the monthly anniversary (born on the 31st: the anniversary in a short month is its last day).
  const lastDayOfToMonth = new Date(Date.UTC(y2, m2, 0)).getUTCDate();
  if (d2 < Math.min(d1, lastDayOfToMonth)) months -= 1;
  return months;
}

export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((toUtc(to).getTime() - toUtc(from).getTime()) / 86_400_000);
}

/** 0 = Sunday … 6 = Saturday. */
export function dayOfWeek(iso: IsoDate): number {
  return toUtc(iso).getUTCDay();
}

export function maxDate(...dates: (IsoDate | null | undefined)[]): IsoDate | null {
  return (
    dates
      .filter((d): d is IsoDate => Boolean(d))
      .sort()
      .at(-1) ?? null
  );
}
