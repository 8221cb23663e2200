import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { canWrite } from "@/lib/auth/scope-rules";
import { appendEvent, findCandidate, updateCandidateIfVersion } from "@/lib/db/candidates";
import { dbFor } from "@/lib/db/scoped";
import { conflict, forbidden, notFound } from "@/lib/errors";
import { toIsoDate } from "@/lib/time";
import { zId } from "@/lib/validation/common";
import { ZCandidatePatch } from "@/lib/validation/candidate";
import { msg } from "@/lib/validation/messages";
import { parseOrThrow } from "@/lib/validation/parse";
import { assertNationalIdFree, assertWritableBranch, personalColumns, rethrowUnique } from "./candidate-record";
import { getCandidate } from "./get-candidate";

type Comparable = string | number | boolean | null;

function comparable(value: unknown): Comparable {
  if (value instanceof Date) return toIsoDate(value);
  return (value ?? null) as Comparable;
}

/**
 * Edits personal fields. The body carries the version it was read at: if someone saved in between,
 * nothing changes and the answer is CONFLICT, so no one overwrites another's work unseen.
 */
export async function updateCandidate({ actor, id, input }: { actor: Actor; id: string; input: unknown }) {
  if (!zId.safeParse(id).success) throw notFound();
  const current = await findCandidate(actor.scope, id);
  if (!current) throw notFound();
  if (!canWrite(actor.scope, current.unitId)) throw forbidden();
  const { version, ...fields } = parseOrThrow(ZCandidatePatch, input);
  if (fields.unitId && fields.unitId !== current.unitId) await assertWritableBranch(actor, fields.unitId);

  const columns = personalColumns(fields);
  const changes: Record<string, { from: Comparable; to: Comparable }> = {};
  for (const [key, value] of Object.entries(fields)) {
    const before = comparable(current[key as keyof typeof current]);
    const after = comparable(value);
    if (before !== after) changes[key] = { from: before, to: after };
  }

  await dbFor(actor.scope)
    .$transaction(async (tx) => {
      if ("nationalId" in changes) await assertNationalIdFree(tx, fields.nationalId, id);
      const changedColumns = Object.keys(changes).length ? columns : {};
      const updated = await updateCandidateIfVersion(tx, id, version, changedColumns);
      if (!updated) throw conflict("STALE_VERSION", [{ path: "version", message: msg("staleVersion") }]);
      if (Object.keys(changes).length) await appendEvent(tx, { candidateId: id, actorId: actor.userId, kind: "UPDATED", changes });
    })
    .catch(rethrowUnique);
  return getCandidate({ actor, id });
}
