import { z } from "zod";
import { zDate, zInt, zText } from "./common";

/** A public holiday: the date as a form sends it (dd/MM/yyyy) or as the API does (ISO), and its name. */
export const ZHolidayCreate = z.object({ date: zDate, name: zText(120) }).strict();

/** The date in DELETE /api/v1/holidays/{date} and in the remove form. */
export const ZHolidayDate = z.object({ date: zDate });

/** ?year=2026; the page and the API default to the current year in Vietnam. */
export const ZHolidayYear = z.object({
  year: zInt(1900, 2100).optional(),
});
