import { IntentLink } from "@/components/ui/intent-link";
import { getTranslations } from "next-intl/server";
import type { TUnitTree } from "@/lib/services/units/unit-tree";

/**
 * The tree as an indented list: one line per unit (its kind, code and name, a link to its page) and
 * its roll in force. Indented by level, a little on a phone and more on a wide screen.
 */
export async function UnitTreeList({ items }: { items: TUnitTree["items"] }) {
  const t = await getTranslations("units");
  return (
    <ul className="flex flex-col divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white" data-testid="unit-tree">
      {items.map((u) => (
        <li key={u.id} className={`py-2 pr-3 ${u.match ? "bg-amber-50" : ""}`} style={{ paddingLeft: `calc(0.75rem + ${Math.min(u.level, 8)} * 1rem)` }}>
          <div className="flex flex-wrap items-baseline justify-between gap-x-3 gap-y-0.5">
            <IntentLink href={`/units/${u.id}`} className="font-semibold text-brand-700 hover:underline" data-testid="unit-link">
              {u.name}
            </IntentLink>
            <span className="text-xs text-stone-600 tabular-nums">{t("members", { official: u.officialMembers, total: u.totalMembers })}</span>
          </div>
          <p className="text-xs text-stone-500">
            {u.code} · {t(`kind.${u.kind}`)}
            {u.kind === "GRASSROOTS_COMMITTEE" || u.kind === "SUPERIOR_COMMITTEE" || u.kind === "PARTIAL_COMMITTEE"
              ? ` · ${t("committeeSize", { count: u.committeeMembers })}`
              : ""}
          </p>
        </li>
      ))}
    </ul>
  );
}
