"use client";

import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import type { ActionResult } from "@/lib/api/action-result";
import type { Translate } from "@/lib/i18n/translate";
import { useTranslate } from "@/lib/i18n/use-translate";

interface Demo {
  accounts: { username: string; fullName: string; role: string }[];
  password: string;
}

type Credentials = { username: string; password: string };

/**
 * Signs in through next-auth, answered as the other forms' actions are. next-auth's error string
 * ("RATE_LIMITED:12", "INVALID_CREDENTIALS") travels as the message key; `describeSignInError` reads it.
 */
async function signInWith(body: unknown): Promise<ActionResult<null>> {
  // The hook hands actions `unknown` (server actions parse their input); here it is the form's own values.
  const result = await signIn("credentials", { ...(body as Credentials), redirect: false });
  if (result?.ok && !result.error) return { ok: true, data: null };
  const error = result?.error ?? "UNKNOWN";
  return { ok: false, code: error.startsWith("RATE_LIMITED") ? "RATE_LIMITED" : "UNAUTHENTICATED", messageKey: error, details: [] };
}

/** Turns next-auth's error string ("RATE_LIMITED:12") into a translated sentence. */
function describeSignInError(t: Translate, error: string): string {
  const [code, minutes] = error.split(":");
  if (code === "RATE_LIMITED") return t("auth.RATE_LIMITED", { minutes: Number(minutes) || 15 });
  if (code === "INVALID_CREDENTIALS" || code === "CredentialsSignin") return t("auth.INVALID_CREDENTIALS");
  return t("auth.UNKNOWN");
}

export function LoginForm({ demo }: { demo: Demo | null }) {
  const t = useTranslate();
  const router = useRouter();
  // No client-side schema: the credentials are checked (and counted, for the rate limit) on the server only.
  const { form, onSubmit, pending, formError } = useActionForm<Credentials, null>({
    action: signInWith,
    defaultValues: { username: "", password: "" },
    failureMessage: (failure) => describeSignInError(t, failure.messageKey),
    onSuccess: () => router.replace("/candidates"),
  });

  return (
    <div className="flex flex-col gap-6">
      <form onSubmit={onSubmit} className="flex flex-col gap-4 rounded-lg border border-stone-200 bg-white p-5 shadow-sm" noValidate>
        <Field id="username" label={t("auth.username")}>
          <input id="username" {...form.register("username")} autoComplete="username" autoCapitalize="none" className={inputClass} required />
        </Field>
        <Field id="password" label={t("auth.password")}>
          <input id="password" {...form.register("password")} type="password" autoComplete="current-password" className={inputClass} required />
        </Field>
        {formError ? (
          <p data-testid="login-error" className="rounded-md bg-brand-50 px-3 py-2 text-sm text-brand-800" role="alert">
            {formError}
          </p>
        ) : null}
        <Button type="submit" disabled={pending}>
          {pending ? t("auth.submitting") : t("auth.submit")}
        </Button>
      </form>
      {demo ? (
        <section className="rounded-lg border border-dashed border-stone-300 p-4 text-sm" data-testid="demo-accounts">
          <h2 className="font-semibold">{t("auth.demoAccounts")}</h2>
          <p className="text-stone-600">{t("auth.demoPassword", { password: demo.password })}</p>
          <ul className="mt-2 divide-y divide-stone-200">
            {demo.accounts.map((a) => (
              <li key={a.username} className="flex items-center justify-between gap-2 py-2">
                <span>
                  <code className="font-semibold">{a.username}</code> · {a.role}
                  <br />
                  <span className="text-stone-500">{a.fullName}</span>
                </span>
                <Button
                  type="button"
                  variant="secondary"
                  onClick={() => {
                    form.setValue("username", a.username);
                    form.setValue("password", demo.password);
                  }}
                >
                  {t("auth.useAccount")}
                </Button>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
