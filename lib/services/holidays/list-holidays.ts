import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { findHolidaysInYear } from "@/lib/db/holidays";
import { todayVn } from "@/lib/time";
import { ZHolidayYear } from "@/lib/validation/holiday";
import { parseOrThrow } from "@/lib/validation/parse";
import { mayWriteHolidays } from "./holiday-authority";

/** One year's public holidays (the current year by default) and whether the caller may change them. */
export async function listHolidays({ actor, input }: { actor: Actor; input: unknown }) {
  const { year = Number(todayVn().slice(0, 4)) } = parseOrThrow(ZHolidayYear, input);
  return { year, items: await findHolidaysInYear(year), mayWrite: mayWriteHolidays(actor) };
}
