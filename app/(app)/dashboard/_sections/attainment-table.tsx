import { BandLegend, BandName } from "@/components/dashboard/band-legend";
import { BAND_COLOURS } from "@/components/dashboard/bands";
import { IntentLink } from "@/components/ui/intent-link";
import { PipelineBar, PipelineLegend } from "@/components/dashboard/pipeline-bar";
import { Card } from "@/components/ui/card";
import { bandLegend } from "@/lib/domain/quotas/dashboard-legend";
import type { PipelineStage } from "@/lib/domain/stages";
import { getTranslate } from "@/lib/i18n/translate";
import { dashboardHref, loadAttainment, loadForecast, pct, type DashboardView } from "./data";

/** A figure's name on a phone, where the row is a block and the table's head is not shown. */
function PhoneLabel({ children }: { children: string }) {
  return <span className="block text-xs text-stone-600 md:hidden">{children}</span>;
}

/**
 * One row per child unit: quota, admitted, attainment bar (coloured by band, named in words),
 * forecast and the pipeline before admission; the legend of both colour keys above. On a laptop a
 * table; on a phone each row is a block: the name on its own line, the three figures side by
 * side, then the attainment bar and the pipeline bar across the width (no sideways scrolling).
 */
export async function AttainmentTable({ view }: { view: DashboardView }) {
  const [attainment, forecast, t] = await Promise.all([loadAttainment(view.period, view.unitId), loadForecast(view.period, view.unitId), getTranslate()]);
  const forecastOf = (unitId: string) => forecast.rows.find((r) => r.unitId === unitId);
  const stageLabel = (stage: PipelineStage) => t(`stage.${stage}`);
  const progress = "progress" in attainment ? (attainment.progress ?? 0) : 0;
  return (
    <Card title={t("dashboard.units")}>
      <div className="mb-3 flex flex-col gap-3">
        <BandLegend
          title={t("dashboard.legend.title")}
          intro={t("dashboard.legend.intro", { elapsed: Math.round(progress * 100) })}
          note={t("dashboard.legend.forecastNote")}
          items={bandLegend(progress, t)}
        />
        <PipelineLegend stageLabel={stageLabel} intro={t("dashboard.pipelineLegend")} />
      </div>
      <table className="block w-full text-sm md:table" data-testid="attainment-table">
        <thead className="hidden text-left text-xs text-stone-600 uppercase md:table-header-group">
          <tr>
            <th className="py-2 pr-2">{t("list.unit")}</th>
            <th className="px-2 text-right">{t("dashboard.quota")}</th>
            <th className="px-2 text-right">{t("dashboard.admitted")}</th>
            <th className="px-2">{t("dashboard.attainment")}</th>
            <th className="px-2 text-right">{t("dashboard.forecast")}</th>
            <th className="pl-2 text-right">{t("dashboard.inPipeline")}</th>
          </tr>
        </thead>
        <tbody className="block divide-y divide-stone-200 md:table-row-group">
          {attainment.rows.map((r) => {
            const f = forecastOf(r.unitId);
            return (
              <tr key={r.unitId} className="grid grid-cols-3 gap-x-3 gap-y-2 py-3 md:table-row md:py-0" data-testid="attainment-row">
                <td className="col-span-3 md:py-2 md:pr-2">
                  <IntentLink href={dashboardHref(attainment.period, r.unitId)} className="inline-flex min-h-6 items-center font-semibold hover:underline">
                    {r.name}
                  </IntentLink>
                </td>
                <td className="md:px-2 md:text-right">
                  <PhoneLabel>{t("dashboard.quota")}</PhoneLabel>
                  <span className="tabular-nums" data-testid="row-quota">
                    {r.quota ?? "—"}
                  </span>
                </td>
                <td className="md:px-2 md:text-right">
                  <PhoneLabel>{t("dashboard.admitted")}</PhoneLabel>
                  <span className="tabular-nums" data-testid="row-admitted">
                    {r.admitted}
                  </span>
                </td>
                <td className="order-1 col-span-3 md:order-none md:min-w-44 md:px-2 md:py-2">
                  {/* On a phone the band's name sits beside the label, on a laptop under the bar. */}
                  <div className="flex items-center justify-between gap-2 md:hidden">
                    <PhoneLabel>{t("dashboard.attainment")}</PhoneLabel>
                    <BandName band={r.band} name={t(`dashboard.band.${r.band}`)} />
                  </div>
                  {/* Without a quota there is nothing to fill: on a phone the band's name says so, with no empty bar. */}
                  <div className={`items-center gap-2 ${r.attainment === null ? "hidden md:flex" : "flex"}`}>
                    {r.attainment === null ? (
                      <span className="flex-1" />
                    ) : (
                      <div className="h-2.5 flex-1 overflow-hidden rounded-full bg-stone-100 ring-1 ring-stone-300" aria-hidden>
                        <div className="h-full" style={{ width: `${Math.min(100, Math.round(r.attainment * 100))}%`, background: BAND_COLOURS[r.band] }} />
                      </div>
                    )}
                    <span className="w-12 text-right tabular-nums" data-testid="row-attainment">
                      {pct(r.attainment)}
                    </span>
                  </div>
                  <div className="hidden md:block">
                    <BandName band={r.band} name={t(`dashboard.band.${r.band}`)} />
                  </div>
                </td>
                <td className="md:px-2 md:text-right">
                  <PhoneLabel>{t("dashboard.forecast")}</PhoneLabel>
                  <span className={f?.atRisk ? "font-semibold text-amber-800" : ""}>
                    <span className="tabular-nums" data-testid="row-forecast">
                      {f ? Math.round(f.projectedTotal * 10) / 10 : "—"}
                    </span>
                    {f?.atRisk ? <span className="ml-1 text-xs md:ml-0 md:block">{t("dashboard.belowQuota")}</span> : null}
                  </span>
                </td>
                <td className="order-2 col-span-3 md:order-none md:py-2 md:pl-2">
                  <PhoneLabel>{t("dashboard.inPipeline")}</PhoneLabel>
                  <PipelineBar counts={r.pipeline} stageLabel={stageLabel} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </Card>
  );
}
