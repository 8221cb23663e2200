import type { Metadata } from "next";
import { IntentLink } from "@/components/ui/intent-link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { LoginForm } from "@/components/auth/login-form";
import { LocaleSwitcher } from "@/components/layout/locale-switcher";
import { getActor } from "@/lib/auth/actor";
import { isDemoMode } from "@/lib/env";
import { isSetupOpen } from "@/lib/services/accounts/first-run";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "@/prisma/demo/accounts";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("meta"))("login") };
}

export default async function LoginPage() {
  if (await getActor()) redirect("/candidates");
  const t = await getTranslations();
  const demo = isDemoMode()
    ? { accounts: DEMO_ACCOUNTS.map((a) => ({ username: a.username, fullName: a.fullName, role: t(`roles.${a.role}`) })), password: DEMO_PASSWORD }
    : null;
  return (
    <main className="mx-auto flex min-h-screen max-w-md flex-col justify-center gap-6 px-4 py-10">
      <div className="flex items-start justify-between gap-4">
        <div>
          <p className="text-sm font-semibold tracking-wide text-brand-700 uppercase">{t("app.name")}</p>
          <h1 className="mt-1 text-2xl font-semibold">{t("auth.title")}</h1>
          <p className="mt-1 text-sm text-stone-600">{t("app.tagline")}</p>
        </div>
        <LocaleSwitcher />
      </div>
      <LoginForm demo={demo} />
      {/* A database without any account yet: the first administrator is created on /setup. */}
      {(await isSetupOpen()) ? (
        <p className="rounded-lg border border-dashed border-stone-300 p-4 text-sm" data-testid="setup-link">
          {t("setup.noAccountYet")}{" "}
          <IntentLink href="/setup" className="font-semibold text-brand-700 hover:underline">
            {t("setup.linkLabel")}
          </IntentLink>
        </p>
      ) : null}
    </main>
  );
}
