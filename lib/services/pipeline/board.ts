import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { prisma } from "@/lib/db/client";
import { inScope } from "@/lib/db/scope-filter";
import { findUnitInScope } from "@/lib/db/units";
import { PIPELINE_STAGES } from "@/lib/domain/stages";
import { toIsoDate } from "@/lib/time";

/** Candidates of a unit's subtree (the caller's top unit by default), by stage, for the board. */
export async function getBoard({ actor, unitId }: { actor: Actor; unitId?: string }) {
  const unit = unitId ? await findUnitInScope(actor.scope, unitId) : null;
  const rows = await prisma.candidate.findMany({
    where: { ...inScope(actor.scope, unit), stage: { in: PIPELINE_STAGES.filter((s) => s !== "OFFICIAL") } },
    select: { id: true, fullName: true, stage: true, stageSince: true, version: true, unit: { select: { name: true } } },
    orderBy: [{ stageSince: "asc" }],
    take: 1000,
  });
  const columns = PIPELINE_STAGES.filter((s) => s !== "OFFICIAL").map((stage) => ({
    stage,
    items: rows.filter((r) => r.stage === stage).map((r) => ({ id: r.id, fullName: r.fullName, version: r.version, unitName: r.unit.name, stageSince: toIsoDate(r.stageSince) })),
  }));
  return { unitId: unit?.id ?? null, columns };
}
