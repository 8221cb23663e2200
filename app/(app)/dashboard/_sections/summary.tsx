import { getTranslate } from "@/lib/i18n/translate";
import { loadAttainment, pct, type DashboardView } from "./data";

/** The unit itself: its quota, admissions and attainment, and how its children's quotas add up. */
export async function ParentSummary({ view }: { view: DashboardView }) {
  const [attainment, t] = await Promise.all([loadAttainment(view.period, view.unitId), getTranslate("dashboard")]);
  const parent = "parent" in attainment ? attainment.parent : null;
  if (!parent) return null;
  const difference = parent.difference === null ? "" : ` (${parent.difference >= 0 ? "+" : ""}${parent.difference})`;
  const tiles: [string, string | number][] = [
    [t("quota"), parent.quota ?? "—"],
    [t("admitted"), parent.admitted],
    [t("attainment"), pct(parent.attainment)],
    [t("childrenSum"), `${parent.childrenSum}${difference}`],
  ];
  return (
    <div className="grid gap-3 sm:grid-cols-4" data-testid="summary">
      {tiles.map(([label, value]) => (
        <div key={label} className="rounded-lg border border-stone-200 bg-white p-3 shadow-sm">
          <p className="text-xs font-semibold text-stone-500 uppercase">{label}</p>
          <p className="text-2xl font-semibold tabular-nums">{value}</p>
        </div>
      ))}
    </div>
  );
}
