import { BandName } from "@/components/dashboard/band-legend";
import { childrenSumNote } from "@/lib/domain/quotas/dashboard-legend";
import { getTranslate } from "@/lib/i18n/translate";
import { loadAttainment, loadForecast, pct, type DashboardView } from "./data";

interface Tile {
  label: string;
  value: string | number;
  note: React.ReactNode;
  testId: string;
  atRisk?: boolean;
  wide?: boolean;
}

/**
 * The unit itself: its quota, admissions and attainment, its own forecast for the end of the period
 * (the figure its row shows on its parent's dashboard), and how its children's quotas add up. Every
 * figure says in a line what it is: no number is left to guess.
 */
export async function ParentSummary({ view }: { view: DashboardView }) {
  const [attainment, forecast, t] = await Promise.all([loadAttainment(view.period, view.unitId), loadForecast(view.period, view.unitId), getTranslate()]);
  const parent = "parent" in attainment ? attainment.parent : null;
  if (!parent) return null;
  const own = forecast.parent;
  const projected = own ? `${Math.round(own.projectedTotal * 10) / 10}${own.quota ? `/${own.quota}` : ""}` : "—";
  const tiles: Tile[] = [
    {
      label: t("dashboard.quota"),
      value: parent.quota ?? "—",
      note: t(parent.quota === null ? "dashboard.note.noQuota" : "dashboard.note.quota"),
      testId: "summary-quota",
    },
    { label: t("dashboard.admitted"), value: parent.admitted, note: t("dashboard.note.admitted"), testId: "summary-admitted" },
    {
      label: t("dashboard.attainment"),
      value: pct(parent.attainment),
      note: (
        <>
          {t("dashboard.note.attainment")}
          <br />
          <BandName band={parent.band} name={t(`dashboard.band.${parent.band}`)} />
        </>
      ),
      testId: "summary-attainment",
    },
    {
      label: t("dashboard.forecast"),
      value: projected,
      note: t(own?.atRisk ? "dashboard.note.forecastAtRisk" : "dashboard.note.forecast"),
      testId: "summary-forecast",
      atRisk: own?.atRisk,
    },
    {
      label: t("dashboard.childrenSum"),
      value: parent.childrenSum,
      note: childrenSumNote(parent.quota, parent.difference, t),
      testId: "summary-children",
      wide: true,
    },
  ];
  return (
    <div className="grid grid-cols-2 gap-3 lg:grid-cols-6" data-testid="summary">
      {tiles.map((tile) => (
        <div
          key={tile.testId}
          className={`flex flex-col rounded-lg border bg-white p-3 shadow-sm ${tile.atRisk ? "border-amber-500" : "border-stone-200"} ${tile.wide ? "col-span-2" : ""}`}
          data-testid={tile.testId}
        >
          <p className="text-xs font-semibold text-stone-600 uppercase">{tile.label}</p>
          <p className={`text-2xl font-semibold tabular-nums ${tile.atRisk ? "text-amber-800" : ""}`}>{tile.value}</p>
          <div className="mt-auto text-xs text-stone-600">{tile.note}</div>
        </div>
      ))}
    </div>
  );
}
