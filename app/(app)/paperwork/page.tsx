import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { requireActor } from "@/lib/auth/require-actor";
import { listUnits } from "@/lib/services/units/list-units";
import { todayVn } from "@/lib/time";
import { UnitOptions } from "@/components/ui/unit-options";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("meta"))("paperwork") };
}

const BUTTON = "inline-flex min-h-11 sm:min-h-10 items-center rounded-md px-4 text-sm font-semibold focus-visible:outline-2 focus-visible:outline-brand-700";
const PRIMARY = `${BUTTON} bg-brand-700 text-white hover:bg-brand-800`;
const SECONDARY = `${BUTTON} border border-stone-300 bg-white text-stone-800 hover:bg-stone-100`;
const INPUT = "min-h-10 w-full rounded-md border border-stone-300 bg-white px-3 text-base sm:text-sm";

/**
 * The organizers' paperwork in one place: each list prints in the party layout (a new tab that opens
 * the print dialog) or downloads as Excel, for one unit of the caller's scope or all of it.
 */
export default async function PaperworkPage() {
  const actor = await requireActor();
  const t = await getTranslations("paperwork");
  const { items: units } = await listUnits({ actor });
  const unitSelect = (id: string) => (
    <label className="flex flex-col gap-1 text-sm font-semibold" htmlFor={id}>
      {t("unit")}
      <select id={id} name="unitId" className={INPUT} defaultValue="">
        <option value="">{t("allUnits")}</option>
        <UnitOptions units={units} />
      </select>
    </label>
  );
  const printButton = (action: string, label: string, testId: string, primary = true) => (
    <button type="submit" name="print" value="1" formAction={action} formTarget="_blank" className={primary ? PRIMARY : SECONDARY} data-testid={testId}>
      {label}
    </button>
  );
  const excelButton = (action: string, testId: string) => (
    <button type="submit" name="format" value="xlsx" formAction={action} className={SECONDARY} data-testid={testId}>
      {t("excel")}
    </button>
  );
  return (
    <div className="flex flex-col gap-4">
      <div>
        <h1 className="text-xl font-semibold">{t("title")}</h1>
        <p className="text-sm text-stone-600">{t("intro")}</p>
      </div>
      <div className="grid gap-4 lg:grid-cols-2">
        <Card title={t("proposals.title")}>
          <form method="get" className="flex flex-col gap-3" data-testid="paperwork-proposals">
            <p className="text-sm text-stone-600">{t("proposals.body")}</p>
            {unitSelect("proposals-unit")}
            <div className="flex flex-wrap gap-2">
              {printButton("/print/lists/proposals", t("printList"), "print-proposals")}
              {excelButton("/api/v1/lists/proposals", "excel-proposals")}
            </div>
          </form>
        </Card>
        <Card title={t("ceremony.title")}>
          <form method="get" className="flex flex-col gap-3" data-testid="paperwork-ceremony">
            <p className="text-sm text-stone-600">{t("ceremony.body")}</p>
            {unitSelect("ceremony-unit")}
            <input type="hidden" name="ceremony" value="1" />
            <div className="flex flex-wrap gap-2">
              {printButton("/print/lists/ceremony", t("printList"), "print-ceremony")}
              {printButton("/print/checklists", t("printChecklists"), "print-ceremony-checklists", false)}
              {excelButton("/api/v1/lists/ceremony", "excel-ceremony")}
            </div>
          </form>
        </Card>
        <Card title={t("conversionDue.title")}>
          <form method="get" className="flex flex-col gap-3" data-testid="paperwork-conversion-due">
            <p className="text-sm text-stone-600">{t("conversionDue.body")}</p>
            {unitSelect("conversion-unit")}
            <label className="flex flex-col gap-1 text-sm font-semibold" htmlFor="conversion-month">
              {t("month")}
              <input id="conversion-month" type="month" name="month" required defaultValue={todayVn().slice(0, 7)} className={INPUT} />
            </label>
            <div className="flex flex-wrap gap-2">
              {printButton("/print/lists/conversion-due", t("printList"), "print-conversion-due")}
              {excelButton("/api/v1/lists/conversion-due", "excel-conversion-due")}
            </div>
          </form>
        </Card>
        <Card title={t("admitted.title")}>
          <form method="get" action="/api/v1/reports/admitted-members" className="flex flex-col gap-3" data-testid="paperwork-admitted">
            <p className="text-sm text-stone-600">{t("admitted.body")}</p>
            {unitSelect("admitted-unit")}
            <label className="flex flex-col gap-1 text-sm font-semibold" htmlFor="admitted-period">
              {t("period")}
              <input
                id="admitted-period"
                name="period"
                required
                defaultValue={todayVn().slice(0, 4)}
                placeholder={t("periodHint")}
                className={INPUT}
                inputMode="numeric"
              />
            </label>
            <input type="hidden" name="format" value="xlsx" />
            <div>
              <button type="submit" className={PRIMARY} data-testid="download-admitted">
                {t("excel")}
              </button>
            </div>
          </form>
        </Card>
      </div>
    </div>
  );
}
