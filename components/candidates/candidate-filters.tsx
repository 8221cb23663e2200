import { getTranslations } from "next-intl/server";
import { Button, ButtonLink } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { STAGES } from "@/lib/domain/stages";

interface UnitOption {
  id: string;
  name: string;
  depth: number;
}

/** A plain GET form: filters live in the URL, so a filtered list can be bookmarked and shared. */
export async function CandidateFilters({ units, values }: { units: UnitOption[]; values: Record<string, string> }) {
  const t = await getTranslations();
  const minDepth = Math.min(...units.map((u) => u.depth));
  return (
    <form method="get" className="grid gap-3 rounded-lg border border-stone-200 bg-white p-3 shadow-sm sm:grid-cols-[2fr_2fr_1.5fr_auto]" role="search">
      <label className="flex flex-col gap-1 text-xs font-semibold text-stone-600">
        {t("list.search")}
        <input name="q" type="search" defaultValue={values.q ?? ""} placeholder={t("list.searchPlaceholder")} className={inputClass} data-testid="filter-q" />
      </label>
      <label className="flex flex-col gap-1 text-xs font-semibold text-stone-600">
        {t("list.unit")}
        <select name="unitId" defaultValue={values.unitId ?? ""} className={inputClass} data-testid="filter-unit">
          <option value="">{t("list.allUnits")}</option>
          {units.map((u) => (
            <option key={u.id} value={u.id}>
              {"\u00a0\u00a0".repeat(u.depth - minDepth)}
              {u.name}
            </option>
          ))}
        </select>
      </label>
      <label className="flex flex-col gap-1 text-xs font-semibold text-stone-600">
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
        <Button type="submit" data-testid="filter-submit">
          {t("list.filter")}
        </Button>
        <ButtonLink href="/candidates" variant="ghost">
          {t("list.clear")}
        </ButtonLink>
      </div>
    </form>
  );
}
