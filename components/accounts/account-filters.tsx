import { getTranslations } from "next-intl/server";
import { Button, ButtonLink } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { ROLES } from "@/lib/domain/codes";
import { UnitOptions } from "@/components/ui/unit-options";

export interface UnitOption {
  id: string;
  name: string;
  depth: number;
}

/** A plain GET form: the filters live in the URL, so a filtered list can be bookmarked. Stacks on a phone. */
export async function AccountFilters({ units, values }: { units: UnitOption[]; values: Record<string, string> }) {
  const t = await getTranslations();
  const label = "flex flex-col gap-1 text-xs font-semibold text-stone-600";
  return (
    <form
      method="get"
      className="grid gap-3 rounded-lg border border-stone-200 bg-white p-3 shadow-sm sm:grid-cols-2 lg:grid-cols-[2fr_2fr_1.5fr_1fr_auto]"
      role="search"
    >
      <label className={label}>
        {t("accounts.search")}
        <input
          name="q"
          type="search"
          defaultValue={values.q ?? ""}
          placeholder={t("accounts.searchPlaceholder")}
          className={inputClass}
          data-testid="account-filter-q"
        />
      </label>
      <label className={label}>
        {t("accounts.unit")}
        <select name="unitId" defaultValue={values.unitId ?? ""} className={inputClass} data-testid="account-filter-unit">
          <option value="">{t("accounts.allUnits")}</option>
          <UnitOptions units={units} />
        </select>
      </label>
      <label className={label}>
        {t("accounts.role")}
        <select name="role" defaultValue={values.role ?? ""} className={inputClass} data-testid="account-filter-role">
          <option value="">{t("accounts.allRoles")}</option>
          {ROLES.map((role) => (
            <option key={role} value={role}>
              {t(`roles.${role}`)}
            </option>
          ))}
        </select>
      </label>
      <label className={label}>
        {t("accounts.status")}
        <select name="active" defaultValue={values.active ?? ""} className={inputClass} data-testid="account-filter-active">
          <option value="">{t("accounts.allStatuses")}</option>
          <option value="true">{t("accounts.active")}</option>
          <option value="false">{t("accounts.inactive")}</option>
        </select>
      </label>
      <div className="flex items-end gap-2">
        <Button type="submit" data-testid="account-filter-submit">
          {t("accounts.filter")}
        </Button>
        <ButtonLink href="/accounts" variant="ghost">
          {t("accounts.clear")}
        </ButtonLink>
      </div>
    </form>
  );
}
