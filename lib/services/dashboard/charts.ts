import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { approvedQuota } from "@/lib/db/quotas";
import { admissionsByMonth, admittedSubjects, furthestStages, timeInStage } from "@/lib/db/rollups";
import { attainment } from "@/lib/domain/quotas/attainment";
import { categoryBreakdown, type Category } from "@/lib/domain/quotas/categories";
import { ALLOWED_DAYS } from "@/lib/domain/quotas/forecast";
import { funnel, paceByMonth } from "@/lib/domain/quotas/funnel";
import { PIPELINE_STAGES, type PipelineStage } from "@/lib/domain/stages";
import { todayVn } from "@/lib/time";
import { parseOrThrow } from "@/lib/validation/parse";
import { ZDashboardQuery } from "@/lib/validation/quota";
import { memoHistory } from "./history-memo";
import { dashboardUnit } from "./parent-unit";

function monthsOf(from: string, to: string): string[] {
  const months: string[] = [];
  for (
    let y = Number(from.slice(0, 4)), m = Number(from.slice(5, 7));
    `${y}-${String(m).padStart(2, "0")}` <= to.slice(0, 7);
    m === 12 ? ((m = 1), (y += 1)) : (m += 1)
  ) {
    months.push(`${y}-${String(m).padStart(2, "0")}`);
  }
  return months;
}

/** The data of the dashboard's charts: funnel, admissions by month against pace, categories, time in stage. */
export async function getDashboardCharts({ actor, input, today = todayVn() }: { actor: Actor; input: unknown; today?: string }) {
  const { period, unitId } = parseOrThrow(ZDashboardQuery, input);
  const found = await dashboardUnit(actor, unitId);
  if (!found) return null;
  const { unit } = found;
  const [furthest, monthly, subjects, times, quota] = await Promise.all([
    // Memoised per unit, not per caller: only a caller who resolved the unit in their scope gets here.
    memoHistory(`furthest|${unit.id}|${today}`, () => furthestStages(actor.scope, unit)),
    admissionsByMonth(actor.scope, unit, period.from, period.to),
    admittedSubjects(actor.scope, unit, period.from, period.to),
    timeInStage(actor.scope, unit, today),
    approvedQuota(actor.scope, unit.id, period),
  ]);
  const targets = (quota?.categoryTargets ?? {}) as Partial<Record<Category, number>>;
  const expanded = furthest.flatMap((f) =>
    PIPELINE_STAGES.includes(f.stage as PipelineStage) ? Array.from({ length: f.count }, () => f.stage as PipelineStage) : [],
  );
  return {
    funnel: funnel(expanded),
    pace: paceByMonth(new Map(monthly.map((m) => [m.month, m.count])), monthsOf(period.from, period.to), quota?.target ?? null),
    // Category targets of the unit's quota sit beside the actual counts (per-category attainment).
    categories: categoryBreakdown(subjects).map((c) => ({
      ...c,
      target: targets[c.category] ?? null,
      attainment: attainment(c.count, targets[c.category] ?? null),
    })),
    admittedTotal: subjects.length,
    timeInStage: PIPELINE_STAGES.filter((s) => s !== "OFFICIAL").map((stage) => {
      const row = times.find((t) => t.stage === stage);
      return {
        stage,
        count: row?.count ?? 0,
        medianDays: row ? Math.round(row.median_days) : null,
        p90Days: row ? Math.round(row.p90_days) : null,
        allowedDays: ALLOWED_DAYS[stage],
      };
    }),
  };
}

export type TDashboardCharts = NonNullable<Awaited<ReturnType<typeof getDashboardCharts>>>;
