import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { canWriteAnything } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/db/audit";
import { dbFor, type ScopedTx } from "@/lib/db/scoped";
import { findVisibleUnit, lockUnitsForWrite, unitCodeTaken, updateUnitIfVersion, type UnitForWrite } from "@/lib/db/unit-writes";
import { isInSubtree, kindFitsUnder, unitEditRefusal, type RollValues, type UnitField } from "@/lib/domain/unit-rules";
import { AppError, conflict, forbidden, notFound, validationFailed } from "@/lib/errors";
import { todayVn } from "@/lib/time";
import { zId } from "@/lib/validation/common";
import { msg } from "@/lib/validation/messages";
import { parseOrThrow } from "@/lib/validation/parse";
import { ROLL_FIELDS, ZUnitPatch, type TUnitPatch } from "@/lib/validation/unit";
import { getUnit } from "./get-unit";
import { changeRoll } from "./roll-change";
import { rethrowUnitWrite, unitCodeConflict } from "./unit-errors";

type Change = { from: string | null; to: string | null };

const stale = () => conflict("STALE_VERSION", [{ path: "version", message: msg("staleVersion") }]);

/** The fields of the body that change something, as the audit log records them. */
function describedChanges(unit: UnitForWrite, data: TUnitPatch) {
  const details: Partial<Record<"name" | "code" | "place", Change>> = {};
  if (data.name !== undefined && data.name !== unit.name) details.name = { from: unit.name, to: data.name };
  if (data.code !== undefined && data.code !== unit.code) details.code = { from: unit.code, to: data.code };
  if (data.place !== undefined && data.place !== unit.place) details.place = { from: unit.place, to: data.place };
  const parent: Change | null = data.parentId !== undefined && data.parentId !== unit.parentId ? { from: unit.parentId, to: data.parentId } : null;
  return { details, parent };
}

/**
 * Where a unit may move: under a unit the caller may write (one outside the scope does not exist
 * for them), never into its own subtree, and only under a kind that may hold it; to the top of a
 * tree only for an administrator, and only a committee that may stand there.
 */
async function checkNewParent(tx: ScopedTx, actor: Actor, unit: UnitForWrite, parentId: string | null): Promise<void> {
  if (parentId === null) {
    if (!actor.scope.everything) throw validationFailed([{ path: "parentId", message: msg("unitParentRequired") }]);
    if (!kindFitsUnder(null, unit.kind)) throw validationFailed([{ path: "parentId", message: msg("unitKindNotAllowed") }]);
    return;
  }
  if (!actor.scope.writable.has(parentId)) throw notFound();
  const parent = await findVisibleUnit(tx, parentId);
  if (!parent) throw notFound();
  if (isInSubtree(parent.path, unit.id)) throw validationFailed([{ path: "parentId", message: msg("unitCycle") }]);
  if (!kindFitsUnder(parent.kind, unit.kind)) throw validationFailed([{ path: "parentId", message: msg("unitKindNotAllowed") }]);
}

/**
 * Edits a unit: its name, code and place; its place in the tree (the database rewrites the moved
 * subtree's paths, and its trigger moves the stage-exit roll-up's counts from the old ancestors to
 * the new ones in the same statement); its roll from a date on. One transaction, the unit locked,
 * the version it was read at checked (a stale edit changes nothing: 409), every change audited.
 */
export async function updateUnit({ actor, id, input, today = todayVn() }: { actor: Actor; id: string; input: unknown; today?: string }) {
  if (!zId.safeParse(id).success) throw notFound();
  const data = parseOrThrow(ZUnitPatch, input);
  if (!canWriteAnything(actor.role)) throw forbidden();
  await dbFor(actor.scope)
    .$transaction(async (tx) => {
      const unit = (await lockUnitsForWrite(tx, actor.scope, [id])).get(id)!;
      if (unit.version !== data.version) throw stale();
      const { details, parent } = describedChanges(unit, data);
      const given: Partial<RollValues> = {};
      for (const f of ROLL_FIELDS) if (data[f] !== undefined) Object.assign(given, { [f]: data[f] });
      const touched: UnitField[] = [
        ...(Object.keys(details) as UnitField[]),
        ...(parent ? (["parent"] as const) : []),
        ...(Object.keys(given).length ? (["roll"] as const) : []),
      ];
      const refusal = unitEditRefusal(actor.role, unit.id === actor.unitId, touched);
      if (refusal) throw new AppError("FORBIDDEN", refusal);
      if (details.code && (await unitCodeTaken(tx, data.code!, unit.id))) throw unitCodeConflict();
      if (parent) await checkNewParent(tx, actor, unit, data.parentId!);

      const roll = Object.keys(given).length ? await changeRoll(tx, actor, unit, { effectiveFrom: data.effectiveFrom!, given, note: data.note, today }) : null;
      const columns = {
        ...(details.name ? { name: data.name } : {}),
        ...(details.code ? { code: data.code } : {}),
        ...(details.place ? { place: data.place } : {}),
        ...(parent ? { parentId: data.parentId } : {}),
        ...roll?.columns,
      };
      if (!Object.keys(details).length && !parent && !roll) return;
      if (!(await updateUnitIfVersion(tx, unit.id, data.version, columns))) throw stale();
      if (Object.keys(details).length)
        await recordAudit(tx, { actorId: actor.userId, kind: "UNIT", action: "UPDATED", unitId: unit.id, entityId: unit.id, changes: details });
      if (parent)
        await recordAudit(tx, { actorId: actor.userId, kind: "UNIT", action: "MOVED", unitId: unit.id, entityId: unit.id, changes: { parentId: parent } });
    })
    .catch(rethrowUnitWrite);
  return getUnit({ actor, id, today });
}
