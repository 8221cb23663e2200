/**
 * Dates as people type them on a phone. The numeric keypad of iOS and most Android keyboards has no
 * "/", so besides "11/07/1982" a date may come as "11071982" (day, month, year run together),
 * "11.07.1982", "11-07-1982" or "11 07 1982"; the API sends ISO "1982-07-11". Everything is read
 * day first, as Vietnamese dates are written.
 *
 * Refused, with the reason so that the form can say how to type it instead:
 * - a two-digit year ("110782", "11/07/82"): a birth date may fall in 1950 or 2010, so no century
 *   rule would be right for every field;
 * - five or seven digits in a row ("1171982"): 1/17 or 11/7? Only eight digits split one way;
 * - a day that is not in the calendar (31/02, 29/02 outside leap years, month 13, day 0, year 0).
 */

export type DateInputProblem =
  /** Nothing typed (spaces only). */
  | "empty"
  /** The year has two digits: the century cannot be known. */
  | "shortYear"
  /** A run of digits that does not split into day, month, year one way only. */
  | "ambiguousDigits"
  /** Looks like a date, but that day does not exist. */
  | "noSuchDay"
  /** Not a date at all. */
  | "unreadable";

export type DateInputReading = { ok: true; iso: string } | { ok: false; problem: DateInputProblem };

// Between parts: one of / . - with optional spaces around it, or spaces alone.
const SEP = String.raw`\s*[./-]\s*|\s+`;
const DAY_FIRST = new RegExp(String.raw`^(\d{1,2})(?:${SEP})(\d{1,2})(?:${SEP})(\d{4})$`);
const DAY_FIRST_SHORT_YEAR = new RegExp(String.raw`^(\d{1,2})(?:${SEP})(\d{1,2})(?:${SEP})(\d{2})$`);
const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
const EIGHT_DIGITS = /^(\d{2})(\d{2})(\d{4})$/;

/** Whether `year` has a 29 February (Gregorian rule). */
export function isLeapYear(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

/** The number of days of `month` (1–12) in `year`. */
export function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : (DAYS_IN_MONTH[month - 1] ?? 0);
}

function calendarDay(year: number, month: number, day: number): DateInputReading {
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return { ok: false, problem: "noSuchDay" };
  const iso = `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
  return { ok: true, iso };
}

/** Reads what was typed into a date field: the ISO date, or why it could not be read. */
export function readDateInput(text: string): DateInputReading {
  const trimmed = text.trim();
  if (trimmed === "") return { ok: false, problem: "empty" };
  const iso = ISO.exec(trimmed);
  if (iso) return calendarDay(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const parts = DAY_FIRST.exec(trimmed) ?? EIGHT_DIGITS.exec(trimmed);
  if (parts) return calendarDay(Number(parts[3]), Number(parts[2]), Number(parts[1]));
  if (/^\d{6}$/.test(trimmed) || DAY_FIRST_SHORT_YEAR.test(trimmed)) return { ok: false, problem: "shortYear" };
  if (/^\d{5}$|^\d{7}$/.test(trimmed)) return { ok: false, problem: "ambiguousDigits" };
  return { ok: false, problem: "unreadable" };
}

/** The ISO date of what was typed, or null when it cannot be read. */
export function parseDateInput(text: string): string | null {
  const reading = readDateInput(text);
  return reading.ok ? reading.iso : null;
}

/** Day of the week of an ISO date: 0 Sunday … 6 Saturday. */
export function weekdayOf(iso: string): number {
  return new Date(`${iso}T00:00:00.000Z`).getUTCDay();
}
