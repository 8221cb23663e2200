import { IntentLink } from "@/components/ui/intent-link";
import { getTranslations } from "next-intl/server";
import type { Actor } from "@/lib/auth/actor";
import { can, type Permission } from "@/lib/auth/permissions";
import { MainNav, type NavGroup } from "./main-nav";

interface Section {
  href: string;
  key: string;
  /** Shown only to those who hold this permission: the others would find nothing to do there. */
  needs?: Permission;
}

// Thirteen sections read as three groups: the daily work on people, the quota figures, and the
// keeping of the system (units, accounts, imports, holidays, the log).
const GROUPS: { key: string; sections: Section[] }[] = [
  {
    key: "work",
    sections: [
      { href: "/candidates", key: "candidates" },
      { href: "/deadlines", key: "deadlines" },
      { href: "/board", key: "board" },
      { href: "/classes", key: "classes" },
      { href: "/awareness-tests", key: "tests", needs: "committee.record" },
      { href: "/paperwork", key: "paperwork" },
    ],
  },
  {
    key: "quotas",
    sections: [
      { href: "/dashboard", key: "dashboard" },
      { href: "/quotas", key: "quotas" },
    ],
  },
  {
    key: "admin",
    sections: [
      { href: "/units", key: "units" },
      { href: "/imports", key: "imports", needs: "candidate.write" },
      { href: "/accounts", key: "accounts", needs: "account.manage" },
      // Everyone may read the holiday table, but only those who keep it need it in the menu.
      { href: "/holidays", key: "holidays", needs: "holiday.write" },
      { href: "/audit", key: "audit" },
    ],
  },
];

/** The groups of sections this person may use, labelled in their language. */
export async function navGroupsFor(actor: Actor): Promise<NavGroup[]> {
  const t = await getTranslations("nav");
  return GROUPS.map((group) => ({
    label: t(`group.${group.key}`),
    links: group.sections.filter((s) => !s.needs || can(actor.role, s.needs)).map((s) => ({ href: s.href, label: t(s.key) })),
  })).filter((group) => group.links.length > 0);
}

/** Brand and the menu; who is signed in is always one tap away (in the phone menu) or in view (desktop). */
export async function AppHeader({ actor, demo }: { actor: Actor; demo: boolean }) {
  const t = await getTranslations();
  return (
    <header className="no-print border-b border-stone-200 bg-white">
      {demo ? <div className="bg-amber-100 px-4 py-1 text-center text-xs font-semibold text-amber-900">{t("app.demoBanner")}</div> : null}
      <MainNav
        brand={
          <IntentLink href="/candidates" className="flex min-h-11 items-center text-base font-semibold whitespace-nowrap text-brand-700">
            {t("app.name")}
          </IntentLink>
        }
        groups={await navGroupsFor(actor)}
        person={{ name: actor.fullName, role: t(`roles.${actor.role}`), unit: actor.unitName }}
      />
    </header>
  );
}
