"use client";

import { useAction } from "@/components/forms/use-action-form";
import type { ActionResult } from "@/lib/api/action-result";
import { useTranslate } from "@/lib/i18n/use-translate";
import { formatVnDate } from "@/lib/time";

/** Removes one holiday after a confirmation: every deadline counted across that day moves. */
export function HolidayRemoveButton({ date, name, remove }: { date: string; name: string; remove: (input: unknown) => Promise<ActionResult<string>> }) {
  const t = useTranslate();
  const { run, pending, formError } = useAction();
  return (
    <span className="flex items-center gap-2">
      <button
        type="button"
        disabled={pending}
        className="min-h-9 rounded-md border border-stone-300 px-3 text-sm font-semibold text-brand-700 hover:bg-stone-100 disabled:opacity-50"
        aria-label={`${t("holidays.remove")} ${formatVnDate(date)}`}
        onClick={() => {
          if (window.confirm(t("holidays.removeConfirm", { date: formatVnDate(date), name }))) void run(() => remove({ date }));
        }}
      >
        {t("holidays.remove")}
      </button>
      {formError ? <span className="text-xs text-brand-700">{formError}</span> : null}
    </span>
  );
}
