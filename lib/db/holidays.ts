import "server-only";
import { prisma, type Tx } from "./client";
import { fromIsoDate, toIsoDate } from "@/lib/time";

/** The public holidays of the Holiday table, as the set the working-day rules take. */
export async function loadHolidays(db: Tx | typeof prisma = prisma): Promise<Set<string>> {
  const rows = await db.holiday.findMany({ select: { date: true } });
  return new Set(rows.map((r) => toIsoDate(r.date)));
}

export interface HolidayRow {
  date: string;
  name: string;
}

/** One calendar year's holidays, in date order. */
export async function findHolidaysInYear(year: number, db: Tx | typeof prisma = prisma): Promise<HolidayRow[]> {
  const rows = await db.holiday.findMany({
    where: { date: { gte: fromIsoDate(`${year}-01-01`), lte: fromIsoDate(`${year}-12-31`) } },
    orderBy: { date: "asc" },
  });
  return rows.map((r) => ({ date: toIsoDate(r.date), name: r.name }));
}

export async function findHoliday(db: Tx, date: string): Promise<HolidayRow | null> {
  const row = await db.holiday.findUnique({ where: { date: fromIsoDate(date) } });
  return row ? { date: toIsoDate(row.date), name: row.name } : null;
}

export async function insertHoliday(db: Tx, holiday: HolidayRow): Promise<void> {
  await db.holiday.create({ data: { date: fromIsoDate(holiday.date), name: holiday.name } });
}

export async function deleteHoliday(db: Tx, date: string): Promise<void> {
  await db.holiday.delete({ where: { date: fromIsoDate(date) } });
}
