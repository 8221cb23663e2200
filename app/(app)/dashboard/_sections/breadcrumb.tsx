import { IntentLink } from "@/components/ui/intent-link";
import { getTranslate } from "@/lib/i18n/translate";
import { dashboardHref, loadAttainment, type DashboardView } from "./data";

/** The units from the top of what the caller may see down to the one shown; each opens its own dashboard. */
export async function DashboardBreadcrumb({ view }: { view: DashboardView }) {
  const [attainment, t] = await Promise.all([loadAttainment(view.period, view.unitId), getTranslate("dashboard")]);
  return (
    <nav className="text-sm text-stone-600" aria-label={t("breadcrumb")} data-testid="breadcrumb">
      {attainment.breadcrumb.map((b, i) => (
        <span key={b.id}>
          {i > 0 ? " › " : ""}
          <IntentLink href={dashboardHref(attainment.period, b.id)} className="inline-flex min-h-6 items-center hover:underline">
            {b.name}
          </IntentLink>
        </span>
      ))}
    </nav>
  );
}
