import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { approvedTargetsOfUnitAndChildren } from "@/lib/db/quotas";
import { admissionsByChild, stageCountsByChild } from "@/lib/db/rollups";
import { attainment, band, childrenQuotaGap } from "@/lib/domain/quotas/attainment";
import { periodProgress } from "@/lib/domain/quotas/period";
import type { StageCode } from "@/lib/domain/stages";
import { todayVn } from "@/lib/time";
import { parseOrThrow } from "@/lib/validation/parse";
import { ZDashboardQuery } from "@/lib/validation/quota";
import { resolveDashboardUnit, unitSurroundings } from "./parent-unit";

/**
 * Admissions against quota for a unit and each of its direct children, rolled up over their
 * subtrees: quota, admitted (admission decisions dated in the period), attainment, band and the
 * pipeline by stage. Two grouped queries whatever the size of the tree.
 */
export async function getAttainment({ actor, input, today = todayVn() }: { actor: Actor; input: unknown; today?: string }) {
  const { period, unitId } = parseOrThrow(ZDashboardQuery, input);
  const unit = await resolveDashboardUnit(actor, unitId);
  if (!unit) return { period: period.label, unitId: null, breadcrumb: [], rows: [] };
  // Everything else depends only on the unit: one parallel round.
  const [{ children, breadcrumb }, stages, admissions, quotas] = await Promise.all([
    unitSurroundings(actor, unit),
    stageCountsByChild(actor.scope, unit),
    admissionsByChild(actor.scope, unit, period.from, period.to),
    approvedTargetsOfUnitAndChildren(actor.scope, unit.id, period),
  ]);
  const progress = periodProgress(period, today);
  const quotaOf = (id: string) => quotas.find((q) => q.unitId === id)?.target ?? null;
  const rowFor = (id: string, name: string, kind: string, includeAll: boolean) => {
    // The parent's row sums every child plus its own direct candidates; a child's row is its subtree.
    const own = (rowId: string) => includeAll || rowId === id;
    const pipeline: Partial<Record<StageCode, number>> = {};
    for (const s of stages) if (own(s.unitId)) pipeline[s.stage] = (pipeline[s.stage] ?? 0) + s.count;
    const admitted = admissions.filter((a) => own(a.unitId)).reduce((n, a) => n + a.admitted, 0);
    const quota = quotaOf(id);
    return { unitId: id, name, kind, quota, admitted, attainment: attainment(admitted, quota), band: band(admitted, quota, progress), pipeline };
  };
  const parentRow = rowFor(unit.id, unit.name, unit.kind, true);
  return {
    period: period.label,
    progress,
    unitId: unit.id,
    breadcrumb,
    parent: {
      ...parentRow,
      ...childrenQuotaGap(
        parentRow.quota,
        children.map((c) => quotaOf(c.id)),
      ),
    },
    rows: children.map((c) => rowFor(c.id, c.name, c.kind, false)),
  };
}

export type TAttainment = Awaited<ReturnType<typeof getAttainment>>;
