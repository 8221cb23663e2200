import { z } from "zod";
import { ROLES } from "@/lib/domain/codes";
import { MIN_PASSWORD_LENGTH, passwordProblems, type PasswordProblem } from "@/lib/domain/password-policy";
import { MAX_INT4, zBool, zChoice, zChoiceId, zCleanString, zId, zInt, zText } from "./common";
import { msg } from "./messages";
import { zUnitCode } from "./unit";

/**
 * Accounts: the administrators' and superior staff's forms and API bodies (POST/PATCH /users), the
 * own password change (POST /me/password, /account/password) and the first-run form (/setup). The
 * browser checks the same schemas, so a password is judged by lib/domain/password-policy.ts on
 * both sides.
 */

/** The message of each broken password rule (validation.password*). */
export const PASSWORD_PROBLEM_MESSAGES: Record<PasswordProblem, string> = {
  TOO_SHORT: msg("passwordTooShort", { min: MIN_PASSWORD_LENGTH }),
  TOO_LONG: msg("passwordTooLong"),
  ONLY_DIGITS: msg("passwordOnlyDigits"),
  CONTAINS_USERNAME: msg("passwordContainsUsername"),
  TOO_COMMON: msg("passwordTooCommon"),
};

/**
 * A username as sign-in reads it: trimmed and lower-cased (lib/services/auth/verify-credentials.ts),
 * so one person cannot hold "An" and "an"; letters a–z, digits, ".", "_" and "-", starting with a
 * letter or digit ("bithu.cntt").
 */
export const zUsername = zCleanString({}, { error: msg("required") })
  .toLowerCase()
  .min(1, { message: msg("required"), abort: true })
  .min(3, msg("tooShort", { min: 3 }))
  .max(60, msg("tooLong", { max: 60 }))
  .regex(/^[a-z0-9][a-z0-9._-]*$/, msg("usernameFormat"));

export const zRole = zChoice(ROLES);

/** A password as typed: never trimmed (a space is a character), no control characters, not absurdly long. */
const zPasswordText = z
  .string({ error: msg("required") })
  .min(1, msg("required"))
  .max(200, msg("tooLong", { max: 200 }))
  .refine((value) => value.isWellFormed() && !/[\u0000-\u001F\u007F-\u009F]/.test(value), { message: msg("controlChars") });

/** Adds an issue at `path` for every password rule `password` breaks. */
function checkNewPassword(ctx: z.RefinementCtx, password: string, username: string, path: string): void {
  for (const problem of passwordProblems(password, username)) ctx.addIssue({ code: "custom", path: [path], message: PASSWORD_PROBLEM_MESSAGES[problem] });
}

/** The repeated password of a form, when sent: it must match. */
function checkConfirmation(ctx: z.RefinementCtx, password: string, confirmation: string | undefined): void {
  if (confirmation !== undefined && confirmation !== password) ctx.addIssue({ code: "custom", path: ["confirmPassword"], message: msg("passwordMismatch") });
}

// ── Accounts management ───────────────────────────────────────────────────────────────────────

/** POST /users: a new account gets a one-time password from the server, never one typed here. */
export const ZAccountCreate = z
  .object({
    username: zUsername,
    fullName: zText(120),
    role: zRole,
    unitId: zChoiceId,
  })
  .strict();
export type TAccountCreate = z.output<typeof ZAccountCreate>;

/** PATCH /users/{id}: what changes, with the version it was read at. */
export const ZAccountPatch = z
  .object({
    version: zInt(1, MAX_INT4),
    fullName: zText(120).optional(),
    role: zRole.optional(),
    unitId: zChoiceId.optional(),
    active: zBool.optional(),
  })
  .strict();
export type TAccountPatch = z.output<typeof ZAccountPatch>;

/** GET /users and the accounts page: ?q=&unitId=&role=&active=&page= ("" from a form means "any"). */
const emptyAsUndefined = (value: unknown) => (value === "" ? undefined : value);
export const ZAccountListQuery = z.object({
  q: zCleanString()
    .max(100, msg("tooLong", { max: 100 }))
    .optional(),
  unitId: z.preprocess(emptyAsUndefined, zId.optional()),
  role: z.preprocess(emptyAsUndefined, zRole.optional()),
  active: z.preprocess(emptyAsUndefined, z.enum(["true", "false"], { error: msg("invalidOption") }).optional()),
  page: zInt(1, 100000).default(1),
  pageSize: zInt(1, 100).default(20),
});
export type TAccountListQuery = z.output<typeof ZAccountListQuery>;

// ── Own password ──────────────────────────────────────────────────────────────────────────────

/**
 * POST /me/password and the /account/password form: the current password, a new one that obeys
 * the rules for `username` (the signed-in person's) and differs from the current one, and, from the
 * form, the new one typed again.
 */
export function ownPasswordSchema(username: string) {
  return z
    .object({
      currentPassword: zPasswordText,
      newPassword: zPasswordText,
      confirmPassword: z.string({ error: msg("required") }).optional(),
    })
    .strict()
    .superRefine((value, ctx) => {
      checkNewPassword(ctx, value.newPassword, username, "newPassword");
      if (value.newPassword === value.currentPassword) ctx.addIssue({ code: "custom", path: ["newPassword"], message: msg("passwordUnchanged") });
      checkConfirmation(ctx, value.newPassword, value.confirmPassword);
    });
}
export type TOwnPassword = z.output<ReturnType<typeof ownPasswordSchema>>;

// ── First run ─────────────────────────────────────────────────────────────────────────────────

/**
 * /setup: the first administrator, with a password they choose, and the root unit (its name and
 * code are needed only while the database has no unit at all).
 */
export const ZSetup = z
  .object({
    username: zUsername,
    fullName: zText(120),
    password: zPasswordText,
    confirmPassword: z.string({ error: msg("required") }).optional(),
    unitName: z.preprocess(emptyAsUndefined, zText(200).optional()),
    unitCode: z.preprocess(emptyAsUndefined, zUnitCode.optional()),
  })
  .strict()
  .superRefine((value, ctx) => {
    checkNewPassword(ctx, value.password, value.username, "password");
    checkConfirmation(ctx, value.password, value.confirmPassword);
  });
export type TSetup = z.output<typeof ZSetup>;

/** What admin:create reads from its command line. */
export const ZAdminCreate = z
  .object({
    username: zUsername,
    fullName: zText(120),
    unitName: zText(200),
    unitCode: zUnitCode,
  })
  .strict();
export type TAdminCreate = z.output<typeof ZAdminCreate>;
