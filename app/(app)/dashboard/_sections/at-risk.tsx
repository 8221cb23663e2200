import Link from "next/link";
import { Card } from "@/components/ui/card";
import { getTranslate } from "@/lib/i18n/translate";
import { dashboardHref, loadForecast, type DashboardView } from "./data";

/** The child units the forecast says will miss their quota, each with its reasons, and how the forecast works. */
export async function AtRiskUnits({ view }: { view: DashboardView }) {
  const [forecast, t] = await Promise.all([loadForecast(view.period, view.unitId), getTranslate()]);
  return (
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
                <Link href={dashboardHref(forecast.period, r.unitId)} className="hover:underline">
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
  );
}
