/**
 * Calendar dates in Asia/Ho_Chi_Minh. The domain works on ISO dates ("YYYY-MM-DD"); this module is
 * the only place that reads the clock, so rules stay testable with any "today".
 */
export const TIME_ZONE = "Asia/Ho_Chi_Minh";

const isoFormatter = new Intl.DateTimeFormat("en-CA", { timeZone: TIME_ZONE, year: "numeric", month: "2-digit", day: "2-digit" });

/** Today's date in Vietnam, e.g. "2026-11-24". */
export function todayVn(now: Date = new Date()): string {
  return isoFormatter.format(now);
}

/** A DB `@db.Date` value (UTC midnight) to "YYYY-MM-DD". */
export function toIsoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** "YYYY-MM-DD" to the UTC-midnight Date that Prisma stores in a `@db.Date` column. */
export function fromIsoDate(iso: string): Date {
  return new Date(`${iso}T00:00:00.000Z`);
}

/** "YYYY-MM-DD" → "dd/MM/yyyy", the format Vietnamese users read and write. */
export function formatVnDate(iso: string | null | undefined): string {
  if (!iso) return "";
  const [y, m, d] = iso.slice(0, 10).split("-");
  return `${d}/${m}/${y}`;
}

const dateTimeFormatter = new Intl.DateTimeFormat("vi-VN", {
  timeZone: TIME_ZONE,
  day: "2-digit",
  month: "2-digit",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  hour12: false,
});

/** A timestamp as "dd/MM/yyyy HH:mm" in Vietnam time. */
export function formatVnDateTime(at: Date): string {
  const parts = Object.fromEntries(dateTimeFormatter.formatToParts(at).map((p) => [p.type, p.value]));
  return `${parts.day}/${parts.month}/${parts.year} ${parts.hour}:${parts.minute}`;
}
