import { IntentLink } from "@/components/ui/intent-link";
import { getTranslations } from "next-intl/server";
import type { AccountDto } from "@/lib/services/accounts/account-dto";

async function StatusBadges({ account }: { account: AccountDto }) {
  const t = await getTranslations("accounts");
  return (
    <span className="flex flex-wrap gap-1">
      {account.active ? null : <span className="rounded-full bg-stone-200 px-2 py-0.5 text-xs font-semibold text-stone-700">{t("inactive")}</span>}
      {account.mustChangePassword ? (
        <span className="rounded-full bg-amber-100 px-2 py-0.5 text-xs font-semibold text-amber-900">{t("mustChange")}</span>
      ) : null}
      {account.self ? <span className="rounded-full bg-brand-50 px-2 py-0.5 text-xs font-semibold text-brand-800">{t("you")}</span> : null}
    </span>
  );
}

/** Cards on a phone, a table on wider screens; each account links to its edit page. */
export async function AccountList({ items }: { items: AccountDto[] }) {
  const t = await getTranslations();
  if (items.length === 0) return <p className="rounded-lg border border-dashed border-stone-300 p-6 text-center text-stone-600">{t("accounts.empty")}</p>;
  return (
    <>
      <ul className="flex flex-col gap-2 md:hidden" data-testid="account-cards">
        {items.map((a) => (
          <li key={a.id}>
            <IntentLink href={`/accounts/${a.id}`} className="flex flex-col gap-1 rounded-lg border border-stone-200 bg-white p-3 shadow-sm active:bg-stone-50">
              <span className="flex items-center justify-between gap-2">
                <span className="font-semibold">{a.fullName}</span>
                <StatusBadges account={a} />
              </span>
              <span className="text-xs text-stone-600">
                <code>{a.username}</code> · {t(`roles.${a.role}`)} · {a.unitName}
              </span>
            </IntentLink>
          </li>
        ))}
      </ul>
      <div className="hidden overflow-x-auto rounded-lg border border-stone-200 bg-white shadow-sm md:block">
        <table className="w-full text-sm" data-testid="account-table">
          <thead className="bg-stone-100 text-left text-xs font-semibold text-stone-600 uppercase">
            <tr>
              <th className="px-3 py-2">{t("accounts.colName")}</th>
              <th className="px-3 py-2">{t("accounts.colUsername")}</th>
              <th className="px-3 py-2">{t("accounts.colRole")}</th>
              <th className="px-3 py-2">{t("accounts.colUnit")}</th>
              <th className="px-3 py-2">{t("accounts.colStatus")}</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-stone-100">
            {items.map((a) => (
              <tr key={a.id} className="hover:bg-stone-50" data-testid="account-row">
                <td className="px-3 py-2 font-semibold">
                  <IntentLink
                    href={`/accounts/${a.id}`}
                    className="inline-block py-1 text-stone-900 underline decoration-stone-400 underline-offset-2 hover:text-brand-700"
                  >
                    {a.fullName}
                  </IntentLink>
                </td>
                <td className="px-3 py-2">
                  <code>{a.username}</code>
                </td>
                <td className="px-3 py-2 text-stone-700">{t(`roles.${a.role}`)}</td>
                <td className="px-3 py-2 text-stone-700">{a.unitName}</td>
                <td className="px-3 py-2">
                  {a.active ? <span className="text-stone-600">{t("accounts.active")}</span> : null}
                  <StatusBadges account={a} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
