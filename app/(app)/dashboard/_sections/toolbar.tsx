import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { TERM_YEARS } from "@/lib/domain/quotas/period";
import { getTranslate } from "@/lib/i18n/translate";
import type { DashboardView } from "./data";

/** The years around this one, then the current and the previous five-year term (congresses meet in years ending in 0 and 5). */
function periodChoices(thisYear: number, shown: string): string[] {
  const termStart = thisYear - (thisYear % TERM_YEARS);
  const choices = [thisYear + 1, thisYear, thisYear - 1, thisYear - 2, thisYear - 3].map(String);
  choices.push(`${termStart}-${termStart + TERM_YEARS}`, `${termStart - TERM_YEARS}-${termStart}`);
  // A period typed into the address stays selectable.
  return choices.includes(shown) ? choices : [shown, ...choices];
}

const EXPORTS = [
  { report: "table", format: "xlsx", label: "dashboard.export.tableXlsx", testId: "export-xlsx" },
  { report: "table", format: "csv", label: "dashboard.export.tableCsv", testId: "export-csv" },
  { report: "categories", format: "xlsx", label: "dashboard.export.reportXlsx", testId: "export-report-xlsx" },
  { report: "categories", format: "csv", label: "dashboard.export.reportCsv", testId: "export-report-csv" },
] as const;

/** The period picker (a plain GET form: the view lives in the address) and the exports of what is shown. */
export async function DashboardToolbar({ view, thisYear }: { view: DashboardView; thisYear: string }) {
  const t = await getTranslate();
  const unit: Record<string, string> = view.unitId ? { unitId: view.unitId } : {};
  return (
    <div className="flex flex-col gap-2 lg:flex-row lg:items-end lg:justify-between">
      <form method="get" className="flex items-end gap-2">
        {view.unitId ? <input type="hidden" name="unitId" value={view.unitId} /> : null}
        <div className="flex min-w-0 flex-1 flex-col gap-1 lg:w-48 lg:flex-none">
          <label htmlFor="dashboard-period" className="text-sm font-semibold text-stone-700">
            {t("dashboard.period")}
          </label>
          <select id="dashboard-period" name="period" defaultValue={view.period} className={inputClass} data-testid="period">
            {periodChoices(Number(thisYear), view.period).map((p) => (
              <option key={p} value={p}>
                {p.includes("-") ? t("dashboard.term", { period: p }) : t("dashboard.year", { period: p })}
              </option>
            ))}
          </select>
        </div>
        <Button type="submit" className="min-h-11 lg:min-h-10">
          {t("deadlines.show")}
        </Button>
      </form>
      {/* The dashboard table, and the periodic report (admitted by unit × category) the statistical returns need. */}
      <div className="grid grid-cols-2 gap-2 sm:flex sm:flex-wrap">
        {EXPORTS.map(({ report, format, label, testId }) => (
          <a
            key={testId}
            href={`/api/v1/dashboard/export?${new URLSearchParams({ period: view.period, format, report, ...unit })}`}
            className="inline-flex min-h-10 items-center justify-center rounded-md border border-stone-300 bg-white px-3 text-center text-xs font-semibold hover:bg-stone-100"
            data-testid={testId}
          >
            {t(label)}
          </a>
        ))}
      </div>
    </div>
  );
}
