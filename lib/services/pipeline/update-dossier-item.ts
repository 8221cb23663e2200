import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { canWrite } from "@/lib/auth/scope-rules";
import { appendEvent, findCandidate } from "@/lib/db/candidates";
import { dbFor } from "@/lib/db/scoped";
import { uniqueViolationIndex } from "@/lib/db/errors";
import { conflict, forbidden, notFound } from "@/lib/errors";
import { msg } from "@/lib/validation/messages";
import { fromIsoDate } from "@/lib/time";
import { zId } from "@/lib/validation/common";
import { ZDossierItemUpdate } from "@/lib/validation/dossier";
import { parseOrThrow } from "@/lib/validation/parse";

const stale = () => conflict("STALE_VERSION", [{ path: "version", message: msg("staleVersion") }]);

/** The secretary marks a paper of the dossier as received or checked, with its number and date. */
export async function updateDossierItem({ actor, id, input }: { actor: Actor; id: string; input: unknown }) {
  if (!zId.safeParse(id).success) throw notFound();
  const candidate = await findCandidate(actor.scope, id);
  if (!candidate) throw notFound();
  if (!canWrite(actor.scope, candidate.unitId)) throw forbidden();
  const item = parseOrThrow(ZDossierItemUpdate, input);
  const data = { status: item.status, number: item.number, date: item.date ? fromIsoDate(item.date) : null, note: item.note };
  const version = await dbFor(actor.scope)
    .$transaction(async (tx) => {
      const before = await tx.dossierItem.findUnique({ where: { candidateId_code: { candidateId: id, code: item.code } } });
      if (item.version !== undefined && item.version !== (before?.version ?? 0)) throw stale();
      // The row must not change between this read and the write: of two editors at once, one wins, the other reloads.
      const saved = before
        ? (await tx.dossierItem.updateMany({ where: { id: before.id, version: before.version }, data: { ...data, version: { increment: 1 } } })).count === 1
        : Boolean(await tx.dossierItem.create({ data: { candidateId: id, code: item.code, ...data } }));
      if (!saved) throw stale();
      await appendEvent(tx, {
        candidateId: id,
        actorId: actor.userId,
        kind: "DOSSIER",
        changes: { [item.code]: { from: before?.status ?? "MISSING", to: item.status } },
      });
      return (before?.version ?? 0) + 1;
    })
    .catch((error) => {
      // Two first entries of the same paper at once: the second is told to reload.
      if (uniqueViolationIndex(error)) throw stale();
      throw error;
    });
  return { ok: true, version };
}
