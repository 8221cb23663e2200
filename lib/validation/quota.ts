import { z } from "zod";
import { CATEGORIES } from "@/lib/domain/quotas/categories";
import { parsePeriod } from "@/lib/domain/quotas/period";
import { msg } from "./messages";
import { MAX_INT4, orRequired, zChoice, zId, zInt, zOptionalDate, zOptionalText } from "./common";

export const zPeriod = z
  .string({ error: msg("required") })
  .trim()
  .max(9, msg("periodFormat"))
  .transform((text, ctx) => {
    const parsed = parsePeriod(text);
    if (!parsed.ok) {
      ctx.addIssue({
        code: "custom",
        message: msg(parsed.error === "PERIOD_TERM_LENGTH" ? "periodTermLength" : parsed.error === "PERIOD_RANGE" ? "periodRange" : "periodFormat"),
      });
      return z.NEVER;
    }
    return parsed.period;
  });

const zCount = z
  .number({ error: msg("integer") })
  .int(msg("integer"))
  .min(0, msg("tooSmall", { min: 0 }))
  .max(100000, msg("tooLarge", { max: 100000 }));

/** A unit's quota for a year or a term: a number, or a percentage of its members, with optional category targets. */
export const ZQuotaPut = z
  .object({
    unitId: zId,
    period: zPeriod,
    mode: zChoice(["COUNT", "PERCENT_OF_MEMBERS"]).default("COUNT"),
    target: zCount.optional(),
    percent: z
      .number({ error: msg("invalidType") })
      .gt(0, msg("tooSmall", { min: 0 }))
      .max(100, msg("tooLarge", { max: 100 }))
      .optional(),
    categoryTargets: z.partialRecord(z.enum(CATEGORIES), zCount).optional(),
    documentNumber: zOptionalText(60),
    documentDate: zOptionalDate,
    status: zChoice(["PROPOSED", "APPROVED"]).default("APPROVED"),
    /** The version of the row as the caller read it (0: there was none); a different one is a CONFLICT. Absent: set it whatever it is. */
    version: zInt(0, MAX_INT4).optional(),
  })
  .strict()
  .superRefine((q, ctx) => {
    if (q.mode === "COUNT" && q.target === undefined) ctx.addIssue({ code: "custom", path: ["target"], message: msg("required") });
    if (q.mode === "PERCENT_OF_MEMBERS" && q.percent === undefined) ctx.addIssue({ code: "custom", path: ["percent"], message: msg("required") });
  });

/** Locks (or, for an administrator, unlocks) a unit's period once its report is final. */
export const ZQuotaLock = z.object({ unitId: zId, period: zPeriod, locked: z.boolean({ error: orRequired(msg("invalidType")) }) }).strict();

/**
 * Approves a unit's proposal: `version` is the proposal's version the approver saw, so a proposal
 * changed in the meantime is not approved unseen.
 */
export const ZQuotaApprove = z.object({ unitId: zId, period: zPeriod, version: zCount.min(1, msg("tooSmall", { min: 1 })) }).strict();

export const ZQuotaQuery = z.object({ period: zPeriod, unitId: zId.optional() });
export const ZDashboardQuery = z.object({ period: zPeriod, unitId: zId.optional() });
