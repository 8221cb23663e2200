"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { useTranslate } from "@/lib/i18n/use-translate";

/**
 * A one-time password, shown once (it is stored only as a hash): large, in a font where 1/l and
 * 0/O cannot be confused, with a copy button. The person to whom it belongs must replace it at their
 * first sign-in.
 */
export function OneTimePassword({ username, password }: { username: string; password: string }) {
  const t = useTranslate("accounts");
  const [copied, setCopied] = useState<"yes" | "failed" | null>(null);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(password);
      setCopied("yes");
    } catch {
      // No clipboard (plain http on another host, an old browser): the text stays selectable.
      setCopied("failed");
    }
  };
  return (
    <section className="flex flex-col gap-2 rounded-lg border border-amber-300 bg-amber-50 p-4" data-testid="one-time-password" aria-live="polite">
      <h2 className="text-base font-semibold text-amber-950">{t("otpTitle")}</h2>
      <p className="text-sm text-amber-950">{t("otpHelp", { username })}</p>
      <div className="flex flex-wrap items-center gap-3">
        <code
          className="rounded-md border border-amber-300 bg-white px-3 py-2 font-mono text-xl tracking-wider select-all"
          data-testid="one-time-password-value"
        >
          {password}
        </code>
        <Button type="button" variant="secondary" onClick={() => void copy()} data-testid="copy-password">
          {t("copy")}
        </Button>
        {copied ? (
          <span className="text-sm text-amber-950" role="status">
            {copied === "yes" ? t("copied") : t("copyFailed")}
          </span>
        ) : null}
      </div>
    </section>
  );
}
