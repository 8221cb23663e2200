import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { canWriteAnything } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/db/audit";
import { dbFor } from "@/lib/db/scoped";
import { findVisibleUnit, insertUnit, unitCodeTaken } from "@/lib/db/unit-writes";
import { kindFitsUnder, mayCreateUnit, type RollValues } from "@/lib/domain/unit-rules";
import { forbidden, notFound, validationFailed } from "@/lib/errors";
import { todayVn } from "@/lib/time";
import { msg } from "@/lib/validation/messages";
import { parseOrThrow } from "@/lib/validation/parse";
import { ZUnitCreate } from "@/lib/validation/unit";
import { toUnitDetail } from "./unit-dto";
import { rethrowUnitWrite, unitCodeConflict } from "./unit-errors";

/**
 * Adds a unit under a unit the caller may write (administrators: also a new tree), of a kind that
 * may sit there (lib/domain/unit-rules.ts), with its first roll; audited. The parent is looked up
 * before the caller's rights are: a parent outside the scope does not exist for anyone (404).
 */
export async function createUnit({ actor, input, today = todayVn() }: { actor: Actor; input: unknown; today?: string }) {
  const data = parseOrThrow(ZUnitCreate, input);
  if (!canWriteAnything(actor.role)) throw forbidden();
  const roll: RollValues = {
    officialMembers: data.officialMembers ?? 0,
    totalMembers: data.totalMembers ?? data.officialMembers ?? 0,
    committeeMembers: data.committeeMembers ?? 0,
    hasYouthUnion: data.hasYouthUnion ?? false,
  };
  const effectiveFrom = data.effectiveFrom ?? today;
  const created = await dbFor(actor.scope)
    .$transaction(async (tx) => {
      let parent: { id: string; name: string; kind: (typeof data)["kind"] } | null = null;
      if (data.parentId === null) {
        if (!actor.scope.everything) throw validationFailed([{ path: "parentId", message: msg("unitParentRequired") }]);
      } else {
        if (!actor.scope.writable.has(data.parentId)) throw notFound();
        parent = await findVisibleUnit(tx, data.parentId);
        if (!parent) throw notFound();
      }
      if (!mayCreateUnit(actor.role)) throw forbidden();
      if (!kindFitsUnder(parent?.kind ?? null, data.kind)) throw validationFailed([{ path: "kind", message: msg("unitKindNotAllowed") }]);
      if (roll.totalMembers < roll.officialMembers) throw validationFailed([{ path: "totalMembers", message: msg("totalBelowOfficial") }]);
      if (await unitCodeTaken(tx, data.code)) throw unitCodeConflict();
      const unit = await insertUnit(
        tx,
        { code: data.code, name: data.name, kind: data.kind, parentId: data.parentId, place: data.place, roll },
        effectiveFrom,
        actor.userId,
      );
      await recordAudit(tx, {
        actorId: actor.userId,
        kind: "UNIT",
        action: "CREATED",
        unitId: unit.id,
        entityId: unit.id,
        changes: {
          code: { from: null, to: unit.code },
          name: { from: null, to: unit.name },
          kind: { from: null, to: unit.kind },
          parentId: { from: null, to: unit.parentId },
          ...(unit.place ? { place: { from: null, to: unit.place } } : {}),
          effectiveFrom: { from: null, to: effectiveFrom },
          officialMembers: { from: null, to: roll.officialMembers },
          totalMembers: { from: null, to: roll.totalMembers },
          committeeMembers: { from: null, to: roll.committeeMembers },
          hasYouthUnion: { from: null, to: roll.hasYouthUnion },
        },
      });
      return { unit, parent };
    })
    .catch(rethrowUnitWrite);
  // Built from what was written: the caller's cached scope does not list the new unit until the tree's stamp moves on.
  const { unit, parent } = created;
  return toUnitDetail(
    actor,
    {
      ...unit,
      decidesAdmission: false,
      runsAwarenessTest: false,
      parent: parent ? { id: parent.id, name: parent.name, kind: parent.kind } : null,
      children: [],
      counts: { candidates: 0, users: 0 },
    },
    [{ effectiveFrom, ...roll, note: null, recordedAt: new Date().toISOString() }],
    today,
  );
}
