import { z } from "zod";
import { msg } from "./messages";
import { parseDateInput } from "@/lib/domain/date-input";
import { todayVn } from "@/lib/time";

// No run-time code generation: zod 4 would otherwise probe `new Function` for its fast path, which
// the pages' Content-Security-Policy (no 'unsafe-eval') reports as a violation in every browser.
// Every schema module imports this file, so the setting holds before any schema is used.
z.config({ jitless: true });

/**
 * Reads a date as forms (typed on a phone: "11071982", "11.07.1982", "11/07/1982"…) and the API
 * ("1982-07-11") send it, and yields ISO; null when it cannot be read (see lib/domain/date-input.ts).
 */
export function parseFlexibleDate(text: string): string | null {
  return parseDateInput(text);
}

// Room for "11 / 07 / 1982" typed with spaces; anything longer is not a date.
const MAX_DATE_TEXT = 20;

export const zDate = z
  .string({ error: msg("required") })
  .trim()
  .min(1, msg("required"))
  .max(MAX_DATE_TEXT, msg("invalidDate"))
  .transform((value, ctx) => {
    // One message for every unreadable date, saying how to type one (the form's DateInput says
    // more precisely what is wrong while typing); the import's problem code stays INVALID_DATE.
    const iso = parseDateInput(value);
    if (!iso) {
      ctx.addIssue({ code: "custom", message: msg("invalidDate") });
      return z.NEVER;
    }
    if (iso < "1900-01-01") {
      ctx.addIssue({ code: "custom", message: msg("dateTooEarly") });
      return z.NEVER;
    }
    return iso;
  });

/** A date that cannot be later than today in Vietnam. */
export const zPastDate = zDate.refine((iso) => iso <= todayVn(), { message: msg("dateInFuture") });

const isBlank = (input: unknown) => input === undefined || input === null || input === "";

/** An error function: "required" when nothing was sent, `key` when something wrong was. */
export function orRequired(key: string) {
  return (issue: { input?: unknown }) => (isBlank(issue.input) ? msg("required") : key);
}

/**
 * The same for a value picked from a list (a select, radio buttons): "Bắt buộc chọn." when nothing
 * was picked, since there is nothing to type ("Bắt buộc nhập." would send the reader looking for a box).
 */
export function orRequiredChoice(key: string) {
  return (issue: { input?: unknown }) => (isBlank(issue.input) ? msg("requiredChoice") : key);
}

/** An id a program sends (a record's own id, a link's parameter). */
export const zId = z.uuid({ error: orRequired(msg("uuid")) });

/** An id a person picks from a list (a unit, a class): unpicked says "choose one". */
export const zChoiceId = z.uuid({ error: orRequiredChoice(msg("uuid")) });

/** One of a fixed list of codes (sex, role, stage, kind…), picked in a select. */
export function zChoice<const T extends readonly string[]>(values: T) {
  return z.enum(values, { error: orRequiredChoice(msg("invalidOption")) });
}

/** PostgreSQL's int4 columns (version, counts): a larger number would fail in the database, not here. */
export const MAX_INT4 = 2_147_483_647;

// Control characters (C0, DEL, C1): invisible, and NUL is refused by PostgreSQL text columns.
const NO_CONTROL = /^[^\u0000-\u001F\u007F-\u009F]*$/;
// Multi-line notes (textareas) may keep tabs and line breaks; every other control character is refused.
const NO_CONTROL_MULTILINE = /^[^\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]*$/;

export interface TextOptions {
  /** A textarea: tabs and line breaks are allowed. */
  multiline?: boolean;
}

/**
 * The base of every free-text input. NFC first, so that a name typed on a "Unicode tổ hợp" keyboard
 * (e + combining marks) is stored and compared like the same name typed precomposed, and so that
 * length limits count letters rather than marks; then trimmed; then free of control characters.
 */
