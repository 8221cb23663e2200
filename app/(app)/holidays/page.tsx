import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { HolidayAddForm } from "@/components/holidays/holiday-add-form";
import { HolidayRemoveButton } from "@/components/holidays/holiday-remove-button";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { requireActor } from "@/lib/auth/require-actor";
import { isAppError } from "@/lib/errors";
import { listHolidays } from "@/lib/services/holidays/list-holidays";
import { formatVnDate } from "@/lib/time";
import { addHolidayAction, removeHolidayAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("meta"))("holidays") };
}

/** The holiday table behind every working-day deadline: administrators keep it, everyone reads it. */
export default async function HolidaysPage({ searchParams }: { searchParams: Promise<{ year?: string }> }) {
  const actor = await requireActor();
  const t = await getTranslations();
  const { year } = await searchParams;
  // A mistyped year in the address shows the current year rather than an error page.
  const result = await listHolidays({ actor, input: { year } }).catch((e) => (isAppError(e) ? listHolidays({ actor, input: {} }) : Promise.reject(e)));
  return (
    <div className="flex flex-col gap-4">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <h1 className="text-xl font-semibold">{t("holidays.title", { year: result.year })}</h1>
        <form method="get" className="flex items-end gap-2 text-sm">
          <label className="flex flex-col gap-1 font-semibold text-stone-600">
            {t("holidays.year")}
            <input name="year" defaultValue={String(result.year)} inputMode="numeric" className={`${inputClass} w-24`} data-testid="holiday-year" />
          </label>
          <Button type="submit">{t("deadlines.show")}</Button>
        </form>
      </div>
      <p className="text-sm text-stone-600">{t("holidays.help")}</p>
      {result.mayWrite ? <HolidayAddForm submit={addHolidayAction} /> : null}
      {result.items.length === 0 ? (
        <p className="rounded-lg border border-dashed border-stone-300 p-6 text-center text-stone-600">{t("holidays.empty")}</p>
      ) : (
        <ul className="flex flex-col divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white" data-testid="holiday-items">
          {result.items.map((h) => (
            <li key={h.date} className="flex flex-wrap items-center justify-between gap-2 px-3 py-2 text-sm">
              <span>
                <span className="font-semibold tabular-nums">{formatVnDate(h.date)}</span> · {h.name}
              </span>
              {result.mayWrite ? <HolidayRemoveButton date={h.date} name={h.name} remove={removeHolidayAction} /> : null}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
