import { z } from "zod";
import { UNIT_KINDS } from "@/lib/domain/codes";
import { msg } from "./messages";
import { MAX_INT4, zBool, zChoice, zChoiceId, zCleanString, zDate, zInt, zOptionalInt, zOptionalText, zPastDate, zText } from "./common";

/** A unit's code as the organisation writes it ("CB-05", "ĐUK.12"): no spaces inside. */
export const zUnitCode = zCleanString({}, { error: msg("required") })
  .min(1, msg("required"))
  .max(40, msg("tooLong", { max: 40 }))
  .regex(/^\S+$/, msg("unitCodeFormat"));

/** Members on a roll: a whole number, from JSON or a form field. */
const MAX_MEMBERS = 1_000_000;
const zMembers = zInt(0, MAX_MEMBERS);

/** A roll figure of an edit: absent or empty means "unchanged". */
const zMembersChange = z
  .union([z.literal(""), z.null(), zMembers])
  .optional()
  .transform((v) => (v === "" || v === null ? undefined : v));

const zYouthUnionChange = z
  .union([z.literal(""), z.null(), zBool])
  .optional()
  .transform((v) => (v === "" || v === null ? undefined : v));

export const ROLL_FIELDS = ["officialMembers", "totalMembers", "committeeMembers", "hasYouthUnion"] as const;

/**
 * POST /units: a new unit under `parentId` (null: a new tree, administrators only) with its first
 * roll, effective from `effectiveFrom` (default: today).
 */
export const ZUnitCreate = z
  .object({
    parentId: z.union([zChoiceId, z.null()]),
    code: zUnitCode,
    name: zText(200),
    kind: zChoice(UNIT_KINDS),
    place: zOptionalText(80),
    officialMembers: zOptionalInt(0, MAX_MEMBERS),
    totalMembers: zOptionalInt(0, MAX_MEMBERS),
    committeeMembers: zOptionalInt(0, MAX_MEMBERS),
    hasYouthUnion: zBool.optional(),
    effectiveFrom: z
      .union([z.literal(""), z.null(), zDate])
      .optional()
      .transform((v) => (v ? v : null)),
  })
  .strict();

export type TUnitCreate = z.output<typeof ZUnitCreate>;

/**
 * PATCH /units/{id}: what changes, with the version it was read at. A roll figure needs the date it
 * applies from (`effectiveFrom`): the roll is history, and a vote is checked against the roll in
 * force on its own date.
 */
export const ZUnitPatch = z
  .object({
    version: zInt(1, MAX_INT4),
    name: zText(200).optional(),
    code: zUnitCode.optional(),
    /** Absent: unchanged; empty or null: cleared (the place of the nearest committee above applies). */
    place: zOptionalText(80).optional(),
    parentId: z.union([zChoiceId, z.null()]).optional(),
    officialMembers: zMembersChange,
    totalMembers: zMembersChange,
    committeeMembers: zMembersChange,
    hasYouthUnion: zYouthUnionChange,
    effectiveFrom: z
      .union([z.literal(""), z.null(), zDate])
      .optional()
      .transform((v) => (v ? v : null)),
    /** Why the roll changed (a transfer in, a death, the congress…), kept with the roll entry. */
    note: zOptionalText(500),
  })
  .strict()
  .superRefine((value, ctx) => {
    const rollGiven = ROLL_FIELDS.some((f) => value[f] !== undefined);
    if (rollGiven && !value.effectiveFrom) ctx.addIssue({ code: "custom", path: ["effectiveFrom"], message: msg("required") });
  });

export type TUnitPatch = z.output<typeof ZUnitPatch>;

/**
 * POST /units/{id}/merge: dissolve the unit into another. `keepTargetQuotas` confirms, after a
 * 409 MERGE_QUOTA_CONFLICT, that the target's quota of each period both hold already covers the
 * dissolved unit (its own figures stay on record with it).
 */
export const ZUnitMerge = z
  .object({
    intoUnitId: zChoiceId,
    date: zPastDate,
    reason: zText(500),
    keepTargetQuotas: zBool.optional(),
  })
  .strict();

export type TUnitMerge = z.output<typeof ZUnitMerge>;

/** GET /units (the tree page): a name to search, with or without accents. */
export const ZUnitTreeQuery = z.object({ q: zOptionalText(100) });
