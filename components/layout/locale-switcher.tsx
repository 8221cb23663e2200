"use client";

import { useTransition } from "react";
import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { setLocale } from "@/app/actions/locale";

/** `testIdSuffix` tells apart the copies in the phone menu and the laptop header (both in the page). */
export function LocaleSwitcher({ testIdSuffix = "" }: { testIdSuffix?: string }) {
  const locale = useLocale();
  const t = useTranslations("nav");
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  return (
    <div role="group" aria-label={t("language")} className="inline-flex shrink-0 overflow-hidden rounded-md border border-stone-300 text-xs font-semibold">
      {(["vi", "en"] as const).map((code) => (
        <button
          key={code}
          type="button"
          data-testid={`locale-${code}${testIdSuffix}`}
          aria-pressed={locale === code}
          disabled={pending}
          onClick={() =>
            startTransition(async () => {
              await setLocale(code);
              router.refresh();
            })
          }
          className={`min-h-11 min-w-11 px-2.5 uppercase lg:min-h-9 ${locale === code ? "bg-stone-800 text-white" : "bg-white text-stone-700 hover:bg-stone-100"}`}
        >
          {code}
        </button>
      ))}
    </div>
  );
}
