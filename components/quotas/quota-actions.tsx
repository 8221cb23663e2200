"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/api/action-result";
import { translateValidation } from "@/lib/i18n/translate-validation";
import type { QuotaItem } from "@/lib/services/quotas/list";

type Translate = (key: string, params?: Record<string, string | number>) => string;
type Action = (input: unknown) => Promise<ActionResult<string>>;
const button = "min-h-9 rounded-md border px-3 text-sm font-semibold disabled:opacity-50";

/** The superior's buttons on a row: approve the unit's open proposal, lock the period, unlock it (admins). */
export function QuotaActions({ period, item, approve, lock }: { period: string; item: QuotaItem; approve: Action; lock: Action }) {
  const t = useTranslations() as unknown as Translate;
  const router = useRouter();
  const [message, setMessage] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  if (!item.mayApprove && !item.mayLock && !item.mayUnlock) return null;
  const run = (action: Action, input: unknown) =>
    startTransition(async () => {
      const result = await action(input);
      if (result.ok) {
        setMessage(null);
        router.refresh();
      } else setMessage(result.details.map((d) => translateValidation(t, d.message)).join(" ") || t(`errors.${result.messageKey}`, { eventId: result.eventId ?? "" }));
    });
  return (
    <div className="mt-2 flex flex-wrap items-center gap-2">
      {item.mayApprove && item.proposed ? (
        <button type="button" disabled={pending} className={`${button} border-brand-700 text-brand-700`} onClick={() => run(approve, { unitId: item.unitId, period, version: item.proposed!.version })}>
          {t("quotas.approve", { target: item.proposed.target ?? "—" })}
        </button>
      ) : null}
      {item.mayLock ? (
        <button
          type="button"
          disabled={pending}
          className={`${button} border-stone-400 text-stone-700`}
          // Only an administrator can undo a lock: ask before freezing the unit's whole subtree.
          onClick={() => window.confirm(t("quotas.lockConfirm", { period, unit: item.name })) && run(lock, { unitId: item.unitId, period, locked: true })}
        >
          {t("quotas.lock")}
        </button>
      ) : null}
      {item.mayUnlock ? (
        <button type="button" disabled={pending} className={`${button} border-stone-400 text-stone-700`} onClick={() => run(lock, { unitId: item.unitId, period, locked: false })}>
          {t("quotas.unlock")}
        </button>
      ) : null}
      {message ? <span data-testid="quota-action-message">{message}</span> : null}
    </div>
  );
}
