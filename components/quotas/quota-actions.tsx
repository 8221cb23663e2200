"use client";

import { useAction } from "@/components/forms/use-action-form";
import type { ActionResult } from "@/lib/api/action-result";
import { useTranslate } from "@/lib/i18n/use-translate";
import type { QuotaItem } from "@/lib/services/quotas/list";

type Action = (input: unknown) => Promise<ActionResult<string>>;
const button = "min-h-11 rounded-md border px-3 text-sm font-semibold disabled:opacity-50 sm:min-h-9";

/** The superior's buttons on a row: approve the unit's open proposal, lock the period, unlock it (admins). */
export function QuotaActions({ period, item, approve, lock }: { period: string; item: QuotaItem; approve: Action; lock: Action }) {
  const t = useTranslate();
  // No fields here: whatever the server refuses is said in one message beside the buttons.
  const { run, pending, formError } = useAction();
  if (!item.mayApprove && !item.mayLock && !item.mayUnlock) return null;
  const proposed = item.proposed;
  return (
    <div className="mt-2 flex flex-wrap items-center gap-2">
      {item.mayApprove && proposed ? (
        <button
          type="button"
          disabled={pending}
          className={`${button} border-brand-700 text-brand-700`}
          onClick={() => void run(() => approve({ unitId: item.unitId, period, version: proposed.version }))}
        >
          {t("quotas.approve", { target: proposed.target ?? "—" })}
        </button>
      ) : null}
      {item.mayLock ? (
        <button
          type="button"
          disabled={pending}
          className={`${button} border-stone-400 text-stone-700`}
          // Only an administrator can undo a lock: ask before freezing the unit's whole subtree.
          onClick={() => {
            if (window.confirm(t("quotas.lockConfirm", { period, unit: item.name }))) void run(() => lock({ unitId: item.unitId, period, locked: true }));
          }}
        >
          {t("quotas.lock")}
        </button>
      ) : null}
      {item.mayUnlock ? (
        <button
          type="button"
          disabled={pending}
          className={`${button} border-stone-400 text-stone-700`}
          onClick={() => void run(() => lock({ unitId: item.unitId, period, locked: false }))}
        >
          {t("quotas.unlock")}
        </button>
      ) : null}
      {formError ? <span data-testid="quota-action-message">{formError}</span> : null}
    </div>
  );
}
