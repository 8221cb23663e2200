import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AccountEditForm } from "@/components/accounts/account-edit-form";
import { PasswordResetButton } from "@/components/accounts/password-reset-button";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { requireActor } from "@/lib/auth/require-actor";
import { isAppError } from "@/lib/errors";
import { grantableRoles, mayManageAccounts } from "@/lib/services/accounts/authority";
import { getAccount } from "@/lib/services/accounts/list-accounts";
import { listUnits } from "@/lib/services/units/list-units";
import { formatVnDateTime } from "@/lib/time";
import { resetPasswordAction, updateAccountAction } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("meta"))("editAccount") };
}

/** One account: its name, role, home unit and state, and a new one-time password when the person has lost theirs. */
export default async function AccountPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireActor();
  if (!mayManageAccounts(actor)) notFound();
  const { id } = await params;
  const account = await getAccount({ actor, id }).catch((error) => {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const t = await getTranslations();
  const { items: units } = await listUnits({ actor });
  return (
    <div className="flex max-w-3xl flex-col gap-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <div>
          <h1 className="text-xl font-semibold">{t("accounts.editTitle", { name: account.fullName })}</h1>
          <p className="text-sm text-stone-600">
            <code data-testid="account-username">{account.username}</code> · {t(`roles.${account.role}`)} · {account.unitName}
          </p>
        </div>
        <ButtonLink href="/accounts" variant="ghost">
          ← {t("accounts.backToList")}
        </ButtonLink>
      </div>
      {account.mustChangePassword ? (
        <p className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900" data-testid="account-must-change">
          {t("accounts.mustChangeHelp")}
        </p>
      ) : null}
      {account.editable ? (
        <>
          <AccountEditForm account={account} roles={grantableRoles(actor.role)} units={units} submit={updateAccountAction.bind(null, account.id)} />
          <Card title={t("accounts.resetTitle")}>
            <p className="mb-3 text-sm text-stone-600">{t("accounts.resetHelp")}</p>
            <PasswordResetButton username={account.username} fullName={account.fullName} reset={resetPasswordAction.bind(null, account.id)} />
          </Card>
        </>
      ) : (
        <p className="rounded-lg border border-dashed border-stone-300 p-4 text-sm text-stone-600" data-testid="account-not-editable">
          {t("accounts.notEditable")}
        </p>
      )}
      <p className="text-xs text-stone-500">{t("accounts.createdOn", { date: formatVnDateTime(new Date(account.createdAt)) })}</p>
    </div>
  );
}
