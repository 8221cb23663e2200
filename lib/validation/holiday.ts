import { z } from "zod";
import { msg } from "./messages";
import { zDate, zText } from "./common";

/** A public holiday: the date as a form sends it (dd/MM/yyyy) or as the API does (ISO), and its name. */
export const ZHolidayCreate = z.object({ date: zDate, name: zText(120) }).strict();

/** The date in DELETE /api/v1/holidays/{date} and in the remove form. */
export const ZHolidayDate = z.object({ date: zDate });

/** ?year=2026; the page and the API default to the current year in Vietnam. */
export const ZHolidayYear = z.object({
  year: z.coerce.number({ error: msg("integer") }).int(msg("integer")).min(1900, msg("tooSmall", { min: 1900 })).max(2100, msg("tooLarge", { max: 2100 })).optional(),
});
