"use client";

import { useState } from "react";
import { useActionForm } from "@/components/forms/use-action-form";
import type { ActionResult } from "@/lib/api/action-result";
import type { ChecklistItem } from "@/lib/domain/rules/dossier";
import { useTranslate } from "@/lib/i18n/use-translate";
import { formatVnDate } from "@/lib/time";
import { ZDossierItemUpdate } from "@/lib/validation/dossier";

const STATUS_STYLE = { MISSING: "bg-stone-100 text-stone-700", RECEIVED: "bg-sky-100 text-sky-900", CHECKED: "bg-emerald-100 text-emerald-900" } as const;
const STATUSES = ["MISSING", "RECEIVED", "CHECKED"] as const;
const controlClass = "min-h-10 w-full rounded-md border border-stone-300 px-2 aria-[invalid=true]:border-brand-700";

type Save = (id: string, input: unknown) => Promise<ActionResult<boolean>>;

/** The dossier papers with their status; the secretary updates a paper's status, number and date in place. */
export function Checklist({ candidateId, items, editable, save }: { candidateId: string; items: ChecklistItem[]; editable: boolean; save: Save }) {
  const t = useTranslate();
  const [editing, setEditing] = useState<string | null>(null);

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
          {editing === item.code ? <ChecklistItemForm candidateId={candidateId} item={item} save={save} onSaved={() => setEditing(null)} /> : null}
        </li>
      ))}
    </ul>
  );
}

type Values = { status: string; number: string; date: string };

/** One paper's status, number and date (dd/mm/yyyy); its note is kept as it is. */
function ChecklistItemForm({ candidateId, item, save, onSaved }: { candidateId: string; item: ChecklistItem; save: Save; onSaved: () => void }) {
  const t = useTranslate();
  const { form, onSubmit, pending, formError, errorOf, fieldProps } = useActionForm({
    schema: ZDossierItemUpdate,
    // Empty number and date are sent as typed: the schema reads "" as "none", which clears them.
    toBody: (values: Values) => ({
      code: item.code,
      status: values.status,
      number: values.number,
      date: values.date,
      note: item.note,
      version: item.version ?? 0,
    }),
    action: (body) => save(candidateId, body),
    defaultValues: { status: item.status, number: item.number ?? "", date: item.date ? formatVnDate(item.date) : "" },
    onSuccess: onSaved,
  });
  const id = (field: keyof Values) => `checklist-${item.code}-${field}`;
  const error = (field: keyof Values) => {
    const message = errorOf(field);
    return message ? (
      <p id={`${id(field)}-error`} className="text-sm text-brand-700" aria-live="polite">
        {message}
      </p>
    ) : null;
  };
  return (
    <form onSubmit={onSubmit} className="mt-2 grid gap-2 sm:grid-cols-4" noValidate>
      <div className="flex flex-col gap-1">
        <select {...form.register("status")} {...fieldProps("status", id("status"))} className={controlClass} aria-label={t("field.stage")}>
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`dossier.status.${s}`)}
            </option>
          ))}
        </select>
        {error("status")}
      </div>
      <div className="flex flex-col gap-1">
        <input
          {...form.register("number")}
          {...fieldProps("number", id("number"))}
          placeholder={t("dossier.number")}
          aria-label={t("dossier.number")}
          className={controlClass}
        />
        {error("number")}
      </div>
      <div className="flex flex-col gap-1">
        <input
          {...form.register("date")}
          {...fieldProps("date", id("date"))}
          placeholder={t("field.datePlaceholder")}
          aria-label={t("pipeline.field.date")}
          inputMode="numeric"
          className={controlClass}
        />
        {error("date")}
      </div>
      <button type="submit" disabled={pending} className="min-h-10 rounded-md bg-brand-700 px-3 font-semibold text-white">
        {t("dossier.save")}
      </button>
      {formError ? (
        <p className="text-brand-700 sm:col-span-4" role="alert">
          {formError}
        </p>
      ) : null}
    </form>
  );
}
