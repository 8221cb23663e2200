import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { canWrite } from "@/lib/auth/scope-rules";
import { appendEvent, findCandidate } from "@/lib/db/candidates";
import { dbFor } from "@/lib/db/scoped";
import { forbidden, notFound } from "@/lib/errors";
import { fromIsoDate } from "@/lib/time";
import { zId } from "@/lib/validation/common";
import { ZDossierItemUpdate } from "@/lib/validation/dossier";
import { parseOrThrow } from "@/lib/validation/parse";

/** The secretary marks a paper of the dossier as received or checked, with its number and date. */
export async function updateDossierItem({ actor, id, input }: { actor: Actor; id: string; input: unknown }) {
  if (!zId.safeParse(id).success) throw notFound();
  const candidate = await findCandidate(actor.scope, id);
  if (!candidate) throw notFound();
  if (!canWrite(actor.scope, candidate.unitId)) throw forbidden();
  const item = parseOrThrow(ZDossierItemUpdate, input);
  const data = { status: item.status, number: item.number, date: item.date ? fromIsoDate(item.date) : null, note: item.note };
  await dbFor(actor.scope).$transaction(async (tx) => {
    const before = await tx.dossierItem.findUnique({ where: { candidateId_code: { candidateId: id, code: item.code } } });
    await tx.dossierItem.upsert({ where: { candidateId_code: { candidateId: id, code: item.code } }, create: { candidateId: id, code: item.code, ...data }, update: data });
    await appendEvent(tx, { candidateId: id, actorId: actor.userId, kind: "DOSSIER", changes: { [item.code]: { from: before?.status ?? "MISSING", to: item.status } } });
  });
  return { ok: true };
}
