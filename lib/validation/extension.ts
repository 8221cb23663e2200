import { z } from "zod";
import { zChoice, zInt, zOptionalText } from "./common";

/** The superior's extension of its decision deadline, recorded while the decision is awaited. */
export const ZExtension = z
  .object({
    kind: zChoice(["ADMISSION", "CONVERSION"]),
    days: zInt(1, 365),
    /** The superior's paper granting it (number and date, as written). */
    document: zOptionalText(200),
  })
  .strict();

export type TExtensionInput = z.input<typeof ZExtension>;
