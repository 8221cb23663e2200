import { paceSeries } from "@/components/dashboard/chart-data";
import { ChartEmpty } from "@/components/dashboard/chart-empty";
import { LazyAttainmentChart, LazyCategoryChart, LazyFunnelChart, LazyPaceChart } from "@/components/dashboard/lazy-charts";
import { Card } from "@/components/ui/card";
import { getTranslate } from "@/lib/i18n/translate";
import { todayVn } from "@/lib/time";
import { loadAttainment, loadCharts, pct, type DashboardView } from "./data";

// Unit names are data (Vietnamese whatever the reader's language): the chart drops the kind word to fit its axis.
const UNIT_KIND_PREFIX = /^(Đảng bộ|Chi bộ) /;

/**
 * Attainment of each child unit with a quota, against the share of the period gone (the dashed
 * line). A unit whose children have no quota of their own (a grassroots committee whose quota is
 * set for it as a whole) has nothing to plot: it says so rather than drawing an empty frame.
 */
export async function AttainmentChartCard({ view }: { view: DashboardView }) {
  const [attainment, t] = await Promise.all([loadAttainment(view.period, view.unitId), getTranslate("dashboard")]);
  const data = attainment.rows
    .filter((r) => r.quota)
    .map((r) => ({ name: r.name.replace(UNIT_KIND_PREFIX, ""), percent: Math.round((r.attainment ?? 0) * 100), band: r.band }));
  return (
    <Card title={t("attainmentByUnit")}>
      {data.length ? (
        <LazyAttainmentChart data={data} progress={"progress" in attainment ? (attainment.progress ?? 0) : 0} label={t("attainment")} />
      ) : (
        <ChartEmpty>{t(attainment.rows.length ? "empty.noChildQuota" : "empty.noChildren")}</ChartEmpty>
      )}
    </Card>
  );
}

/** The unit's own charts: admissions by month against pace, the funnel, categories, time in each stage. */
export async function DashboardCharts({ view }: { view: DashboardView }) {
  const [charts, t] = await Promise.all([loadCharts(view.period, view.unitId), getTranslate()]);
  if (!charts) return null;
  const thisMonth = todayVn().slice(0, 7);
  const reached = (stage: string) => charts.funnel.find((f) => f.stage === stage)?.reached ?? 0;
  const withTargets = charts.categories.filter((c) => c.target !== null);
  const admittedCategories = charts.categories.filter((c) => c.count > 0);
  const live = charts.timeInStage.filter((s) => s.count > 0);
  return (
    <>
      <Card title={t("dashboard.paceTitle")}>
        <LazyPaceChart data={paceSeries(charts.pace, thisMonth, t)} actual={t("dashboard.admitted")} pace={t("dashboard.pace")} />
      </Card>
      <Card title={t("dashboard.funnelTitle")}>
        {charts.funnel.some((f) => f.reached > 0) ? (
          <LazyFunnelChart
            data={charts.funnel.map((f) => ({
              name: t(`stage.${f.stage}`),
              reached: f.reached,
              conversion: f.fromPrevious === null ? "" : pct(f.fromPrevious),
            }))}
            label={t("dashboard.reached")}
          />
        ) : (
          <ChartEmpty>{t("dashboard.empty.noFunnel")}</ChartEmpty>
        )}
        <p className="mt-2 text-sm text-stone-600" data-testid="funnel-summary">
          {t("dashboard.funnelSummary", { admitted: reached("CEREMONY"), trained: reached("TRAINING") })}
        </p>
      </Card>
      <Card title={t("dashboard.categoriesTitle", { total: charts.admittedTotal })}>
        {admittedCategories.length ? (
          <LazyCategoryChart
            data={admittedCategories.map((c) => ({ name: t(`dashboard.category.${c.category}`), percent: Math.round(c.share * 100), count: c.count }))}
            label={t("dashboard.share")}
          />
        ) : (
          <ChartEmpty>{t("dashboard.empty.noAdmissions")}</ChartEmpty>
        )}
        {withTargets.length ? (
          <ul className="mt-2 grid gap-1 text-sm sm:grid-cols-2" data-testid="category-targets">
            {withTargets.map((c) => (
              <li key={c.category}>
                {t("dashboard.categoryTarget", {
                  category: t(`dashboard.category.${c.category}`),
                  count: c.count,
                  target: c.target ?? 0,
                  percent: pct(c.attainment),
                })}
              </li>
            ))}
          </ul>
        ) : null}
      </Card>
      <Card title={t("dashboard.timeTitle")} className="lg:col-span-2">
        <table className="w-full text-sm" data-testid="time-in-stage">
          <thead className="text-left text-xs text-stone-500 uppercase">
            <tr>
              <th className="py-1">{t("list.stage")}</th>
              <th className="text-right">{t("dashboard.count")}</th>
              <th className="text-right">{t("dashboard.medianDays")}</th>
              <th className="text-right">{t("dashboard.p90Days")}</th>
              <th className="text-right">{t("dashboard.allowedDays")}</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-stone-100">
            {live.map((s) => (
              <tr key={s.stage} className={s.medianDays !== null && s.medianDays > s.allowedDays ? "text-red-800" : ""}>
                <td className="py-1">{t(`stage.${s.stage}`)}</td>
                <td className="text-right tabular-nums">{s.count}</td>
                <td className="text-right tabular-nums">{s.medianDays}</td>
                <td className="text-right tabular-nums">{s.p90Days}</td>
                <td className="text-right tabular-nums">{s.allowedDays}</td>
              </tr>
            ))}
            {live.length ? null : (
              <tr>
                <td colSpan={5} className="py-2 text-center text-stone-600" data-testid="chart-empty">
                  {t("dashboard.empty.noLive")}
                </td>
              </tr>
            )}
          </tbody>
        </table>
      </Card>
    </>
  );
}
