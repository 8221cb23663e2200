import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AccountCreateForm } from "@/components/accounts/account-create-form";
import { ButtonLink } from "@/components/ui/button";
import { requireActor } from "@/lib/auth/require-actor";
import { grantableRoles, mayManageAccounts } from "@/lib/services/accounts/authority";
import { listUnits } from "@/lib/services/units/list-units";
import { createAccountAction } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("meta"))("newAccount") };
}

export default async function NewAccountPage() {
  const actor = await requireActor();
  if (!mayManageAccounts(actor)) notFound();
  const t = await getTranslations("accounts");
  const { items: units } = await listUnits({ actor });
  return (
    <div className="flex max-w-3xl flex-col gap-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-xl font-semibold">{t("createTitle")}</h1>
        <ButtonLink href="/accounts" variant="ghost">
          ← {t("backToList")}
        </ButtonLink>
      </div>
      <p className="text-sm text-stone-600">{t("createHelp")}</p>
      <AccountCreateForm roles={grantableRoles(actor.role)} units={units} submit={createAccountAction} />
    </div>
  );
}
