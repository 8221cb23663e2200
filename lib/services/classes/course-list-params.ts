/**
 * The class list's filter and page, read from the URL. Pure (no server-only import) so the rules are
 * unit tests; the service turns a filter into a date range with `courseDateRange`.
 */

/** Classes on one page of the class list. */
export const COURSES_PER_PAGE = 20;

/** "current": this year's classes and the ones to come (the default); a year: the classes starting in it; "all". */
export type CourseYearFilter = "current" | "all" | number;

export interface CourseListParams {
  year: CourseYearFilter;
  page: number;
}

// Years outside this window are typing slips, not filters: they fall back to the default.
const FIRST_YEAR = 1930;
const LAST_YEAR = 2200;

/** The filter and page a URL asks for; anything unreadable is the default (this year on, page 1). */
export function readCourseListParams(params: { year?: string | string[]; page?: string | string[] }): CourseListParams {
  const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v)?.trim() ?? "";
  const yearText = one(params.year);
  const pageText = one(params.page);
  let year: CourseYearFilter = "current";
  if (yearText === "all") year = "all";
  else if (/^\d{4}$/.test(yearText) && Number(yearText) >= FIRST_YEAR && Number(yearText) <= LAST_YEAR) year = Number(yearText);
  const page = /^\d{1,6}$/.test(pageText) && Number(pageText) >= 1 ? Number(pageText) : 1;
  return { year, page };
}

/** The URL parameters of a filter and page, leaving out the defaults so the plain URL stays plain. */
export function courseListQuery({ year, page }: CourseListParams): Record<string, string> {
  const query: Record<string, string> = {};
  if (year !== "current") query.year = String(year);
  if (page > 1) query.page = String(page);
  return query;
}

/**
 * The dates a filter keeps, as ISO bounds. "current" keeps every class still running on or after
 * 1 January of `today`'s year (one that started in December and ends in January counts), a year
 * keeps the classes that start in it, "all" keeps everything.
 */
export function courseDateRange(year: CourseYearFilter, today: string): { endFrom?: string; startFrom?: string; startBefore?: string } {
  if (year === "all") return {};
  if (year === "current") return { endFrom: `${today.slice(0, 4)}-01-01` };
  return { startFrom: `${year}-01-01`, startBefore: `${year + 1}-01-01` };
}

/** The years the filter offers, newest first: from the latest class (or this year, if later) back to the earliest. */
export function courseYears(first: string | null, last: string | null, today: string): number[] {
  const thisYear = Number(today.slice(0, 4));
  const newest = Math.max(thisYear, last ? Number(last.slice(0, 4)) : thisYear);
  const oldest = Math.min(thisYear, first ? Number(first.slice(0, 4)) : thisYear);
  return Array.from({ length: newest - oldest + 1 }, (_, i) => newest - i);
}

/** The page to show: the one asked for, or the last one when it asks past the end. */
export function clampPage(page: number, total: number, perPage = COURSES_PER_PAGE): number {
  return Math.min(page, Math.max(1, Math.ceil(total / perPage)));
}
