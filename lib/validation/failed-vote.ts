import { z } from "zod";
import { zDate, zOptionalInt, zOptionalText } from "./common";

/** A branch vote below 2/3 kept on record (the candidate stays in the stage). */
export const ZFailedVote = z
  .object({
    date: zDate,
    resolutionNumber: zOptionalText(40),
    membersOnRoll: zOptionalInt(1, 10000),
    votesFor: zOptionalInt(0, 10000),
    votesAgainst: zOptionalInt(0, 10000),
  })
  .strict();

export type TFailedVoteInput = z.input<typeof ZFailedVote>;
