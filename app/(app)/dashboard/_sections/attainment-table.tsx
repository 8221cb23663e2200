import Link from "next/link";
import { PipelineBar, PipelineLegend } from "@/components/dashboard/pipeline-bar";
import { Card } from "@/components/ui/card";
import type { PipelineStage } from "@/lib/domain/stages";
import { getTranslate } from "@/lib/i18n/translate";
import { dashboardHref, loadAttainment, loadForecast, pct, type DashboardView } from "./data";

const BAND_STYLE: Record<string, string> = {
  ACHIEVED: "bg-emerald-600",
  ON_TRACK: "bg-sky-600",
  AT_RISK: "bg-amber-500",
  BEHIND: "bg-red-700",
  NO_QUOTA: "bg-stone-300",
};

/** One row per child unit: quota, admitted, attainment bar (coloured by band), forecast and the pipeline before admission. */
export async function AttainmentTable({ view }: { view: DashboardView }) {
  const [attainment, forecast, t] = await Promise.all([loadAttainment(view.period, view.unitId), loadForecast(view.period, view.unitId), getTranslate()]);
  const forecastOf = (unitId: string) => forecast.rows.find((r) => r.unitId === unitId);
  const stageLabel = (stage: PipelineStage) => t(`stage.${stage}`);
  return (
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
                    <Link href={dashboardHref(attainment.period, r.unitId)} className="font-semibold hover:underline">
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
                  <td className={`px-2 text-right tabular-nums ${f?.atRisk ? "font-semibold text-amber-700" : ""}`}>
                    {f ? Math.round(f.projectedTotal * 10) / 10 : "—"}
                  </td>
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
  );
}
