import { IntentLink } from "@/components/ui/intent-link";
import { ReasonList } from "@/components/dashboard/reason-list";
import { Card } from "@/components/ui/card";
import { reasonSentences } from "@/lib/domain/quotas/forecast-reason";
import { getTranslate } from "@/lib/i18n/translate";
import { dashboardHref, loadForecast, type DashboardView } from "./data";

const shown = (x: number) => Math.round(x * 10) / 10;

/**
 * The unit's own forecast against its quota (at risk: with the reason), then the child units the
 * forecast says will miss theirs, each with its reason, and how the forecast works. The unit's own
 * verdict is the one its parent's dashboard shows on its row: both come from the same computation.
 */
export async function AtRiskUnits({ view }: { view: DashboardView }) {
  const [forecast, t] = await Promise.all([loadForecast(view.period, view.unitId), getTranslate()]);
  const self = forecast.parent;
  const figures = (f: { projectedTotal: number; quota: number | null; admittedSoFar: number }) => ({
    projected: shown(f.projectedTotal),
    quota: f.quota ?? 0,
    admitted: f.admittedSoFar,
  });
  // "Every unit meets its quota" only says something when some child has a quota to meet.
  const childrenNote =
    forecast.rows.length === 0
      ? "dashboard.children.none"
      : forecast.rows.some((r) => r.quota !== null && r.quota > 0)
        ? "dashboard.children.noneAtRisk"
        : "dashboard.children.noQuota";
  return (
    <Card title={t("dashboard.atRiskTitle", { count: forecast.atRisk.length + (self?.atRisk ? 1 : 0) })}>
      <p className="mb-2 text-xs text-stone-600" data-testid="forecast-method">
        {t("dashboard.method")}
      </p>
      {self ? (
        <div
          className={`mb-2 rounded-md border p-2 text-sm ${self.atRisk ? "border-amber-300 bg-amber-50" : "border-stone-200 bg-stone-50"}`}
          data-testid="self-forecast"
          data-at-risk={self.atRisk ? "true" : "false"}
        >
          <p className={self.atRisk ? "font-semibold" : ""}>
            {t(self.quota === null || self.quota <= 0 ? "dashboard.self.noQuota" : self.atRisk ? "dashboard.self.atRisk" : "dashboard.self.onTrack", {
              unit: self.name,
              ...figures(self),
            })}
          </p>
          {self.atRisk ? <ReasonList sentences={reasonSentences(self.reason, t)} /> : null}
        </div>
      ) : null}
      {forecast.atRisk.length === 0 ? (
        <p className="text-sm text-emerald-800" data-testid="children-risk-note">
          {t(childrenNote)}
        </p>
      ) : (
        <ul className="flex flex-col gap-2 text-sm" data-testid="at-risk">
          {forecast.atRisk.map((r) => (
            <li key={r.unitId} className="rounded-md border border-amber-300 bg-amber-50 p-2">
              <p className="font-semibold">
                <IntentLink href={dashboardHref(forecast.period, r.unitId)} className="hover:underline">
                  {r.name}
                </IntentLink>
                : {t("dashboard.projection", figures(r))}
              </p>
              <ReasonList sentences={reasonSentences(r.reason, t)} />
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
