import { z } from "zod";
import { EDUCATION_LEVELS, OCCUPATION_GROUPS, SEXES } from "@/lib/domain/codes";
import { STAGES } from "@/lib/domain/stages";
import { msg } from "./messages";
import { todayVn } from "@/lib/time";
import { MAX_INT4, zBool, zChoice, zChoiceId, zCleanString, zId, zInt, zOptionalDate, zOptionalText, zPastDate, zText } from "./common";

/**
 * The candidate's personal record: one schema for the create form, the edit form, the API and the
 * services. Stage and its history change only through transitions, never through these.
 */
const ZCandidateBase = z.object({
  unitId: zChoiceId,
  fullName: zText(120, 2).regex(/^[\p{L}][\p{L}\s'.-]*$/u, msg("nameFormat")),
  sex: zChoice(SEXES),
  birthDate: zPastDate,
  ethnicity: zText(40),
  religion: zOptionalText(60),
  educationLevel: zChoice(EDUCATION_LEVELS),
  generalEducation: zOptionalText(10).refine((v) => v === null || /^\d{1,2}\/1[02]$/.test(v), { message: msg("invalidFormat") }),
  occupationGroup: zChoice(OCCUPATION_GROUPS),
  occupation: zOptionalText(120),
  youthUnionMember: zBool,
  tradeUnionMember: zBool,
  returningConscript: zBool,
  readmission: zBool,
  nationalId: zOptionalText(12).refine((v) => v === null || /^\d{12}$/.test(v), { message: msg("nationalIdFormat") }),
  phone: zOptionalText(15).refine((v) => v === null || /^(0|\+84)\d{9,10}$/.test(v.replace(/[\s.]/g, "")), { message: msg("phoneFormat") }),
  residence: zOptionalText(250),
  hometown: zOptionalText(250),
  note: zOptionalText(1000, { multiline: true }),
});

/** A new record: what is not said takes the usual value (Kinh, no union membership…). */
export const ZCandidateFields = ZCandidateBase.extend({
  ethnicity: ZCandidateBase.shape.ethnicity.default("Kinh"),
  youthUnionMember: zBool.default(false),
  tradeUnionMember: zBool.default(false),
  returningConscript: zBool.default(false),
  readmission: zBool.default(false),
});

/**
 * A new record may be dated back to the day the person entered the source list (when a branch moves
 * its Excel sheet in); by default it is today.
 */
export const ZCandidateCreate = ZCandidateFields.extend({
  sourceDate: zOptionalDate.refine((v) => v === null || v <= todayVn(), { message: msg("dateInFuture") }),
}).strict();
export type TCandidateCreateInput = z.input<typeof ZCandidateCreate>;
export type TCandidateCreate = z.output<typeof ZCandidateCreate>;

/** An edit carries the version it was read at; only the fields sent are changed. */
// Built from the base without defaults: a field left out of an edit must stay as it is.
export const ZCandidatePatch = ZCandidateBase.partial()
  .extend({
    version: z
      .number({ error: msg("required") })
      .int(msg("integer"))
      .min(1, msg("tooSmall", { min: 1 }))
      .max(MAX_INT4, msg("tooLarge", { max: MAX_INT4 })),
  })
  .strict();
export type TCandidatePatchInput = z.input<typeof ZCandidatePatch>;
export type TCandidatePatch = z.output<typeof ZCandidatePatch>;

export const ZCandidateListQuery = z.object({
  unitId: zId.optional(),
  stage: zChoice(STAGES).optional(),
  // Typed into a search box, so cleaned like any other text: a NUL here would reach the LIKE query.
  q: zCleanString()
    .max(100, msg("tooLong", { max: 100 }))
    .optional(),
  page: zInt(1, 100000).default(1),
  pageSize: zInt(1, 100).default(20),
});
export type TCandidateListQuery = z.output<typeof ZCandidateListQuery>;
