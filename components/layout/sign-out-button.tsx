"use client";

import { signOut } from "next-auth/react";
import { useTranslations } from "next-intl";

export function SignOutButton() {
  const t = useTranslations("nav");
  return (
    <button
      type="button"
      onClick={() => signOut({ callbackUrl: "/login" })}
      className="min-h-11 rounded-md px-3 text-sm font-semibold whitespace-nowrap text-stone-700 hover:bg-stone-100 lg:min-h-9"
    >
      {t("signOut")}
    </button>
  );
}
