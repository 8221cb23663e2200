import "server-only";
import { prisma, type Tx } from "./client";
import { toIsoDate } from "@/lib/time";

/** The public holidays of the Holiday table, as the set the working-day rules take. */
export async function loadHolidays(db: Tx | typeof prisma = prisma): Promise<Set<string>> {
  const rows = await db.holiday.findMany({ select: { date: true } });
  return new Set(rows.map((r) => toIsoDate(r.date)));
}