export function zCleanString(options: TextOptions = {}, params?: Parameters<typeof z.string>[0]) {
  return (
    z
      .string(params)
      // A lone UTF-16 surrogate ("a\ud800b", valid JSON) is not text: PostgreSQL could not store it as
      // UTF-8 and would fail with a driver error. Refused first, with the invalid-characters message.
      .refine(isWellFormedText, { message: msg("controlChars"), abort: true })
      .normalize("NFC")
      .trim()
      // abort: a field with a control character gets that one message, not also "name format" etc.
      .regex(options.multiline ? NO_CONTROL_MULTILINE : NO_CONTROL, { message: msg("controlChars"), abort: true })
  );
}

/** Optional text: empty strings from forms become null. */
export function zOptionalText(max: number, options: TextOptions = {}) {
  return zCleanString(options)
    .max(max, msg("tooLong", { max }))
    .nullish()
    .transform((v) => (v ? v : null));
}

/**
 * Required text. Empty (or spaces only) says "required" and nothing else: "at least 2 characters"
 * or a format message would describe a text that is not there.
 */
export function zText(max: number, min = 1, options: TextOptions = {}) {
  return zCleanString(options, { error: msg("required") })
    .min(1, { message: msg("required"), abort: true })
    .min(min, msg("tooShort", { min }))
    .max(max, msg("tooLong", { max }));
}

/** Checkboxes arrive as "on" from plain forms and as booleans from JSON. */
export const zBool = z.union([z.boolean(), z.literal("on"), z.literal("true"), z.literal("false")]).transform((v) => v === true || v === "on" || v === "true");

/** An optional date: empty form fields become null. */
export const zOptionalDate = z
  .union([z.literal(""), z.null(), zDate])
  .optional()
  .transform((v) => (v ? v : null));

/** Whether a string is well-formed UTF-16 (no lone surrogate halves). */
export function isWellFormedText(value: string): boolean {
  return value.isWellFormed();
}

// Numbers typed into forms and query strings: optional minus sign, digits, optional decimals.
// No exponent, no hex, no "Infinity", no thousands separators, no inner spaces.
const NUMERIC_TEXT = /^-?\d+(\.\d+)?$/;

/**
 * A number as the app accepts one: a JSON number, or a string of digits as forms and query strings
 * send them ("7", "-3", "7.5"). Surrounding whitespace is trimmed (" 9 " is 9): forms and
 * spreadsheets hand over pasted values with a stray space or tab, and the number they mean is not in
 * doubt; anything inside the digits is refused. Everything else — booleans, arrays ([[[7]]]),
 * objects, "", "1e3", "0x10", "Infinity" — is left as it is, for the number schema to refuse.
 * (z.coerce.number took all of those: Number(true) is 1 and Number([[[7]]]) is 7.)
 */
export function numberFromInput(value: unknown): unknown {
  if (typeof value !== "string") return value;
  const trimmed = value.trim();
  return NUMERIC_TEXT.test(trimmed) ? Number(trimmed) : value;
}

/**
 * Wraps a number schema so that it also takes numeric strings (numberFromInput) and nothing else:
 * the replacement for z.coerce.number() in input schemas, e.g.
 * `zNumeric(z.number({ error: msg("integer") }).int(msg("integer")).min(1).max(100))`.
 */
export function zNumeric<T extends z.ZodNumber>(schema: T) {
  return z.preprocess(numberFromInput, schema);
}

/** A whole number in a range, from JSON or a form/query string; `error` when it is not a number. */
export function zInt(min: number, max: number, error: string = msg("integer")) {
  return zNumeric(z.number({ error }).int(msg("integer")).min(min, msg("tooSmall", { min })).max(max, msg("tooLarge", { max })));
}

/** An optional whole number in a range: empty form fields become null; "7" from a form becomes 7. */
export function zOptionalInt(min: number, max: number) {
  return z
    .union([z.literal(""), z.null(), zInt(min, max)])
    .optional()
    .transform((v) => (v === "" || v === undefined ? null : v));
}
