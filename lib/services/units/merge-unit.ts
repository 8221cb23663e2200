import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { canWriteAnything } from "@/lib/auth/permissions";
import type { AuditEntry } from "@/lib/db/audit";
import { dbFor } from "@/lib/db/scoped";
import { lockCandidatesOf, lockUnitsForWrite, moveQuotas, quotasOf, recordAudits, rollEntries, updateUnitIfVersion } from "@/lib/db/unit-writes";
import { mergedRoll, mergeProblems, mayMergeUnit, moveDateProblem, rollInForce, type RollValues } from "@/lib/domain/unit-rules";
import { AppError, conflict, forbidden, notFound, validationFailed } from "@/lib/errors";
import { todayVn } from "@/lib/time";
import { zId } from "@/lib/validation/common";
import { msg } from "@/lib/validation/messages";
import { parseOrThrow } from "@/lib/validation/parse";
import { ZUnitMerge } from "@/lib/validation/unit";
import { changeRoll } from "./roll-change";

const periodLabel = (q: { startYear: number; endYear: number }) => (q.startYear === q.endYear ? String(q.startYear) : `${q.startYear}-${q.endYear}`);
const quotaKey = (q: { startYear: number; endYear: number; status: string }) => `${q.startYear}-${q.endYear}:${q.status}`;
const rollOf = (u: RollValues): RollValues => ({
  officialMembers: u.officialMembers,
  totalMembers: Math.max(u.totalMembers, u.officialMembers),
  committeeMembers: u.committeeMembers,
  hasYouthUnion: u.hasYouthUnion,
});

/**
 * Dissolves a unit into another of a compatible kind (lib/domain/unit-rules.ts mergeProblems), in
 * one transaction: its candidates move to the target, each with a TRANSFER history event dated
 * `date` (their earlier history stays with the dissolved unit, where it happened); its active
 * children and its accounts move under and to the target; its quotas move to the target for the
 * periods the target has none of. A period both hold is refused with 409 MERGE_QUOTA_CONFLICT
 * listing the periods, not added up: a quota is a figure the level above set for one unit (a
 * count or a percentage of its members, with category targets, maybe locked in a final report),
 * and two of them make a figure for the merged unit only when that level says which. Once it has
 * set the target's figure, the merge is sent again with `keepTargetQuotas`, and the dissolved
 * unit's own figures stay on record with it. The target's roll adds the dissolved unit's members
 * from `date` on; the unit becomes inactive. Everything is audited.
 */
