import { z } from "zod";
import { msg } from "./messages";
import { zChoice, zChoiceId, zDate, zId, zOptionalDate, zOptionalText, zText } from "./common";

/** Two different course types (domain.md §12.9): the awareness class and the new-member course. */
export const ZCourseCreate = z
  .object({
    kind: zChoice(["AWARENESS", "NEW_MEMBER"]),
    name: zText(200),
    unitId: zChoiceId,
    startDate: zDate,
    endDate: zDate,
    issuer: zOptionalText(200),
    location: zOptionalText(200),
  })
  .strict()
  .refine((c) => c.endDate >= c.startDate, { path: ["endDate"], message: msg("endBeforeStart") });

export const ZEnrol = z
  .object({
    candidateIds: z
      .array(zId)
      .min(1, msg("required"))
      .max(300, msg("tooLarge", { max: 300 })),
    date: zDate,
  })
  .strict();

export const ZResults = z
  .object({
    results: z
      .array(
        z.object({
          candidateId: zId,
          result: zChoice(["PASSED", "FAILED", "ABSENT"]),
          certificateNumber: zOptionalText(40),
          certificateDate: zOptionalDate,
        }),
      )
      .min(1, msg("required"))
      .max(300, msg("tooLarge", { max: 300 })),
  })
  .strict();
