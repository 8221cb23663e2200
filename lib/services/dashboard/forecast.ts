import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { approvedTargets } from "@/lib/db/quotas";
import { admissionsByChild, liveByChild, stageExitsByChild } from "@/lib/db/rollups";
import { band, attainment } from "@/lib/domain/quotas/attainment";
import { forecastUnit, type LiveCandidate, type StatsByStage } from "@/lib/domain/quotas/forecast";
import { daysLeft, periodProgress } from "@/lib/domain/quotas/period";
import { medianFromBuckets } from "@/lib/domain/quotas/stay-buckets";
import { addDays } from "@/lib/domain/rules/dates";
import type { PipelineStage } from "@/lib/domain/stages";
import { todayVn } from "@/lib/time";
import { parseOrThrow } from "@/lib/validation/parse";
import { ZDashboardQuery } from "@/lib/validation/quota";
import { dashboardUnit } from "./parent-unit";
import { rootIdOfPath } from "@/lib/domain/unit-path";

/** History used for conversion rates and durations: the last three years. */
const HISTORY_DAYS = 3 * 365;

function weighted(rows: { stage: PipelineStage; days: number; count: number }[]): LiveCandidate[] {
  return rows.flatMap((r) => Array.from({ length: r.count }, () => ({ stage: r.stage, daysInStage: r.days })));
}

/** Projected admissions by the end of the period for each child unit, and the units at risk with reasons. */
export async function getForecast({ actor, input, today = todayVn() }: { actor: Actor; input: unknown; today?: string }) {
  const { period, unitId } = parseOrThrow(ZDashboardQuery, input);
  const found = await dashboardUnit(actor, unitId);
  if (!found) return { period: period.label, daysLeft: 0, rows: [], atRisk: [] };
  const { unit, children } = found;
  const [live, exits, admissions, quotas] = await Promise.all([
    liveByChild(actor.scope, unit, today),
    stageExitsByChild(actor.scope, unit, addDays(today, -HISTORY_DAYS)),
    admissionsByChild(actor.scope, unit, period.from, period.to),
    approvedTargets(actor.scope, children.map((c) => c.id), period),
  ]);
  const statsOf = (unitId: string): StatsByStage =>
    Object.fromEntries(exits.filter((e) => e.unit_id === unitId).map((e) => [e.stage, { forward: e.forward, exits: e.exits, medianDays: medianFromBuckets(e.buckets) }]));
  // The fallback for a unit with too little history of its own is the whole bloc (the root of the
  // tree the unit belongs to), whichever level the dashboard is looking at.
  const blocStats = statsOf(rootIdOfPath(unit.path) ?? unit.id);
  const progress = periodProgress(period, today);
  const left = daysLeft(period, today);
  const rows = children.map((child) => {
    const unitStats = statsOf(child.id);
    const admittedSoFar = admissions.find((a) => a.unitId === child.id)?.admitted ?? 0;
    const quota = quotas.find((q) => q.unitId === child.id)?.target ?? null;
    const f = forecastUnit({
      admittedSoFar,
      quota,
      live: weighted(live.filter((l) => l.unit_id === child.id) as { stage: PipelineStage; days: number; count: number }[]),
      unitStats,
      blocStats,
      daysLeft: left,
      behindPace: ["AT_RISK", "BEHIND"].includes(band(admittedSoFar, quota, progress)),
    });
    return { unitId: child.id, name: child.name, ...f, attainment: attainment(admittedSoFar, quota) };
  });
  return { period: period.label, daysLeft: left, rows, atRisk: rows.filter((r) => r.atRisk) };
}

export type TForecast = Awaited<ReturnType<typeof getForecast>>;
