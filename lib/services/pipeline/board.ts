import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { listCandidatesByStage } from "@/lib/db/candidates";
import { findUnitInScope } from "@/lib/db/units";
import { PIPELINE_STAGES } from "@/lib/domain/stages";
import { notFound } from "@/lib/errors";
import { toIsoDate } from "@/lib/time";

/** The board holds this many cards at most; beyond it the page says "showing N of M". */
export const BOARD_LIMIT = 1000;

/** Candidates of a unit's subtree (the caller's top unit by default), by stage, for the board. */
export async function getBoard({ actor, unitId }: { actor: Actor; unitId?: string }) {
  const unit = unitId ? await findUnitInScope(actor.scope, unitId) : null;
  if (unitId && !unit) throw notFound();
  const stages = PIPELINE_STAGES.filter((s) => s !== "OFFICIAL");
  const { items: rows, total } = await listCandidatesByStage(actor.scope, { under: unit, stages, take: BOARD_LIMIT });
  const columns = stages.map((stage) => ({
    stage,
    items: rows
      .filter((r) => r.stage === stage)
      .map((r) => ({ id: r.id, fullName: r.fullName, version: r.version, unitName: r.unit.name, stageSince: toIsoDate(r.stageSince) })),
  }));
  return { unitId: unit?.id ?? null, columns, shown: rows.length, total };
}
