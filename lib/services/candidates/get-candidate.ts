import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { findCandidate } from "@/lib/db/candidates";
import { notFound } from "@/lib/errors";
import { zId } from "@/lib/validation/common";
import { loadCandidateDeadlines } from "./candidate-deadlines";
import { toCandidateDetail } from "./candidate-dto";

/** One candidate with its deadlines; NOT_FOUND for a malformed id, a missing one, or one outside the scope alike. */
export async function getCandidate({ actor, id, today }: { actor: Actor; id: string; today?: string }) {
  if (!zId.safeParse(id).success) throw notFound();
  const row = await findCandidate(actor.scope, id);
  if (!row) throw notFound();
  return toCandidateDetail(row, await loadCandidateDeadlines(id, today));
}
