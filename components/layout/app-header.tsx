import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { Actor } from "@/lib/auth/actor";
import { LocaleSwitcher } from "./locale-switcher";
import { SignOutButton } from "./sign-out-button";

export async function AppHeader({ actor, demo }: { actor: Actor; demo: boolean }) {
  const t = await getTranslations();
  return (
    <header className="no-print border-b border-stone-200 bg-white">
      {demo ? <div className="bg-amber-100 px-4 py-1 text-center text-xs font-semibold text-amber-900">{t("app.demoBanner")}</div> : null}
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3">
        <div className="flex items-center gap-4">
          <Link href="/candidates" className="text-base font-semibold text-brand-700">
            {t("app.name")}
          </Link>
          <nav className="flex flex-wrap gap-1 text-sm">
            {[
              ["/candidates", t("nav.candidates")],
              ["/dashboard", t("nav.dashboard")],
              ["/quotas", t("nav.quotas")],
              ["/board", t("nav.board")],
              ["/classes", t("nav.classes")],
              ["/awareness-tests", t("nav.tests")],
              ["/deadlines", t("nav.deadlines")],
            ].map(([href, label]) => (
              <Link key={href} href={href!} className="rounded-md px-3 py-1.5 font-semibold text-stone-700 hover:bg-stone-100">
                {label}
              </Link>
            ))}
          </nav>
        </div>
        <div className="flex items-center gap-2">
          <span className="hidden text-xs text-stone-600 md:inline" data-testid="signed-in-as">
            {t("nav.signedInAs", { name: actor.fullName, role: t(`roles.${actor.role}`), unit: actor.unitName })}
          </span>
          <LocaleSwitcher />
          <SignOutButton />
        </div>
      </div>
    </header>
  );
}
