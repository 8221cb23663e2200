import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { deleteHolidayIfPresent } from "@/lib/db/holidays";
import { notFound } from "@/lib/errors";
import { log } from "@/lib/log";
import { ZHolidayDate } from "@/lib/validation/holiday";
import { parseOrThrow } from "@/lib/validation/parse";
import { assertMayWriteHolidays } from "./holiday-authority";

/** Removes a public holiday (that date becomes a working day again if it is a weekday). */
export async function removeHoliday({ actor, input }: { actor: Actor; input: unknown }) {
  assertMayWriteHolidays(actor);
  const { date } = parseOrThrow(ZHolidayDate, input);
  const removed = await deleteHolidayIfPresent(date, { actorId: actor.userId, kind: "HOLIDAY", action: "DELETED", unitId: actor.unitId, entityId: date });
  if (!removed) throw notFound();
  // Every open deadline may move: keep a trace of who changed the calendar.
  log.info({ actorId: actor.userId, date }, "holiday removed");
  return removed;
}
