"use client";

import { useRef, useState } from "react";
import { useActionForm } from "@/components/forms/use-action-form";
import { DateInput } from "@/components/forms/date-input";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import type { ActionResult } from "@/lib/api/action-result";
import type { ChecklistItem, ExcludedItem } from "@/lib/domain/rules/dossier";
import { formatParams } from "@/lib/i18n/format-params";
import { useTranslate } from "@/lib/i18n/use-translate";
import { formatVnDate } from "@/lib/time";
import { ZDossierItemUpdate } from "@/lib/validation/dossier";
import { checklistGroups, type ChecklistRow } from "./checklist-rows";

const STATUS_STYLE = { MISSING: "bg-stone-100 text-stone-700", RECEIVED: "bg-sky-100 text-sky-900", CHECKED: "bg-emerald-100 text-emerald-900" } as const;
const STATUSES = ["MISSING", "RECEIVED", "CHECKED"] as const;

type Save = (id: string, input: unknown) => Promise<ActionResult<boolean>>;

interface Props {
  candidateId: string;
  items: ChecklistItem[];
  /** The conditional papers this file does not need: shown greyed with why, so that the numbering does not jump. */
  excluded: ExcludedItem[];
  editable: boolean;
  save: Save;
}

/**
 * The dossier's papers in form order, grouped as the file is put together (before the branch vote,
 * after it, the conversion). Each paper says where it stands; the secretary opens a paper's
 * "Cập nhật" to set its status, number and date, and hears what was saved.
 */
export function Checklist({ candidateId, items, excluded, editable, save }: Props) {
  const t = useTranslate();
  const [editing, setEditing] = useState<string | null>(null);
  const [saved, setSaved] = useState<{ code: string; message: string } | null>(null);
  const editButtons = useRef(new Map<string, HTMLButtonElement>());

  const close = (code: string) => {
    setEditing(null);
    // The form's buttons are gone: keyboard focus goes back to the paper's "Cập nhật".
    requestAnimationFrame(() => editButtons.current.get(code)?.focus());
  };

  return (
    <div className="flex flex-col gap-4 text-sm" data-testid="checklist">
      {checklistGroups(items, excluded).map((group) => (
        <div key={group.key}>
          <h3 className="mb-1 text-sm font-semibold text-stone-800">{t(`dossier.group.${group.key}`)}</h3>
          <ul className="divide-y divide-stone-100">
            {group.rows.map((row) =>
              row.kind === "excluded" ? (
                <ExcludedRow key={row.item.code} item={row.item} />
              ) : (
                <PaperRow
                  key={row.item.code}
                  row={row}
                  editable={editable}
                  editing={editing === row.item.code}
                  saved={saved?.code === row.item.code ? saved.message : null}
                  buttonRef={(node) => {
                    if (node) editButtons.current.set(row.item.code, node);
                    else editButtons.current.delete(row.item.code);
                  }}
                  onToggle={() => {
                    setSaved(null);
                    setEditing(editing === row.item.code ? null : row.item.code);
                  }}
                >
                  {editing === row.item.code ? (
                    <ChecklistItemForm
                      candidateId={candidateId}
                      item={row.item}
                      save={save}
                      onCancel={() => close(row.item.code)}
                      onSaved={(status) => {
                        setSaved({
                          code: row.item.code,
                          message: t("dossier.saved", { code: row.item.code, status: t(`dossier.status.${status}`) }),
                        });
                        close(row.item.code);
                      }}
                    />
                  ) : null}
                </PaperRow>
              ),
            )}
          </ul>
        </div>
      ))}
    </div>
  );
}

