import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { insertHolidayIfNew } from "@/lib/db/holidays";
import { conflict } from "@/lib/errors";
import { log } from "@/lib/log";
import { ZHolidayCreate } from "@/lib/validation/holiday";
import { msg } from "@/lib/validation/messages";
import { parseOrThrow } from "@/lib/validation/parse";
import { assertMayWriteHolidays } from "./holiday-authority";

/** Adds a public holiday; a date already in the table is a 409, never a silent rename. */
export async function addHoliday({ actor, input }: { actor: Actor; input: unknown }) {
  assertMayWriteHolidays(actor);
  const holiday = parseOrThrow(ZHolidayCreate, input);
  // Two administrators adding the same date at once: the second is told it exists too.
  const audit = {
    actorId: actor.userId,
    kind: "HOLIDAY" as const,
    action: "CREATED",
    unitId: actor.unitId,
    entityId: holiday.date,
    changes: { name: { from: null, to: holiday.name } },
  };
  if (!(await insertHolidayIfNew(holiday, audit))) throw conflict("HOLIDAY_EXISTS", [{ path: "date", message: msg("holidayExists") }]);
  // Every open deadline may move: keep a trace of who changed the calendar.
  log.info({ actorId: actor.userId, date: holiday.date }, "holiday added");
  return holiday;
}
