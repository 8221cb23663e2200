import type { z } from "zod";

/**
 * Validation messages travel as keys with parameters ("tooLong|max=120") so that one schema serves
 * the browser (react-hook-form) and the server, and each side translates into the reader's language.
 */
export type MessageParams = Record<string, string | number>;

export function msg(key: string, params: MessageParams = {}): string {
  const query = Object.entries(params)
    .map(([k, v]) => `${k}=${encodeURIComponent(String(v))}`)
    .join("&");
  return query ? `${key}|${query}` : key;
}

export function decodeMsg(encoded: string): { key: string; params: MessageParams } {
  const [key = "", query = ""] = encoded.split("|", 2);
  const params: MessageParams = {};
  for (const pair of query.split("&").filter(Boolean)) {
    const [k = "", v = ""] = pair.split("=", 2);
    params[k] = decodeURIComponent(v);
  }
  return { key, params };
}

/** Every issue of a failed parse as a field path and an encoded message: the server's error details and the forms' field errors alike. */
export function fieldIssues(error: z.ZodError): { path: string; message: string }[] {
  return error.issues.map((issue) => ({ path: issue.path.join("."), message: issueMessage(issue) }));
}

/** Maps zod's own issues (wrong type, too long…) to our keys; our schemas already carry keys. */
export function issueMessage(issue: z.core.$ZodIssue): string {
  if (issue.message && KNOWN.has(issue.message.split("|")[0] ?? "")) return issue.message;
  switch (issue.code) {
    case "invalid_type":
      return issue.input === undefined || issue.input === null ? msg("required") : msg("invalidType");
    case "too_big":
      return issue.origin === "string" ? msg("tooLong", { max: Number(issue.maximum) }) : msg("tooLarge", { max: Number(issue.maximum) });
    case "too_small":
      return issue.origin === "string" ? msg("tooShort", { min: Number(issue.minimum) }) : msg("tooSmall", { min: Number(issue.minimum) });
    case "invalid_value":
      return msg("invalidOption");
    case "invalid_format":
      return msg("invalidFormat");
    case "unrecognized_keys":
      return msg("unknownField");
    default:
      return msg("invalid");
  }
}

/** Keys that exist under "validation." in the message files. */
export const KNOWN = new Set([
  "required",
  "invalidType",
  "tooLong",
  "tooLarge",
  "tooShort",
  "tooSmall",
  "invalidOption",
  "invalidFormat",
  "unknownField",
  "invalid",
  "requiredChoice",
  "invalidDate",
  "dateInFuture",
  "dateTooEarly",
  "nationalIdFormat",
  "phoneFormat",
  "nameFormat",
  "uuid",
  "controlChars",
  "duplicateNationalId",
  "unitOutOfScope",
  "unitNotBranch",
  "staleVersion",
  "integer",
  "decisionNumberTaken",
  "endBeforeStart",
  "noTestCouncil",
  "votePassed",
  "periodFormat",
  "periodTermLength",
  "periodRange",
  "quotaOwnUnit",
  "monthFormat",
  "oneSource",
  // Units, rolls and transfers (lib/validation/unit.ts, transfer.ts; lib/services/units).
  "unitCodeFormat",
  "unitCodeTaken",
  "unitKindNotAllowed",
  "unitCycle",
  "unitParentRequired",
  "totalBelowOfficial",
  "rollBelowVotes",
  "mergeIntoSelf",
  "mergeIntoDescendant",
  "mergeKindMismatch",
  "mergeQuotaConflict",
  "transferBeforeStep",
  "transferSameUnit",
  // Accounts (lib/validation/account.ts, lib/services/accounts)
  "usernameFormat",
  "usernameTaken",
  "passwordTooShort",
  "passwordTooLong",
  "passwordOnlyDigits",
  "passwordContainsUsername",
  "passwordTooCommon",
  "passwordMismatch",
  "passwordUnchanged",
  "wrongPassword",
  "roleAboveOwn",
  "ownRole",
  "ownDeactivation",
  "lastAdmin",
  "unitNotFound",
  "unitCodeRequired",
]);
