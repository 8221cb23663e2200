import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { LocaleSwitcher } from "./locale-switcher";
import { SignOutButton } from "./sign-out-button";

/** Brand, who is signed in and the language on one line; the sections on a second line that scrolls sideways on a phone. */
export async function AppHeader({ actor, demo }: { actor: Actor; demo: boolean }) {
  const t = await getTranslations();
  const links: [string, string][] = [
    ["/candidates", t("nav.candidates")],
    ["/deadlines", t("nav.deadlines")],
    ["/board", t("nav.board")],
    ["/dashboard", t("nav.dashboard")],
    ["/quotas", t("nav.quotas")],
    ["/units", t("nav.units")],
    ["/classes", t("nav.classes")],
    ["/paperwork", t("nav.paperwork")],
    ...(can(actor.role, "candidate.write") ? ([["/imports", t("nav.imports")]] as [string, string][]) : []),
    ["/audit", t("nav.audit")],
    ...(can(actor.role, "committee.record") ? ([["/awareness-tests", t("nav.tests")]] as [string, string][]) : []),
    // Everyone may read the holiday table, but only those who keep it need it in the menu.
    ...(can(actor.role, "holiday.write") ? ([["/holidays", t("nav.holidays")]] as [string, string][]) : []),
    ...(can(actor.role, "account.manage") ? ([["/accounts", t("nav.accounts")]] as [string, string][]) : []),
  ];
  return (
    <header className="no-print border-b border-stone-200 bg-white">
      {demo ? <div className="bg-amber-100 px-4 py-1 text-center text-xs font-semibold text-amber-900">{t("app.demoBanner")}</div> : null}
      <div className="mx-auto flex max-w-6xl items-center justify-between gap-3 px-4 pt-3">
        <Link href="/candidates" className="text-base font-semibold whitespace-nowrap text-brand-700">
          {t("app.name")}
        </Link>
        <div className="flex items-center gap-2">
          <span className="hidden text-xs text-stone-600 md:inline" data-testid="signed-in-as">
            {t("nav.signedInAs", { name: actor.fullName, role: t(`roles.${actor.role}`), unit: actor.unitName })}
          </span>
          <LocaleSwitcher />
          {/* On a phone a key icon alone: the row has no room for the words. */}
          <Link
            href="/account/password"
            aria-label={t("nav.changePassword")}
            title={t("nav.changePassword")}
            className="flex items-center gap-1 rounded-md px-2 py-1.5 text-sm font-semibold whitespace-nowrap text-stone-700 hover:bg-stone-100 sm:px-3"
          >
            <svg aria-hidden="true" viewBox="0 0 20 20" fill="currentColor" className="size-4 sm:hidden">
              <path d="M8 7a5 5 0 1 1 3.9 4.88l-.9.9a.75.75 0 0 1-.53.22H9v1.25a.75.75 0 0 1-.75.75H7v1.25a.75.75 0 0 1-.75.75h-2.5A.75.75 0 0 1 3 17.25v-2.19c0-.2.08-.39.22-.53l4.9-4.9A5 5 0 0 1 8 7Zm5-2a1 1 0 1 0 0 2 1 1 0 0 0 0-2Z" />
            </svg>
            <span className="hidden sm:inline">{t("nav.changePassword")}</span>
          </Link>
          <SignOutButton />
        </div>
      </div>
      <nav className="mx-auto flex max-w-6xl gap-1 overflow-x-auto px-2 py-2 text-sm whitespace-nowrap">
        {links.map(([href, label]) => (
          <Link key={href} href={href} className="rounded-md px-3 py-1.5 font-semibold text-stone-700 hover:bg-stone-100">
            {label}
          </Link>
        ))}
      </nav>
    </header>
  );
}
