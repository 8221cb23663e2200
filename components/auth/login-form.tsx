"use client";

import { useState } from "react";
import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";

interface Demo {
  accounts: { username: string; fullName: string; role: string }[];
  password: string;
}

/** Turns next-auth's error string ("RATE_LIMITED:12") into a translated sentence. */
function useSignInError() {
  const t = useTranslations("auth");
  return (error: string) => {
    const [code, minutes] = error.split(":");
    if (code === "RATE_LIMITED") return t("RATE_LIMITED", { minutes: Number(minutes) || 15 });
    if (code === "INVALID_CREDENTIALS" || code === "CredentialsSignin") return t("INVALID_CREDENTIALS");
    return t("UNKNOWN");
  };
}

export function LoginForm({ demo }: { demo: Demo | null }) {
  const t = useTranslations("auth");
  const router = useRouter();
  const describe = useSignInError();
  const [username, setUsername] = useState("");
  const [password, setPassword] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    setPending(true);
    setError(null);
    const result = await signIn("credentials", { username, password, redirect: false });
    setPending(false);
    if (result?.ok && !result.error) {
      router.replace("/candidates");
      router.refresh();
    } else setError(describe(result?.error ?? "UNKNOWN"));
  }

  return (
    <div className="flex flex-col gap-6">
      <form onSubmit={submit} className="flex flex-col gap-4 rounded-lg border border-stone-200 bg-white p-5 shadow-sm" noValidate>
        <Field id="username" label={t("username")}>
          <input id="username" name="username" autoComplete="username" autoCapitalize="none" className={inputClass} value={username} onChange={(e) => setUsername(e.target.value)} required />
        </Field>
        <Field id="password" label={t("password")}>
          <input id="password" name="password" type="password" autoComplete="current-password" className={inputClass} value={password} onChange={(e) => setPassword(e.target.value)} required />
        </Field>
        {error ? (
          <p data-testid="login-error" className="rounded-md bg-brand-50 px-3 py-2 text-sm text-brand-800">
            {error}
          </p>
        ) : null}
        <Button type="submit" disabled={pending}>
          {pending ? t("submitting") : t("submit")}
        </Button>
      </form>
      {demo ? (
        <section className="rounded-lg border border-dashed border-stone-300 p-4 text-sm" data-testid="demo-accounts">
          <h2 className="font-semibold">{t("demoAccounts")}</h2>
          <p className="text-stone-600">{t("demoPassword", { password: demo.password })}</p>
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
                    setUsername(a.username);
                    setPassword(demo.password);
                  }}
                >
                  {t("useAccount")}
                </Button>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
