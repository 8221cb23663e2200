import { getTranslations } from "next-intl/server";
import { Button, ButtonLink } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { STAGES } from "@/lib/domain/stages";
import { FilterDisclosure } from "./filter-disclosure";
import { UnitOptions } from "@/components/ui/unit-options";

interface UnitOption {
  id: string;
  name: string;
  depth: number;
}

const labelClass = "flex flex-col gap-1 text-xs font-semibold text-stone-600";

/**
 * A plain GET form: filters live in the URL, so a filtered list can be bookmarked and shared. The
 * search box always shows; on a phone the other filters fold behind "Lọc (n)". A reader whose scope
 * is one unit (a branch secretary) has no unit to choose, so gets no unit filter.
 */
export async function CandidateFilters({ units, values }: { units: UnitOption[]; values: Record<string, string> }) {
  const t = await getTranslations();
  const byUnit = units.length > 1;
  const active = [byUnit ? values.unitId : undefined, values.stage].filter(Boolean).length;
  return (
    <form
      method="get"
      className={`flex flex-col gap-3 rounded-lg border border-stone-200 bg-white p-3 shadow-sm md:grid md:items-end ${byUnit ? "md:grid-cols-[2fr_2fr_1.5fr_auto]" : "md:grid-cols-[2fr_1.5fr_auto]"}`}
      role="search"
      data-testid="candidate-filters"
    >
      <div className="flex items-end gap-2">
        <label className={`${labelClass} min-w-0 flex-1`}>
          {t("list.search")}
          <input name="q" type="search" defaultValue={values.q ?? ""} placeholder={t("list.searchPlaceholder")} className={inputClass} data-testid="filter-q" />
        </label>
        <Button type="submit" className="min-h-11 md:hidden" data-testid="search-submit">
          {t("list.searchSubmit")}
        </Button>
      </div>
      <FilterDisclosure label={t("list.filterToggle", { count: active })}>
        {byUnit ? (
          <label className={labelClass}>
            {t("list.unit")}
            <select name="unitId" defaultValue={values.unitId ?? ""} className={inputClass} data-testid="filter-unit">
              <option value="">{t("list.allUnits")}</option>
              <UnitOptions units={units} />
            </select>
          </label>
        ) : null}
        <label className={labelClass}>
          {t("list.stage")}
          <select name="stage" defaultValue={values.stage ?? ""} className={inputClass} data-testid="filter-stage">
            <option value="">{t("list.allStages")}</option>
            {STAGES.map((s) => (
              <option key={s} value={s}>
                {t(`stage.${s}`)}
              </option>
            ))}
          </select>
        </label>
        <div className="flex items-end gap-2">
          <Button type="submit" className="min-h-11 md:min-h-10" data-testid="filter-submit">
            {t("list.filter")}
          </Button>
          <ButtonLink href="/candidates" variant="ghost" className="min-h-11 md:min-h-10">
            {t("list.clear")}
          </ButtonLink>
        </div>
      </FilterDisclosure>
    </form>
  );
}
