import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AccountFilters } from "@/components/accounts/account-filters";
import { AccountList } from "@/components/accounts/account-list";
import { Pagination } from "@/components/candidates/pagination";
import { ButtonLink } from "@/components/ui/button";
import { requireActor } from "@/lib/auth/require-actor";
import { isAppError } from "@/lib/errors";
import { mayManageAccounts } from "@/lib/services/accounts/authority";
import { listAccounts } from "@/lib/services/accounts/list-accounts";
import { listUnits } from "@/lib/services/units/list-units";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("meta"))("accounts") };
}

type Search = Record<string, string | string[] | undefined>;

function pickStrings(search: Search): Record<string, string> {
  return Object.fromEntries(Object.entries(search).flatMap(([k, v]) => (typeof v === "string" && v !== "" ? [[k, v]] : [])));
}

/** The accounts of the manager's scope (administrators: all), searchable by name or username with or without accents. */
export default async function AccountsPage({ searchParams }: { searchParams: Promise<Search> }) {
  const actor = await requireActor();
  if (!mayManageAccounts(actor)) notFound();
  const t = await getTranslations("accounts");
  const params = pickStrings(await searchParams);
  // A hand-edited URL with a bad filter shows the unfiltered list rather than an error page.
  const result = await listAccounts({ actor, input: params }).catch((error) => {
    if (isAppError(error) && error.code !== "FORBIDDEN") return listAccounts({ actor, input: {} });
    throw error;
  });
  const { items: units } = await listUnits({ actor });
  return (
    <div className="flex flex-col gap-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <div>
          <h1 className="text-xl font-semibold">{t("title")}</h1>
          <p className="text-sm text-stone-600" data-testid="account-total">
            {t("total", { total: result.total })}
          </p>
        </div>
        <ButtonLink href="/accounts/new" data-testid="account-new">
          + {t("new")}
        </ButtonLink>
      </div>
      <AccountFilters units={units} values={params} />
      <AccountList items={result.items} />
      <Pagination page={result.page} pageSize={result.pageSize} total={result.total} params={params} />
    </div>
  );
}
