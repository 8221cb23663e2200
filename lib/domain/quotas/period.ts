/**
 * A quota period: a calendar year ("2025") or a five-year term ("2020-2025"). A term counts
 * decisions from 1 January of its first year to 31 December of its last: congresses meet mid-year,
 * so the boundary years belong to both terms; every quota record keeps its explicit years
 * (domain.md §12.17).
 */
export interface Period {
  kind: "YEAR" | "TERM";
  startYear: number;
  endYear: number;
  from: string;
  to: string;
  label: string;
}

export type PeriodError = "PERIOD_FORMAT" | "PERIOD_TERM_LENGTH" | "PERIOD_RANGE";

const MIN_YEAR = 1990;
const MAX_YEAR = 2100;
export const TERM_YEARS = 5;

export function parsePeriod(text: string): { ok: true; period: Period } | { ok: false; error: PeriodError } {
  const year = /^(\d{4})$/.exec(text.trim());
  const term = /^(\d{4})\s*[-–]\s*(\d{4})$/.exec(text.trim());
  if (!year && !term) return { ok: false, error: "PERIOD_FORMAT" };
  const startYear = Number(year ? year[1] : term![1]);
  const endYear = Number(year ? year[1] : term![2]);
  if (startYear < MIN_YEAR || endYear > MAX_YEAR) return { ok: false, error: "PERIOD_RANGE" };
  if (term && endYear - startYear !== TERM_YEARS) return { ok: false, error: "PERIOD_TERM_LENGTH" };
  return { ok: true, period: periodOf(startYear, endYear) };
}

export function periodOf(startYear: number, endYear: number): Period {
  const kind = startYear === endYear ? "YEAR" : "TERM";
  return {
    kind,
    startYear,
    endYear,
    from: `${startYear}-01-01`,
    to: `${endYear}-12-31`,
    label: kind === "YEAR" ? String(startYear) : `${startYear}-${endYear}`,
  };
}

const dayNumber = (iso: string) => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000;

/** The share of the period that has passed on `today`, from 0 to 1. */
export function periodProgress(period: Period, today: string): number {
  const total = dayNumber(period.to) - dayNumber(period.from) + 1;
  const done = dayNumber(today) - dayNumber(period.from) + 1;
  return Math.min(1, Math.max(0, done / total));
}

export function daysLeft(period: Period, today: string): number {
  return Math.max(0, dayNumber(period.to) - dayNumber(today));
}
