import type { Metadata } from "next";
import { IntentLink } from "@/components/ui/intent-link";
import { getTranslations } from "next-intl/server";
import { UnitTreeList } from "@/components/units/unit-tree-list";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { requireActor } from "@/lib/auth/require-actor";
import { isAppError } from "@/lib/errors";
import { unitTree } from "@/lib/services/units/unit-tree";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("meta"))("units") };
}

/** The unit tree of the caller's scope with the rolls in force, searchable by name or code. */
export default async function UnitsPage({ searchParams }: { searchParams: Promise<{ q?: string }> }) {
  const actor = await requireActor();
  const t = await getTranslations("units");
  const { q } = await searchParams;
  // A search the schema refuses (too long, control characters) shows the whole tree instead of an error page.
  const tree = await unitTree({ actor, input: { q } }).catch((e) => (isAppError(e) ? unitTree({ actor, input: {} }) : Promise.reject(e)));
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-xl font-semibold">{t("title")}</h1>
      <p className="text-sm text-stone-600">{t("help")}</p>
      <form method="get" className="flex flex-wrap items-end gap-2" role="search">
        <label className="flex min-w-0 flex-1 flex-col gap-1 text-sm font-semibold text-stone-600">
          {t("search")}
          <input name="q" defaultValue={tree.q ?? ""} placeholder={t("searchPlaceholder")} className={inputClass} data-testid="unit-search" />
        </label>
        <Button type="submit">{t("show")}</Button>
        {tree.q ? (
          <IntentLink href="/units" className="min-h-10 px-2 py-2 text-sm text-stone-600 hover:underline">
            {t("clear")}
          </IntentLink>
        ) : null}
      </form>
      {tree.q ? (
        <p className="text-sm text-stone-600" data-testid="unit-matches">
          {tree.matches ? t("matches", { count: tree.matches }) : t("noMatch", { q: tree.q })}
        </p>
      ) : null}
      {tree.items.length ? (
        <UnitTreeList items={tree.items} />
      ) : tree.q ? null : (
        <p className="rounded-lg border border-dashed border-stone-300 p-6 text-center text-stone-600">{t("empty")}</p>
      )}
    </div>
  );
}
