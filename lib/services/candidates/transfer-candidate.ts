import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { canWrite } from "@/lib/auth/scope-rules";
import { recordAudit } from "@/lib/db/audit";
import { appendEvent, lockCandidate, updateCandidateIfVersion } from "@/lib/db/candidates";
import { dbFor } from "@/lib/db/scoped";
import { CANDIDATE_UNIT_KINDS } from "@/lib/domain/codes";
import { moveDateProblem } from "@/lib/domain/unit-rules";
import { conflict, forbidden, notFound, validationFailed } from "@/lib/errors";
import { todayVn, toIsoDate } from "@/lib/time";
import { zId } from "@/lib/validation/common";
import { msg } from "@/lib/validation/messages";
import { parseOrThrow } from "@/lib/validation/parse";
import { ZTransfer } from "@/lib/validation/transfer";
import { getCandidate } from "./get-candidate";

const stale = () => conflict("STALE_VERSION", [{ path: "version", message: msg("staleVersion") }]);

/**
 * Moves a candidate to another branch (chuyển sinh hoạt): the candidate must be readable and their
 * branch writable by the caller (403 otherwise), the target a branch the caller may write (404
 * when outside the scope, 422 when not a branch). Only the unit changes: stage, papers,
 * certificates, deadlines and the clocks they run on (stageSince, the step dates) go with them.
 *
 * The TRANSFER history event is written before the unit changes, so the database files it (and
 * every earlier event) under the old unit (CandidateEvent.unitId, migration 20261201112846): the
 * stage-exit roll-up keeps counting what happened before the transfer where it happened, and the
 * moves after it count in the new unit. The transfer's date cannot precede the date of the step
 * the candidate is in, for the same reason. One transaction with the version check (a stale read:
 * 409); audited in both units' logs.
 */
export async function transferCandidate({ actor, id, input, today = todayVn() }: { actor: Actor; id: string; input: unknown; today?: string }) {
  if (!zId.safeParse(id).success) throw notFound();
  const data = parseOrThrow(ZTransfer, input);
  await dbFor(actor.scope).$transaction(async (tx) => {
    const current = await lockCandidate(tx, id);
    if (!current) throw notFound();
    if (!canWrite(actor.scope, current.unitId)) throw forbidden();
    if (current.version !== data.version) throw stale();
    // A unit named in the body that the caller may not write does not exist for them.
    if (!canWrite(actor.scope, data.toUnitId)) throw notFound();
    const [from, to] = await Promise.all([
      tx.unit.findFirst({ where: { id: current.unitId }, select: { id: true, name: true } }),
      tx.unit.findFirst({ where: { id: data.toUnitId, active: true }, select: { id: true, name: true, kind: true } }),
    ]);
    if (!to) throw notFound();
    if (!CANDIDATE_UNIT_KINDS.includes(to.kind)) throw validationFailed([{ path: "toUnitId", message: msg("unitNotBranch") }]);
    if (to.id === current.unitId) throw validationFailed([{ path: "toUnitId", message: msg("transferSameUnit") }]);
    const wrongDate = moveDateProblem(data.date, today, toIsoDate(current.stageSince));
    if (wrongDate)
      throw validationFailed([
        { path: "date", message: wrongDate.key === "transferBeforeStep" ? msg("transferBeforeStep", { date: wrongDate.latestStep }) : msg(wrongDate.key) },
      ]);

    const changes = {
      unitId: { from: current.unitId, to: to.id },
      unitName: { from: from?.name ?? null, to: to.name },
      date: data.date,
      reason: data.reason,
    };
    await appendEvent(tx, { candidateId: id, actorId: actor.userId, kind: "TRANSFER", reason: data.reason, changes });
    if (!(await updateCandidateIfVersion(tx, id, data.version, { unitId: to.id }))) throw stale();
    // One entry in each unit's log, so that the staff of either side find it.
    for (const unitId of [current.unitId, to.id]) {
      await recordAudit(tx, { actorId: actor.userId, kind: "TRANSFER", action: "TRANSFERRED", unitId, entityId: id, changes });
    }
  });
  return getCandidate({ actor, id, today });
}