export async function mergeUnit({ actor, id, input, today = todayVn() }: { actor: Actor; id: string; input: unknown; today?: string }) {
  if (!zId.safeParse(id).success) throw notFound();
  const data = parseOrThrow(ZUnitMerge, input);
  if (!canWriteAnything(actor.role)) throw forbidden();
  const result = await dbFor(actor.scope).$transaction(
    async (tx) => {
      // The unit first (404 outside the scope), then the caller's right, then the target.
      if (!actor.scope.writable.has(id)) throw notFound();
      if (!mayMergeUnit(actor.role, id === actor.unitId)) throw new AppError("FORBIDDEN", mayMergeUnit(actor.role, false) ? "UNIT_OWN_HOME" : "FORBIDDEN");
      if (!actor.scope.writable.has(data.intoUnitId)) throw notFound();
      // Candidates before units: the order every pipeline step takes its locks in.
      const candidates = await lockCandidatesOf(tx, id);
      const units = await lockUnitsForWrite(tx, actor.scope, [id, data.intoUnitId]);
      const source = units.get(id)!;
      const target = units.get(data.intoUnitId)!;
      const children = await tx.unit.findMany({ where: { parentId: source.id, active: true }, select: { id: true, kind: true, parentId: true } });
      const problems = mergeProblems(source, target, [...new Set(children.map((c) => c.kind))]);
      if (problems.length) throw validationFailed(problems.map((p) => ({ path: "intoUnitId", message: msg(p) })));
      const latestStep = candidates.reduce<string | null>((max, c) => (max === null || c.stageSince > max ? c.stageSince : max), null);
      const wrongDate = moveDateProblem(data.date, today, latestStep);
      if (wrongDate)
        throw validationFailed([
          { path: "date", message: wrongDate.key === "transferBeforeStep" ? msg("transferBeforeStep", { date: wrongDate.latestStep }) : msg(wrongDate.key) },
        ]);

      const [sourceQuotas, targetQuotas] = await Promise.all([quotasOf(tx, source.id), quotasOf(tx, target.id)]);
      const taken = new Set(targetQuotas.map(quotaKey));
      const clashing = sourceQuotas.filter((q) => taken.has(quotaKey(q)));
      if (clashing.length && !data.keepTargetQuotas) {
        const periods = [...new Set(clashing.map(periodLabel))];
        throw conflict(
          "MERGE_QUOTA_CONFLICT",
          periods.map((period) => ({ path: "keepTargetQuotas", message: msg("mergeQuotaConflict", { period }) })),
        );
      }
      const movingQuotas = sourceQuotas.filter((q) => !taken.has(quotaKey(q)));

      // Candidates: the history event first, so that it is written in (and stays with) the dissolved unit.
      const transfer = { unitId: { from: source.id, to: target.id }, unitName: { from: source.name, to: target.name }, date: data.date, reason: data.reason };
      if (candidates.length) {
        await tx.candidateEvent.createMany({
          data: candidates.map((c) => ({ candidateId: c.id, actorId: actor.userId, kind: "TRANSFER" as const, reason: data.reason, changes: transfer })),
        });
        await tx.candidate.updateMany({ where: { id: { in: candidates.map((c) => c.id) } }, data: { unitId: target.id, version: { increment: 1 } } });
      }
      if (children.length)
        await tx.unit.updateMany({ where: { id: { in: children.map((c) => c.id) } }, data: { parentId: target.id, version: { increment: 1 } } });
      const users = await tx.user.findMany({ where: { unitId: source.id }, select: { id: true } });
      if (users.length) await tx.user.updateMany({ where: { id: { in: users.map((u) => u.id) } }, data: { unitId: target.id, version: { increment: 1 } } });
      await moveQuotas(
        tx,
        movingQuotas.map((q) => q.id),
        target.id,
      );

      // The members of the dissolved unit join the target's roll from the merge's date on.
      const sourceRoll = rollInForce(await rollEntries(tx, source.id), data.date) ?? rollOf(source);
      const targetRoll = rollInForce(await rollEntries(tx, target.id), data.date) ?? rollOf(target);
      const roll = await changeRoll(tx, actor, target, {
        effectiveFrom: data.date,
        given: mergedRoll(targetRoll, sourceRoll),
        note: `${data.reason} (${source.name})`.slice(0, 500),
        today,
      });
      if (!(await updateUnitIfVersion(tx, target.id, target.version, { ...roll?.columns }))) throw notFound();
      if (!(await updateUnitIfVersion(tx, source.id, source.version, { active: false }))) throw notFound();

      const summary = {
        intoUnitId: { from: null, to: target.id },
        date: { from: null, to: data.date },
        reason: { from: null, to: data.reason },
        candidates: { from: null, to: candidates.map((c) => c.id) },
        children: { from: null, to: children.map((c) => c.id) },
        users: { from: null, to: users.map((u) => u.id) },
        quotas: { from: null, to: movingQuotas.map((q) => q.id) },
        quotasKept: { from: null, to: clashing.map((q) => q.id) },
      };
      const audits: AuditEntry[] = [
        // The dissolved unit's own log (read by administrators: an inactive unit is in no one's scope),
        // and the target's, where its staff find it.
        { actorId: actor.userId, kind: "UNIT", action: "DISSOLVED", unitId: source.id, entityId: source.id, changes: summary },
        { actorId: actor.userId, kind: "UNIT", action: "MERGED", unitId: target.id, entityId: source.id, changes: summary },
        ...children.map((c): AuditEntry => ({
          actorId: actor.userId,
          kind: "UNIT",
          action: "MOVED",
          unitId: c.id,
          entityId: c.id,
          changes: { parentId: { from: source.id, to: target.id }, reason: { from: null, to: data.reason } },
        })),
        ...candidates.map((c): AuditEntry => ({
          actorId: actor.userId,
          kind: "TRANSFER",
          action: "TRANSFERRED",
          unitId: target.id,
          entityId: c.id,
          changes: transfer,
        })),
      ];
      await recordAudits(tx, audits);
      return { candidates: candidates.length, children: children.length, users: users.length, quotas: movingQuotas.length, quotasKept: clashing.length };
    },
    { timeout: 60_000 },
  );
  return { id, intoUnitId: data.intoUnitId, date: data.date, moved: result };
}
