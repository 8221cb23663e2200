import { z } from "zod";
import { MAX_INT4, zChoiceId, zInt, zPastDate, zText } from "./common";

/**
 * POST /candidates/{id}/transfer: the candidate moves to another branch from `date` on (not in the
 * future), for a reason, with the version the record was read at. Stage, papers, certificates,
 * deadlines and clocks go with them.
 */
export const ZTransfer = z
  .object({
    toUnitId: zChoiceId,
    date: zPastDate,
    reason: zText(500),
    version: zInt(1, MAX_INT4),
  })
  .strict();

export type TTransfer = z.output<typeof ZTransfer>;
