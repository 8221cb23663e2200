import { addDays, dayOfWeek, type IsoDate } from "./dates";

/**
 * Working days are Monday to Friday less the public holidays of the Holiday table (Tết included).
 * Every deadline "within N working days" of domain.md is counted with these.
 */
export function isWorkingDay(date: IsoDate, holidays: ReadonlySet<IsoDate>): boolean {
  const dow = dayOfWeek(date);
  return dow !== 0 && dow !== 6 && !holidays.has(date);
}

/** The n-th working day after `start` (the start day itself does not count). */
export function addWorkingDays(start: IsoDate, n: number, holidays: ReadonlySet<IsoDate>): IsoDate {
  let date = start;
  let left = n;
  while (left > 0) {
    date = addDays(date, 1);
    if (isWorkingDay(date, holidays)) left -= 1;
  }
  return date;
}

/** Working days after `from` up to and including `to` (0 when `to` is not after `from`). */
export function workingDaysBetween(from: IsoDate, to: IsoDate, holidays: ReadonlySet<IsoDate>): number {
  let count = 0;
  for (let d = addDays(from, 1); d <= to; d = addDays(d, 1)) if (isWorkingDay(d, holidays)) count += 1;
  return count;
}
