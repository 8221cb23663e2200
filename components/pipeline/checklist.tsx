"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/api/action-result";
import type { ChecklistItem } from "@/lib/domain/rules/dossier";
import { translateValidation } from "@/lib/i18n/translate-validation";
import { formatVnDate } from "@/lib/time";

type Translate = (key: string, params?: Record<string, string | number>) => string;

const STATUS_STYLE = { MISSING: "bg-stone-100 text-stone-700", RECEIVED: "bg-sky-100 text-sky-900", CHECKED: "bg-emerald-100 text-emerald-900" } as const;

/** The dossier papers with their status; the secretary updates a paper's status, number and date in place. */
export function Checklist({ candidateId, items, editable, save }: { candidateId: string; items: ChecklistItem[]; editable: boolean; save: (id: string, input: unknown) => Promise<ActionResult<boolean>> }) {
  const t = useTranslations() as unknown as Translate;
  const router = useRouter();
  const [editing, setEditing] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  function submit(event: React.FormEvent<HTMLFormElement>, code: string) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    startTransition(async () => {
      const result = await save(candidateId, { code, status: form.get("status"), number: form.get("number"), date: form.get("date"), note: form.get("note") });
      if (result.ok) {
        setEditing(null);
        setError(null);
        router.refresh();
      } else setError(result.details.map((d) => translateValidation(t, d.message)).join(" ") || t(`errors.${result.messageKey}`, { eventId: "" }));
    });
  }

  return (
    <ul className="divide-y divide-stone-100 text-sm" data-testid="checklist">
      {items.map((item) => (
        <li key={item.code} className="py-2" data-testid={`checklist-${item.code}`}>
          <div className="flex items-start justify-between gap-2">
            <div>
              <p className={item.dueNow && item.status === "MISSING" ? "font-semibold text-brand-800" : "font-semibold"}>
                {item.code}. {t(`dossier.item.${item.code}`)} <span className="font-normal text-stone-500">({item.form})</span>
              </p>
              <p className="text-xs text-stone-600">
                {[item.number, item.date ? formatVnDate(item.date) : null, item.note].filter(Boolean).join(" · ")}
                {item.dueNow && item.status === "MISSING" ? ` ${t("dossier.dueNow")}` : ""}
              </p>
            </div>
            <button
              type="button"
              disabled={!editable}
              onClick={() => setEditing(editing === item.code ? null : item.code)}
              className={`shrink-0 rounded-full px-2.5 py-0.5 text-xs font-semibold ${STATUS_STYLE[item.status]}`}
              data-testid={`checklist-status-${item.code}`}
            >
              {t(`dossier.status.${item.status}`)}
            </button>
          </div>
          {editing === item.code ? (
            <form onSubmit={(e) => submit(e, item.code)} className="mt-2 grid gap-2 sm:grid-cols-4">
              <select name="status" defaultValue={item.status} className="min-h-10 rounded-md border border-stone-300 px-2" aria-label={t("field.stage")}>
                {(["MISSING", "RECEIVED", "CHECKED"] as const).map((s) => (
                  <option key={s} value={s}>
                    {t(`dossier.status.${s}`)}
                  </option>
                ))}
              </select>
              <input name="number" defaultValue={item.number ?? ""} placeholder={t("dossier.number")} className="min-h-10 rounded-md border border-stone-300 px-2" />
              <input name="date" defaultValue={item.date ? formatVnDate(item.date) : ""} placeholder={t("field.datePlaceholder")} className="min-h-10 rounded-md border border-stone-300 px-2" />
              <button type="submit" disabled={pending} className="min-h-10 rounded-md bg-brand-700 px-3 font-semibold text-white">
                {t("dossier.save")}
              </button>
              <input type="hidden" name="note" value={item.note ?? ""} />
              {error ? <p className="text-brand-700 sm:col-span-4">{error}</p> : null}
            </form>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
