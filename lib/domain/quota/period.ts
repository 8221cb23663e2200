import { daysBetween, isIsoDate, type IsoDate } from "./dates";

/**
 * A quota period: a calendar year ("2025") or a 5-year congress term ("2020-2025").
 *
 * Term dates (a judgement call; domain.md §8.1, §12.17). A term runs from the congress held in its
 * start year to the one held in its end year, so adjacent terms share the boundary year and the
 * congress dates are not in the text. By default a term "2020-2025" counts admission decisions dated
 * 2020-01-01 … 2025-12-31: both congress years are included, because each holds admissions of the
 * term (before the 2025 congress, the end-of-term push; after the 2020 congress, its start) and a
 * year cannot be split without the congress dates. The price is that the boundary year is counted in
 * both adjacent terms and that progress and pace run over six calendar years. When the quota record
 * carries the congress dates, pass them as `bounds` and the term becomes exactly that range.
 */
export type PeriodKind = "YEAR" | "TERM";

export interface Period {
  kind: PeriodKind;
  startYear: number;
  endYear: number;
  /** First day counted (inclusive). */
  from: IsoDate;
  /** Last day counted (inclusive). */
  to: IsoDate;
  /** Language-neutral short label: "2025", "2020–2025". */
  label: string;
}

export const MIN_PERIOD_YEAR = 1990;
export const MAX_PERIOD_YEAR = 2100;
/** A party congress term (nhiệm kỳ) lasts five years. */
export const TERM_YEARS = 5;

export const PERIOD_ERROR_CODES = ["PERIOD_FORMAT", "PERIOD_YEAR_RANGE", "PERIOD_TERM_LENGTH", "PERIOD_BOUNDS"] as const;
export type PeriodErrorCode = (typeof PERIOD_ERROR_CODES)[number];

export interface PeriodError {
  code: PeriodErrorCode;
  params: Record<string, string | number>;
}

export type ParsePeriodResult = { ok: true; period: Period } | { ok: false; error: PeriodError };

/** Explicit first/last day (e.g. the two congress dates of a term); each must lie in the period's years. */
export interface PeriodBounds {
  from?: IsoDate;
  to?: IsoDate;
}

// "2025", or two years joined by a hyphen or dash, spaces allowed ("2020 – 2025").
const YEAR_RE = /^(\d{4})$/;
const TERM_RE = /^(\d{4})\s*[-–—]\s*(\d{4})$/;

const fail = (code: PeriodErrorCode, params: Record<string, string | number>): ParsePeriodResult => ({ ok: false, error: { code, params } });

export function parsePeriod(text: string, bounds: PeriodBounds = {}): ParsePeriodResult {
  const trimmed = text.trim();
  const term = TERM_RE.exec(trimmed);
  const match = term ?? YEAR_RE.exec(trimmed);
  if (!match) return fail("PERIOD_FORMAT", { text: trimmed });

  const startYear = Number(match[1]);
  const endYear = Number(match[2] ?? match[1]);
  const outOfRange = (y: number) => y < MIN_PERIOD_YEAR || y > MAX_PERIOD_YEAR;
  if (outOfRange(startYear) || outOfRange(endYear)) return fail("PERIOD_YEAR_RANGE", { min: MIN_PERIOD_YEAR, max: MAX_PERIOD_YEAR });
  if (term && endYear - startYear !== TERM_YEARS) return fail("PERIOD_TERM_LENGTH", { years: TERM_YEARS, startYear, endYear });

  const widest = { from: `${startYear}-01-01`, to: `${endYear}-12-31` };
  const from = bounds.from ?? widest.from;
  const to = bounds.to ?? widest.to;
  const valid = (d: IsoDate) => isIsoDate(d) && d >= widest.from && d <= widest.to;
  if (!valid(from) || !valid(to) || from > to) return fail("PERIOD_BOUNDS", { from, to, min: widest.from, max: widest.to });

  return {
    ok: true,
    period: { kind: term ? "TERM" : "YEAR", startYear, endYear, from, to, label: term ? `${startYear}–${endYear}` : `${startYear}` },
  };
}

/** Days the period counts, both ends included (365 or 366 for a year). */
export function periodLengthDays(period: Period): number {
  return daysBetween(period.from, period.to) + 1;
}

/**
 * Fraction of the period elapsed on `today`, clamped to 0..1. Today counts as elapsed (decisions
 * dated today are already in the count), so the last day gives 1 and the day before the start 0.
 */
export function periodProgress(period: Period, today: IsoDate): number {
  const elapsed = daysBetween(period.from, today) + 1;
  return Math.min(1, Math.max(0, elapsed / periodLengthDays(period)));
}

/** Whole days still to come after `today` (0 on the last day; the whole length before the start). */
export function periodDaysLeft(period: Period, today: IsoDate): number {
  return Math.min(periodLengthDays(period), Math.max(0, daysBetween(today, period.to)));
}

export function periodContains(period: Period, date: IsoDate): boolean {
  return date >= period.from && date <= period.to;
}

/** The message that names the period ("Năm 2025", "Nhiệm kỳ 2020–2025"). */
export function periodTitle(period: Period): { code: "PERIOD_YEAR" | "PERIOD_TERM"; params: Record<string, number> } {
  return period.kind === "YEAR"
    ? { code: "PERIOD_YEAR", params: { year: period.startYear } }
    : { code: "PERIOD_TERM", params: { startYear: period.startYear, endYear: period.endYear } };
}
