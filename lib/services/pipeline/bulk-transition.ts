import "server-only";
import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { STAGES } from "@/lib/domain/stages";
import { isAppError } from "@/lib/errors";
import { orRequired, zDate, zId, zOptionalText } from "@/lib/validation/common";
import { msg } from "@/lib/validation/messages";
import { parseOrThrow } from "@/lib/validation/parse";
import { transitionCandidate } from "./transition-candidate";

const ZBulk = z
  .object({
    items: z
      .array(z.object({ id: zId, version: z.number().int().min(1) }))
      .min(1, msg("required"))
      .max(200, msg("tooLarge", { max: 200 })),
    to: z.enum(STAGES, { error: orRequired(msg("invalidOption")) }),
    date: zDate,
    reason: zOptionalText(500),
    place: zOptionalText(200),
    courseId: z.union([z.literal(""), zId]).optional(),
  })
  .strict();

/**
 * Moves several candidates with the same step (a joint ceremony, a class, dropping a list). Each
 * candidate is checked and moved in its own transaction; the answer lists every candidate's result,
 * so nothing is ever half-done for one person.
 */
export async function bulkTransition({ actor, input }: { actor: Actor; input: unknown }) {
  const { items, ...step } = parseOrThrow(ZBulk, input);
  const lines = [];
  for (const item of items) {
    try {
      await transitionCandidate({ actor, id: item.id, input: { ...step, version: item.version } });
      lines.push({ id: item.id, ok: true as const, details: [] });
    } catch (error) {
      if (!isAppError(error)) throw error;
      lines.push({ id: item.id, ok: false as const, code: error.code, details: error.details });
    }
  }
  return { lines };
}
