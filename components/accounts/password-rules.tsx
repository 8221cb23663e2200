"use client";

import { MIN_PASSWORD_LENGTH } from "@/lib/domain/password-policy";
import { useTranslate } from "@/lib/i18n/use-translate";

/** The password rules (lib/domain/password-policy.ts) in words, beside every field that takes a new password. */
export function PasswordRules() {
  const t = useTranslate("password");
  return (
    <div className="rounded-md bg-stone-50 p-3 text-sm text-stone-700" data-testid="password-rules">
      <h2 className="font-semibold">{t("rulesTitle")}</h2>
      <ul className="mt-1 list-disc pl-5">
        <li>{t("rules.minLength", { min: MIN_PASSWORD_LENGTH })}</li>
        <li>{t("rules.notOnlyDigits")}</li>
        <li>{t("rules.notUsername")}</li>
        <li>{t("rules.notCommon")}</li>
      </ul>
    </div>
  );
}