function PaperRow({
  row,
  editable,
  editing,
  saved,
  buttonRef,
  onToggle,
  children,
}: {
  row: Extract<ChecklistRow, { kind: "paper" }>;
  editable: boolean;
  editing: boolean;
  saved: string | null;
  buttonRef: (node: HTMLButtonElement | null) => void;
  onToggle: () => void;
  children: React.ReactNode;
}) {
  const t = useTranslate();
  const { item } = row;
  const urgent = item.dueNow && item.status === "MISSING";
  const details = [item.number, item.date ? formatVnDate(item.date) : null, item.note].filter(Boolean).join(" · ");
  return (
    <li className="py-2" data-testid={`checklist-${item.code}`}>
      <div className="flex items-center justify-between gap-3">
        <div className="min-w-0">
          <p className="font-semibold">
            {item.code}. {t(`dossier.item.${item.code}`)} <span className="font-normal text-stone-600">({item.form})</span>
          </p>
          <p className="mt-0.5 flex flex-wrap items-center gap-x-2 gap-y-0.5 text-xs text-stone-600">
            <span className={`rounded-full px-2 py-0.5 font-semibold ${STATUS_STYLE[item.status]}`} data-testid={`checklist-status-${item.code}`}>
              {t(`dossier.status.${item.status}`)}
            </span>
            {details ? <span>{details}</span> : null}
            {urgent ? <span className="font-semibold text-brand-800">{t("dossier.dueNow")}</span> : null}
          </p>
        </div>
        {editable ? (
          <button
            ref={buttonRef}
            type="button"
            onClick={onToggle}
            aria-expanded={editing}
            aria-controls={`checklist-${item.code}-form`}
            className="inline-flex min-h-10 shrink-0 items-center rounded-md border border-stone-300 bg-white px-3 text-sm font-semibold text-stone-800 hover:bg-stone-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-700"
            data-testid={`checklist-edit-${item.code}`}
          >
            {t("dossier.update")}
            <span className="sr-only"> {item.code}</span>
          </button>
        ) : null}
      </div>
      {children}
      <div role="status" className="text-xs font-semibold text-emerald-800" data-testid={`checklist-saved-${item.code}`}>
        {saved}
      </div>
    </li>
  );
}

function ExcludedRow({ item }: { item: ExcludedItem }) {
  const t = useTranslate();
  return (
    <li className="py-2 text-stone-600" data-testid={`checklist-${item.code}`} data-applies="false">
      <p>
        {item.code}. {t(`dossier.item.${item.code}`)} <span>({item.form})</span>
      </p>
      <p className="mt-0.5 flex flex-wrap items-center gap-x-2 gap-y-0.5 text-xs">
        <span className="rounded-full border border-dashed border-stone-400 px-2 py-0.5 font-semibold" data-testid={`checklist-status-${item.code}`}>
          {t("dossier.notApplicable")}
        </span>
        <span>{t(`dossier.notApplicableReason.${item.reason.code}`, formatParams("params" in item.reason ? item.reason.params : undefined))}</span>
      </p>
    </li>
  );
}

type Values = { status: string; number: string; date: string };

/** One paper's status, number and date (dd/mm/yyyy); its note is kept as it is. */
function ChecklistItemForm({
  candidateId,
  item,
  save,
  onSaved,
  onCancel,
}: {
  candidateId: string;
  item: ChecklistItem;
  save: Save;
  onSaved: (status: string) => void;
  onCancel: () => void;
}) {
  const t = useTranslate();
  // The status sent, for the line that says what was saved.
  const sentStatus = useRef<string>(item.status);
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
    action: (body) => {
      sentStatus.current = (body as { status: string }).status;
      return save(candidateId, body);
    },
    defaultValues: { status: item.status, number: item.number ?? "", date: item.date ? formatVnDate(item.date) : "" },
    onSuccess: () => onSaved(sentStatus.current),
  });
  const id = (field: keyof Values) => `checklist-${item.code}-${field}`;
  return (
    <form id={`checklist-${item.code}-form`} onSubmit={onSubmit} className="mt-2 grid gap-3 rounded-md bg-stone-50 p-3 sm:grid-cols-3" noValidate>
      <Field id={id("status")} label={t("dossier.statusLabel")} error={errorOf("status")}>
        {/* Opened on purpose, by the paper's own button: the first thing to change is its status. */}
        <select {...form.register("status")} {...fieldProps("status", id("status"))} className={inputClass} autoFocus>
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`dossier.status.${s}`)}
            </option>
          ))}
        </select>
      </Field>
      <Field id={id("number")} label={t("dossier.numberLabel")} error={errorOf("number")}>
        <input {...form.register("number")} {...fieldProps("number", id("number"))} className={inputClass} />
      </Field>
      <Field id={id("date")} label={t("dossier.dateLabel")} error={errorOf("date")}>
        <DateInput {...form.register("date")} {...fieldProps("date", id("date"))} placeholder={t("field.datePlaceholder")} className={inputClass} />
      </Field>
      {formError ? (
        <p className="text-brand-700 sm:col-span-3" role="alert">
          {formError}
        </p>
      ) : null}
      <div className="flex flex-wrap gap-2 sm:col-span-3">
        <Button type="submit" disabled={pending} className="min-h-11 sm:min-h-10">
          {t("dossier.save")}
        </Button>
        <Button type="button" variant="secondary" onClick={onCancel} className="min-h-11 sm:min-h-10">
          {t("form.cancel")}
        </Button>
      </div>
    </form>
  );
}
