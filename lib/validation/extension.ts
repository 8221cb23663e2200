import { z } from "zod";
import { msg } from "./messages";
import { orRequired, zOptionalText } from "./common";

/** The superior's extension of its decision deadline, recorded while the decision is awaited. */
export const ZExtension = z
  .object({
    kind: z.enum(["ADMISSION", "CONVERSION"], { error: orRequired(msg("invalidOption")) }),
    days: z.coerce
      .number({ error: msg("integer") })
      .int(msg("integer"))
      .min(1, msg("tooSmall", { min: 1 }))
      .max(365, msg("tooLarge", { max: 365 })),
    /** The superior's paper granting it (number and date, as written). */
    document: zOptionalText(200),
  })
  .strict();

export type TExtensionInput = z.input<typeof ZExtension>;
