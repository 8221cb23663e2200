import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { loadHolidays } from "@/lib/db/holidays";
import { approvedTargets } from "@/lib/db/quotas";
import { admissionsByChild, liveByChild, stageExitsByChild } from "@/lib/db/rollups";
import { band, attainment } from "@/lib/domain/quotas/attainment";
import { forecastUnit, type LiveCandidate, type StatsByStage } from "@/lib/domain/quotas/forecast";
import { workingDaysFrom } from "@/lib/domain/quotas/forecast-reason";
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

/**
 * Projected admissions by the end of the period for the unit itself (`parent`) and for each child
 * unit (`rows`), and the children at risk with reasons. A unit's forecast is one function of its
 * whole subtree (live candidates, admissions, stage statistics), its own approved quota and the
 * bloc's statistics as fallback: the same whether it is looked at as a row of its parent's
 * dashboard or as the parent of its own.
 */
export async function getForecast({ actor, input, today = todayVn() }: { actor: Actor; input: unknown; today?: string }) {
  const { period, unitId } = parseOrThrow(ZDashboardQuery, input);
  const found = await dashboardUnit(actor, unitId);
  if (!found) return { period: period.label, daysLeft: 0, workingDaysLeft: 0, parent: null, rows: [], atRisk: [] };
  const { unit, children } = found;
  const [live, exits, admissions, quotas, holidays] = await Promise.all([
    liveByChild(actor.scope, unit, today),
    stageExitsByChild(actor.scope, unit, addDays(today, -HISTORY_DAYS)),
    admissionsByChild(actor.scope, unit, period.from, period.to),
    approvedTargets(actor.scope, [unit.id, ...children.map((c) => c.id)], period),
    loadHolidays(),
  ]);
  // Rows of StageExitRollup hold a unit's whole subtree: the parent's own row is its subtree's.
  const statsOf = (unitId: string): StatsByStage =>
    Object.fromEntries(
      exits.filter((e) => e.unit_id === unitId).map((e) => [e.stage, { forward: e.forward, exits: e.exits, medianDays: medianFromBuckets(e.buckets) }]),
    );
  // The fallback for a unit with too little history of its own is the whole bloc (the root of the
  // tree the unit belongs to), whichever level the dashboard is looking at.
  const blocStats = statsOf(rootIdOfPath(unit.path) ?? unit.id);
  const progress = periodProgress(period, today);
  const left = daysLeft(period, today);
  const workingDays = workingDaysFrom(today, holidays);
  // The parent's figures are everything under it (its children's subtrees and its own direct
  // candidates); a child's are the rows of its subtree.
  const forecastFor = (id: string, name: string, whole: boolean) => {
    const mine = (rowUnitId: string) => whole || rowUnitId === id;
    const admittedSoFar = admissions.filter((a) => mine(a.unitId)).reduce((n, a) => n + a.admitted, 0);
    const quota = quotas.find((q) => q.unitId === id)?.target ?? null;
    const f = forecastUnit({
      admittedSoFar,
      quota,
      live: weighted(live.filter((l) => mine(l.unit_id)) as { stage: PipelineStage; days: number; count: number }[]),
      unitStats: statsOf(id),
      blocStats,
      daysLeft: left,
      behindPace: ["AT_RISK", "BEHIND"].includes(band(admittedSoFar, quota, progress)),
      progress,
      workingDays,
    });
    return { unitId: id, name, ...f, attainment: attainment(admittedSoFar, quota) };
  };
  const rows = children.map((child) => forecastFor(child.id, child.name, false));
  return {
    period: period.label,
    daysLeft: left,
    workingDaysLeft: workingDays(left),
    parent: forecastFor(unit.id, unit.name, true),
    rows,
    atRisk: rows.filter((r) => r.atRisk),
  };
}

export type TForecast = Awaited<ReturnType<typeof getForecast>>;
export type TUnitForecast = TForecast["rows"][number];
