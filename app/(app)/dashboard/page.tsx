import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AttainmentChart, CategoryChart, FunnelChart, PaceChart } from "@/components/dashboard/charts";
import { PipelineBar, PipelineLegend } from "@/components/dashboard/pipeline-bar";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { inputClass } from "@/components/ui/field";
import { requireActor } from "@/lib/auth/require-actor";
import { isAppError } from "@/lib/errors";
import { getAttainment } from "@/lib/services/dashboard/attainment";
import { getDashboardCharts } from "@/lib/services/dashboard/charts";
import { getForecast } from "@/lib/services/dashboard/forecast";
import { todayVn } from "@/lib/time";

export const metadata: Metadata = { title: "Chỉ tiêu và kết quả" };

const BAND_STYLE: Record<string, string> = { ACHIEVED: "bg-emerald-600", ON_TRACK: "bg-sky-600", AT_RISK: "bg-amber-500", BEHIND: "bg-red-700", NO_QUOTA: "bg-stone-300" };
const pct = (ratio: number | null) => (ratio === null ? "—" : `${Math.round(ratio * 100)}%`);

function periodsAround(year: number): string[] {
  return [String(year + 1), String(year), String(year - 1), String(year - 2), String(year - 3), "2025-2030", "2020-2025"];
}

export default async function DashboardPage({ searchParams }: { searchParams: Promise<{ period?: string; unitId?: string }> }) {
  const actor = await requireActor();
  const t = await getTranslations();
  const params = await searchParams;
  const thisYear = Number(todayVn().slice(0, 4));
  const input = { period: params.period ?? String(thisYear), unitId: params.unitId && /^[0-9a-f-]{36}$/i.test(params.unitId) ? params.unitId : undefined };
  // A malformed period in the address falls back to this year; a unit the caller may not see is a 404.
  const safe = async <T,>(work: () => Promise<T>, fallback: () => Promise<T>) =>
    work().catch((e) => (isAppError(e) && e.code === "NOT_FOUND" ? notFound() : isAppError(e) ? fallback() : Promise.reject(e)));
  const fallbackInput = { period: String(thisYear), unitId: input.unitId };
  const [attainment, forecast, charts] = await Promise.all([
    safe(() => getAttainment({ actor, input }), () => getAttainment({ actor, input: fallbackInput })),
    safe(() => getForecast({ actor, input }), () => getForecast({ actor, input: fallbackInput })),
    safe(() => getDashboardCharts({ actor, input }), () => getDashboardCharts({ actor, input: fallbackInput })),
  ]);
  const period = attainment.period;
  const link = (unitId: string | null, p = period) => `/dashboard?${new URLSearchParams({ period: p, ...(unitId ? { unitId } : {}) })}`;
  const forecastOf = (unitId: string) => forecast.rows.find((r) => r.unitId === unitId);
  const stageLabel = (stage: string) => t(`stage.${stage}`);
  const parent = "parent" in attainment ? attainment.parent : null;
  return (
    <div className="flex flex-col gap-4">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <nav className="text-sm text-stone-600" aria-label="breadcrumb" data-testid="breadcrumb">
            {attainment.breadcrumb.map((b, i) => (
              <span key={b.id}>
                {i > 0 ? " › " : ""}
                <Link href={link(b.id)} className="hover:underline">
                  {b.name}
                </Link>
              </span>
            ))}
          </nav>
          <h1 className="text-xl font-semibold">{t("dashboard.title", { period })}</h1>
        </div>
        <div className="flex flex-col items-stretch gap-2 sm:items-end">
          <form method="get" className="flex items-end gap-2">
            {attainment.unitId ? <input type="hidden" name="unitId" value={attainment.unitId} /> : null}
            <select name="period" defaultValue={period} className={inputClass} aria-label={t("dashboard.period")} data-testid="period">
              {periodsAround(thisYear).map((p) => (
                <option key={p} value={p}>
                  {p.includes("-") ? t("dashboard.term", { period: p }) : t("dashboard.year", { period: p })}
                </option>
              ))}
            </select>
            <Button type="submit">{t("deadlines.show")}</Button>
          </form>
          {/* The dashboard table, and the periodic report (admitted by unit × category) the statistical returns need. */}
          <div className="flex flex-wrap gap-2 sm:justify-end">
            {(
              [
                ["table", "xlsx", "dashboard.export.tableXlsx"],
                ["table", "csv", "dashboard.export.tableCsv"],
                ["categories", "xlsx", "dashboard.export.reportXlsx"],
                ["categories", "csv", "dashboard.export.reportCsv"],
              ] as const
            ).map(([report, format, label]) => (
              <a
                key={`${report}-${format}`}
                href={`/api/v1/dashboard/export?${new URLSearchParams({ period, format, report, ...(attainment.unitId ? { unitId: attainment.unitId } : {}) })}`}
                className="inline-flex min-h-9 items-center rounded-md border border-stone-300 bg-white px-3 text-xs font-semibold"
                data-testid={report === "table" ? `export-${format}` : `export-report-${format}`}
              >
                {t(label)}
              </a>
            ))}
          </div>
        </div>
      </div>

      {parent ? (
        <div className="grid gap-3 sm:grid-cols-4" data-testid="summary">
          {[
            [t("dashboard.quota"), parent.quota ?? "—"],
            [t("dashboard.admitted"), parent.admitted],
            [t("dashboard.attainment"), pct(parent.attainment)],
            [t("dashboard.childrenSum"), `${parent.childrenSum}${parent.difference !== null ? ` (${parent.difference >= 0 ? "+" : ""}${parent.difference})` : ""}`],
          ].map(([label, value]) => (
            <div key={String(label)} className="rounded-lg border border-stone-200 bg-white p-3 shadow-sm">
              <p className="text-xs font-semibold text-stone-500 uppercase">{label}</p>
              <p className="text-2xl font-semibold tabular-nums">{value}</p>
            </div>
          ))}
        </div>
      ) : null}

      <Card title={t("dashboard.atRiskTitle", { count: forecast.atRisk.length })}>
        <p className="mb-2 text-xs text-stone-500" data-testid="forecast-method">
          {t("dashboard.method")}
        </p>
        {forecast.atRisk.length === 0 ? (
          <p className="text-sm text-emerald-800">{t("dashboard.noneAtRisk")}</p>
        ) : (
          <ul className="flex flex-col gap-2 text-sm" data-testid="at-risk">
            {forecast.atRisk.map((r) => (
              <li key={r.unitId} className="rounded-md border border-amber-300 bg-amber-50 p-2">
                <p className="font-semibold">
                  <Link href={link(r.unitId)} className="hover:underline">
                    {r.name}
                  </Link>
                  : {t("dashboard.projection", { projected: Math.round(r.projectedTotal * 10) / 10, quota: r.quota ?? 0, admitted: r.admittedSoFar })}
                </p>
                <ul className="ml-5 list-disc text-stone-700">
                  {r.reasons.map((reason, i) => (
                    <li key={i}>{reason.code === "STUCK" ? t("dashboard.reason.STUCK", { stage: t(`stage.${reason.stage}`), count: reason.count }) : t(`dashboard.reason.${reason.code}`)}</li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        )}
      </Card>

      <Card title={t("dashboard.units")}>
        <PipelineLegend stageLabel={stageLabel} />
        <div className="overflow-x-auto">
          <table className="w-full text-sm" data-testid="attainment-table">
            <thead className="text-left text-xs text-stone-500 uppercase">
              <tr>
                <th className="py-2 pr-2">{t("list.unit")}</th>
                <th className="px-2 text-right">{t("dashboard.quota")}</th>
                <th className="px-2 text-right">{t("dashboard.admitted")}</th>
                <th className="px-2">{t("dashboard.attainment")}</th>
                <th className="px-2 text-right">{t("dashboard.forecast")}</th>
                <th className="px-2 text-right">{t("dashboard.inPipeline")}</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-stone-100">
              {attainment.rows.map((r) => {
                const f = forecastOf(r.unitId);
                return (
                  <tr key={r.unitId} data-testid="attainment-row">
                    <td className="py-2 pr-2">
                      <Link href={link(r.unitId)} className="font-semibold hover:underline">
                        {r.name}
                      </Link>
                    </td>
                    <td className="px-2 text-right tabular-nums">{r.quota ?? "—"}</td>
                    <td className="px-2 text-right tabular-nums">{r.admitted}</td>
                    <td className="min-w-40 px-2">
                      <div className="flex items-center gap-2">
                        <div className="h-2 flex-1 overflow-hidden rounded-full bg-stone-100" title={t(`dashboard.band.${r.band}`)}>
                          <div className={`h-2 ${BAND_STYLE[r.band]}`} style={{ width: `${Math.min(100, Math.round((r.attainment ?? 0) * 100))}%` }} />
                        </div>
                        <span className="w-12 text-right tabular-nums">{pct(r.attainment)}</span>
                      </div>
                    </td>
                    <td className={`px-2 text-right tabular-nums ${f?.atRisk ? "font-semibold text-amber-700" : ""}`}>{f ? Math.round(f.projectedTotal * 10) / 10 : "—"}</td>
                    <td className="px-2">
                      <PipelineBar counts={r.pipeline} stageLabel={stageLabel} />
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      </Card>

      <div className="grid gap-4 lg:grid-cols-2">
        <Card title={t("dashboard.attainmentByUnit")}>
          <AttainmentChart data={attainment.rows.filter((r) => r.quota).map((r) => ({ name: r.name.replace(/^Đảng bộ |^Chi bộ /, ""), percent: Math.round((r.attainment ?? 0) * 100), band: r.band }))} progress={"progress" in attainment ? (attainment.progress ?? 0) : 0} label={t("dashboard.attainment")} />
        </Card>
        {charts ? (
          <>
            <Card title={t("dashboard.paceTitle")}>
              <PaceChart data={charts.pace.map((p) => ({ ...p, cumulative: p.month <= todayVn().slice(0, 7) ? p.cumulative : null }))} actual={t("dashboard.admitted")} pace={t("dashboard.pace")} />
            </Card>
            <Card title={t("dashboard.funnelTitle")}>
              <FunnelChart data={charts.funnel.map((f) => ({ name: t(`stage.${f.stage}`), reached: f.reached, conversion: f.fromPrevious === null ? "" : pct(f.fromPrevious) }))} label={t("dashboard.reached")} />
              <p className="text-xs text-stone-600" data-testid="funnel-summary">
                {(() => {
                  const trained = charts.funnel.find((f) => f.stage === "TRAINING")?.reached ?? 0;
                  const admitted = charts.funnel.find((f) => f.stage === "CEREMONY")?.reached ?? 0;
                  return t("dashboard.funnelSummary", { admitted, trained });
                })()}
              </p>
            </Card>
            <Card title={t("dashboard.categoriesTitle", { total: charts.admittedTotal })}>
              <CategoryChart data={charts.categories.filter((c) => c.count > 0).map((c) => ({ name: t(`dashboard.category.${c.category}`), percent: Math.round(c.share * 100), count: c.count }))} label={t("dashboard.share")} />
              {charts.categories.some((c) => c.target !== null) ? (
                <ul className="mt-2 grid gap-1 text-sm sm:grid-cols-2" data-testid="category-targets">
                  {charts.categories
                    .filter((c) => c.target !== null)
                    .map((c) => (
                      <li key={c.category}>
                        {t("dashboard.categoryTarget", { category: t(`dashboard.category.${c.category}`), count: c.count, target: c.target ?? 0, percent: pct(c.attainment) })}
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
                  {charts.timeInStage.filter((s) => s.count > 0).map((s) => (
                    <tr key={s.stage} className={s.medianDays !== null && s.medianDays > s.allowedDays ? "text-red-800" : ""}>
                      <td className="py-1">{t(`stage.${s.stage}`)}</td>
                      <td className="text-right tabular-nums">{s.count}</td>
                      <td className="text-right tabular-nums">{s.medianDays}</td>
                      <td className="text-right tabular-nums">{s.p90Days}</td>
                      <td className="text-right tabular-nums">{s.allowedDays}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </Card>
          </>
        ) : null}
      </div>
    </div>
  );
}
