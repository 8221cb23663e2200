"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/api/action-result";
import { formatVnDate } from "@/lib/time";

type Translate = (key: string, params?: Record<string, string | number>) => string;

/** Removes one holiday after a confirmation: every deadline counted across that day moves. */
export function HolidayRemoveButton({ date, name, remove }: { date: string; name: string; remove: (input: unknown) => Promise<ActionResult<string>> }) {
  const t = useTranslations() as unknown as Translate;
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  return (
    <span className="flex items-center gap-2">
      <button
        type="button"
        disabled={pending}
        className="min-h-9 rounded-md border border-stone-300 px-3 text-sm font-semibold text-brand-700 hover:bg-stone-100 disabled:opacity-50"
        aria-label={`${t("holidays.remove")} ${formatVnDate(date)}`}
        onClick={() => {
          if (!window.confirm(t("holidays.removeConfirm", { date: formatVnDate(date), name }))) return;
          startTransition(async () => {
            const result = await remove({ date });
            if (result.ok) {
              setError(null);
              router.refresh();
            } else setError(t(`errors.${result.messageKey}`, { eventId: result.eventId ?? "" }));
          });
        }}
      >
        {t("holidays.remove")}
      </button>
      {error ? <span className="text-xs text-brand-700">{error}</span> : null}
    </span>
  );
}
