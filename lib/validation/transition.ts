import { z } from "zod";
import { RECORDED_STEP_CODES } from "@/lib/domain/pipeline/registry";
import { STAGES } from "@/lib/domain/stages";
import { msg } from "./messages";
import { orRequired, zChoice, zDate, zId, zInt, zOptionalDate, zOptionalInt, zOptionalText, zText } from "./common";

const ZIntroducer = z.object({
  kind: zChoice(["PARTY_MEMBER", "YOUTH_UNION", "TRADE_UNION"]),
  name: zText(160),
  officialSince: zOptionalDate,
  knownSince: zOptionalDate,
  documentDate: zDate,
  documentNumber: zOptionalText(40),
});

/** PostgreSQL's INTEGER ceiling: a larger number is bad input (422), never a database error (500). */
export const MAX_DB_INT = 2_147_483_647;

/**
 * The fields a step may carry, for a move (ZTransition) or a step recorded in the stage
 * (lib/services/pipeline/record-stage-step.ts). Which fields a step needs is its stage module's
 * business (lib/domain/pipeline); this schema checks their shape only.
 */
export const ZStepFields = z.object({
  date: zDate,
  version: zInt(1, MAX_DB_INT, msg("required")),
  helperName: zOptionalText(120),
  courseId: z
    .union([z.literal(""), zId])
    .optional()
    .transform((v) => v || null),
  certificateNumber: zOptionalText(40),
  certificateIssuer: zOptionalText(200),
  verificationRequestedOn: zOptionalDate,
  certifiedOn: zOptionalDate,
  conclusion: zOptionalText(1000),
  resolutionNumber: zOptionalText(40),
  /** Optional confirmation of the roll on record; a different number is refused (lib/domain/rules/votes.ts). */
  membersOnRoll: zOptionalInt(0, 10000),
  present: zOptionalInt(0, 10000),
  votesFor: zOptionalInt(0, 10000),
  votesAgainst: zOptionalInt(0, 10000),
  introducers: z
    .array(ZIntroducer)
    .max(5, msg("tooLarge", { max: 5 }))
    .optional(),
  opinionsSummaryDate: zOptionalDate,
  over60Consent: zOptionalText(200),
  partialAppraisalDate: zOptionalDate,
  decisionNumber: zOptionalText(40),
  receivedOn: zOptionalDate,
  extensionDays: zOptionalInt(0, 30),
  place: zOptionalText(200),
  lateConsent: zOptionalText(500),
});

/** A move of a candidate: forward with the step's fields, back or out with a reason. */
export const ZTransition = ZStepFields.extend({
  to: zChoice(STAGES),
  reason: zOptionalText(500),
}).strict();

export type TTransitionInput = z.input<typeof ZTransition>;
export type TTransition = z.output<typeof ZTransition>;

/** A step recorded while the candidate stays in the stage (lib/services/pipeline/record-stage-step.ts). */
export const ZRecordedStep = ZStepFields.extend({ step: z.enum(RECORDED_STEP_CODES, { error: orRequired(msg("invalidOption")) }) }).strict();
