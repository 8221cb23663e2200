import { getTranslate } from "@/lib/i18n/translate";
import { loadAttainment, loadForecast, pct, type DashboardView } from "./data";

/**
 * The unit itself: its quota, admissions and attainment, its own forecast for the end of the period
 * (the figure its row shows on its parent's dashboard), and how its children's quotas add up.
 */
export async function ParentSummary({ view }: { view: DashboardView }) {
  const [attainment, forecast, t] = await Promise.all([
    loadAttainment(view.period, view.unitId),
    loadForecast(view.period, view.unitId),
    getTranslate("dashboard"),
  ]);
  const parent = "parent" in attainment ? attainment.parent : null;
  if (!parent) return null;
  const own = forecast.parent;
  const difference = parent.difference === null ? "" : ` (${parent.difference >= 0 ? "+" : ""}${parent.difference})`;
  const projected = own ? `${Math.round(own.projectedTotal * 10) / 10}${own.quota ? `/${own.quota}` : ""}` : "—";
  const tiles: [string, string | number, string?][] = [
    [t("quota"), parent.quota ?? "—"],
    [t("admitted"), parent.admitted],
    [t("attainment"), pct(parent.attainment)],
    [t("forecast"), projected, "summary-forecast"],
    [t("childrenSum"), `${parent.childrenSum}${difference}`],
  ];
  return (
    <div className="grid gap-3 sm:grid-cols-5" data-testid="summary">
      {tiles.map(([label, value, testId]) => {
        const atRisk = testId === "summary-forecast" && own?.atRisk;
        return (
          <div
            key={label}
            className={`rounded-lg border bg-white p-3 shadow-sm ${atRisk ? "border-amber-400" : "border-stone-200"}`}
            data-testid={testId}
            title={atRisk ? t("band.AT_RISK") : undefined}
          >
            <p className="text-xs font-semibold text-stone-500 uppercase">{label}</p>
            <p className={`text-2xl font-semibold tabular-nums ${atRisk ? "text-amber-700" : ""}`}>{value}</p>
          </div>
        );
      })}
    </div>
  );
}
