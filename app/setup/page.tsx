import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { SetupForm } from "@/components/accounts/setup-form";
import { LocaleSwitcher } from "@/components/layout/locale-switcher";
import { DEFAULT_ROOT, setupPageState } from "@/lib/services/accounts/first-run";
import { setupAction } from "./actions";

// Whether the page exists depends on the database at this moment.
export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("meta"))("setup") };
}

/**
 * The first run without demo data: exists only while the database has no account at all (404 as
 * soon as one does; the action checks again). Creates the root unit when there is none and the
 * first administrator, who then signs in.
 */
export default async function SetupPage() {
  const state = await setupPageState();
  if (!state) notFound();
  const t = await getTranslations();
  return (
    <main className="mx-auto flex min-h-screen max-w-lg flex-col justify-center gap-6 px-4 py-10">
      <div className="flex items-start justify-between gap-4">
        <div>
          <p className="text-sm font-semibold tracking-wide text-brand-700 uppercase">{t("app.name")}</p>
          <h1 className="mt-1 text-2xl font-semibold">{t("setup.title")}</h1>
          <p className="mt-1 text-sm text-stone-600">{t("setup.help")}</p>
        </div>
        <LocaleSwitcher />
      </div>
      <SetupForm askUnit={state.askUnit} defaults={{ unitName: DEFAULT_ROOT.name, unitCode: DEFAULT_ROOT.code }} submit={setupAction} />
    </main>
  );
}
