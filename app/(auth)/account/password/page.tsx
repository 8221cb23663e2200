import type { Metadata } from "next";
import { IntentLink } from "@/components/ui/intent-link";
import { getTranslations } from "next-intl/server";
import { OwnPasswordForm } from "@/components/accounts/own-password-form";
import { LocaleSwitcher } from "@/components/layout/locale-switcher";
import { SignOutButton } from "@/components/layout/sign-out-button";
import { requireActorDuringPasswordChange } from "@/lib/auth/require-actor";
import { changeOwnPasswordAction } from "./actions";

// Reads the session: never cached across users.
export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("meta"))("changePassword") };
}

/**
 * The person's own password. A user signed in with a one-time password is sent here from every
 * other page (lib/auth/actor.ts) and may only change it or sign out; everyone else reaches it from
 * the header. Outside the app layout on purpose: that layout asks getActor, which refuses exactly
 * the users this page is for, so the page has its own short header.
 */
export default async function PasswordPage() {
  const actor = await requireActorDuringPasswordChange();
  const t = await getTranslations();
  const forced = actor.mustChangePassword;
  return (
    <main className="mx-auto flex min-h-screen max-w-md flex-col justify-center gap-6 px-4 py-10">
      <div className="flex items-start justify-between gap-4">
        <div>
          <p className="text-sm font-semibold tracking-wide text-brand-700 uppercase">{t("app.name")}</p>
          <h1 className="mt-1 text-2xl font-semibold">{forced ? t("password.forcedTitle") : t("password.title")}</h1>
          <p className="mt-1 text-sm text-stone-600" data-testid="signed-in-as">
            {t("nav.signedInAs", { name: actor.fullName, role: t(`roles.${actor.role}`), unit: actor.unitName })}
          </p>
        </div>
        <div className="flex flex-col items-end gap-1 whitespace-nowrap">
          <LocaleSwitcher />
          <SignOutButton />
        </div>
      </div>
      <p
        className={forced ? "rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900" : "text-sm text-stone-600"}
        data-testid={forced ? "password-forced" : undefined}
      >
        {forced ? t("password.forcedHelp") : t("password.help")}
      </p>
      <OwnPasswordForm username={actor.username} submit={changeOwnPasswordAction} />
      {forced ? null : (
        <IntentLink href="/candidates" className="inline-flex min-h-10 items-center self-start text-sm font-semibold text-brand-700 hover:underline">
          ← {t("password.back")}
        </IntentLink>
      )}
    </main>
  );
}
