import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { canWrite } from "@/lib/auth/scope-rules";
import { appendEvent, lockCandidate } from "@/lib/db/candidates";
import { dbFor } from "@/lib/db/scoped";
import { checkDecisionExtension } from "@/lib/domain/rules/deadlines";
import { ruleSetByCode } from "@/lib/domain/rules/rule-sets";
import { forbidden, notFound, validationFailed } from "@/lib/errors";
import { zId } from "@/lib/validation/common";
import { ZExtension } from "@/lib/validation/extension";
import { parseOrThrow } from "@/lib/validation/parse";
import { loadPipelineFacts } from "@/lib/db/pipeline-facts";
import { mayActForDecider, reasonMessage } from "./transition-candidate";

/**
 * The extension is a fact of the waiting period, granted before the decision exists, so it lives
 * in the candidate's history as a RECORD event ({ decisionExtension, extensionKind }) and is copied
 * onto the decision when that is recorded. No new column: the history already keeps every
 * recorded fact with who recorded it and when, and the latest event of a kind is the one in force.
 */
export async function recordDecisionExtension({ actor, id, input }: { actor: Actor; id: string; input: unknown }) {
  if (!zId.safeParse(id).success) throw notFound();
  // The superior (or the committee acting for it) grants extensions, as it records its decisions.
  if (!can(actor.role, "committee.record")) throw forbidden();
  const data = parseOrThrow(ZExtension, input);
  await dbFor(actor.scope).$transaction(async (tx) => {
    const c = await lockCandidate(tx, id);
    if (!c) throw notFound();
    if (!canWrite(actor.scope, c.unitId)) throw forbidden();
    const loaded = await loadPipelineFacts(tx, id);
    if (!loaded) throw notFound();
    // Granted by the committee that decides (or one above it), like the decision itself.
    if (!mayActForDecider(actor, loaded.chain)) throw forbidden();
    const refused = checkDecisionExtension(loaded.facts, data.kind, data.days, ruleSetByCode(c.ruleSetCode));
    if (refused.length) throw validationFailed(refused.map((r) => ({ path: "days", code: r.code, message: reasonMessage(r) })));
    const previous = loaded.facts.recordedExtensions;
    const from = data.kind === "ADMISSION" ? (previous?.admission ?? 0) : (previous?.conversion ?? 0);
    await appendEvent(tx, {
      candidateId: id,
      actorId: actor.userId,
      kind: "RECORD",
      reason: data.document,
      changes: { decisionExtension: { from, to: data.days }, extensionKind: { from: null, to: data.kind } },
    });
  });
  return { ok: true };
}
