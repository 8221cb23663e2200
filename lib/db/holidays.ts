import "server-only";
import { auditRow, type AuditEntry } from "./audit";
import { prisma, type Tx } from "./client";
import { uniqueViolationIndex } from "./errors";
import type { ScopedDb, ScopedTx } from "./scoped";
import { fromIsoDate, toIsoDate } from "@/lib/time";

/**
 * The holiday table is global (the scoped client passes it through unfiltered): every unit's
 * working-day deadlines count on the same calendar. Who may change it is the services' decision
 * (holiday.write); these functions only read and write it.
 */

/** Anything that reaches the holiday table: the base client, a transaction, a scoped client or its transaction. */
type HolidayReader = Pick<ScopedTx | ScopedDb | Tx | typeof prisma, "holiday">;

/** The public holidays of the Holiday table, as the set the working-day rules take. */
export async function loadHolidays(db: HolidayReader = prisma): Promise<Set<string>> {
  const rows = await db.holiday.findMany({ select: { date: true } });
  return new Set(rows.map((r) => toIsoDate(r.date)));
}

export interface HolidayRow {
  date: string;
  name: string;
}

/** One calendar year's holidays, in date order. */
export async function findHolidaysInYear(year: number, db: HolidayReader = prisma): Promise<HolidayRow[]> {
  const rows = await db.holiday.findMany({
    where: { date: { gte: fromIsoDate(`${year}-01-01`), lte: fromIsoDate(`${year}-12-31`) } },
    orderBy: { date: "asc" },
  });
  return rows.map((r) => ({ date: toIsoDate(r.date), name: r.name }));
}

/**
 * Adds a holiday unless its date is already in the table: false when it is (also when another
 * writer added the same date at the same moment), never a silent rename.
 */
export async function insertHolidayIfNew(holiday: HolidayRow, audit?: AuditEntry): Promise<boolean> {
  try {
    return await prisma.$transaction(async (tx) => {
      if (await tx.holiday.findUnique({ where: { date: fromIsoDate(holiday.date) } })) return false;
      await tx.holiday.create({ data: { date: fromIsoDate(holiday.date), name: holiday.name } });
      if (audit) await tx.auditEvent.create({ data: auditRow(audit) });
      return true;
    });
  } catch (error) {
    if (uniqueViolationIndex(error)) return false;
    throw error;
  }
}

/** Removes the holiday of `date` and returns it; null when there was none. */
export async function deleteHolidayIfPresent(date: string, audit?: AuditEntry): Promise<HolidayRow | null> {
  return prisma.$transaction(async (tx) => {
    const row = await tx.holiday.findUnique({ where: { date: fromIsoDate(date) } });
    if (!row) return null;
    await tx.holiday.delete({ where: { date: row.date } });
    if (audit) await tx.auditEvent.create({ data: auditRow({ ...audit, changes: { name: { from: row.name, to: null } } }) });
    return { date: toIsoDate(row.date), name: row.name };
  });
}
