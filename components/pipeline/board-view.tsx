"use client";

import { useState, type ReactNode } from "react";
import Link from "next/link";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import type { ActionResult } from "@/lib/api/action-result";
import { STAGES, type StageCode } from "@/lib/domain/stages";
import { translateValidation } from "@/lib/i18n/translate-validation";
import { useTranslate } from "@/lib/i18n/use-translate";
import { formatVnDate } from "@/lib/time";

interface Card {
  id: string;
  fullName: string;
  version: number;
  unitName: string;
  stageSince: string;
}
type Line = { id: string; ok: boolean; code?: string; details: { path: string; message: string }[] };
type Values = { to: string; date: string; place: string; reason: string };

const TARGETS = STAGES.filter((s) => s !== "SOURCE");

/**
 * Candidates by stage, with bulk moves of the selected ones. Every candidate is checked on its own;
 * the result list says, person by person, what moved and why the others did not.
 */
export function BoardView({
  columns,
  canMove,
  today,
  submit,
}: {
  columns: { stage: StageCode; items: Card[] }[];
  canMove: boolean;
  today: string;
  submit: (input: unknown) => Promise<ActionResult<{ lines: Line[] }>>;
}) {
  const t = useTranslate();
  const [selected, setSelected] = useState<Map<string, number>>(new Map());
  const [lines, setLines] = useState<(Line & { name: string })[] | null>(null);
  const names = new Map(columns.flatMap((c) => c.items.map((i) => [i.id, i.fullName] as const)));

  const { form, onSubmit, pending, formError, errorOf, fieldProps } = useActionForm({
    // The same step for every selected candidate; empty optional fields are sent as "none".
    toBody: (values: Values) => ({
      items: [...selected].map(([id, version]) => ({ id, version })),
      to: values.to,
      date: values.date,
      reason: values.reason || null,
      place: values.place || null,
    }),
    action: submit,
    defaultValues: { to: TARGETS[0], date: today, place: "", reason: "" },
    onSuccess: ({ lines: answered }) => {
      // Names are kept with the results: moved candidates leave the board when it refreshes.
      setLines(answered.map((l) => ({ ...l, name: names.get(l.id) ?? l.id })));
      setSelected(new Map());
    },
  });

  const toggle = (card: Card) =>
    setSelected((prev) => {
      const next = new Map(prev);
      if (next.has(card.id)) next.delete(card.id);
      else next.set(card.id, card.version);
      return next;
    });

  /** A control with its error under it (`<id>-error`). */
  const withError = (field: keyof Values, id: string, control: ReactNode) => {
    const error = errorOf(field);
    return (
      <div className="flex flex-col gap-1">
        {control}
        {error ? (
          <p id={`${id}-error`} className="text-sm text-brand-700" aria-live="polite">
            {error}
          </p>
        ) : null}
      </div>
    );
  };

  return (
    <div className="flex flex-col gap-4">
      {canMove ? (
        <form
          onSubmit={onSubmit}
          noValidate
          className="grid gap-2 rounded-lg border border-stone-200 bg-white p-3 shadow-sm sm:grid-cols-[auto_1fr_1fr_1fr_2fr_auto] sm:items-start"
          data-testid="bulk-form"
        >
          <p className="text-sm font-semibold sm:mt-2" data-testid="selected-count">
            {selected.size} ✓
          </p>
          {withError(
            "to",
            "bulk-to",
            <select {...form.register("to")} {...fieldProps("to", "bulk-to")} className={inputClass} aria-label={t("pipeline.target")} data-testid="bulk-to">
              {TARGETS.map((s) => (
                <option key={s} value={s}>
                  {t(`stage.${s}`)}
                </option>
              ))}
            </select>,
          )}
          {withError(
            "date",
            "bulk-date",
            <input
              {...form.register("date")}
              {...fieldProps("date", "bulk-date")}
              className={inputClass}
              aria-label={t("pipeline.field.date")}
              placeholder={t("field.datePlaceholder")}
              data-testid="bulk-date"
            />,
          )}
          {withError(
            "place",
            "bulk-place",
            <input
              {...form.register("place")}
              {...fieldProps("place", "bulk-place")}
              className={inputClass}
              placeholder={t("pipeline.field.place")}
              aria-label={t("pipeline.field.place")}
            />,
          )}
          {withError(
            "reason",
            "bulk-reason",
            <input
              {...form.register("reason")}
              {...fieldProps("reason", "bulk-reason")}
              className={inputClass}
              placeholder={t("pipeline.field.reason")}
              aria-label={t("pipeline.field.reason")}
              data-testid="bulk-reason"
            />,
          )}
          <Button type="submit" disabled={pending || selected.size === 0} data-testid="bulk-submit">
            {t("pipeline.submit")}
          </Button>
          {formError ? (
            <p className="text-sm text-brand-700 sm:col-span-6" role="alert">
              {formError}
            </p>
          ) : null}
        </form>
      ) : null}
      {lines ? (
        <ul className="rounded-lg border border-stone-200 bg-white p-3 text-sm shadow-sm" data-testid="bulk-results">
          {lines.map((line) => (
            <li key={line.id} className={line.ok ? "text-emerald-800" : "text-brand-800"}>
              {line.ok ? "✓" : "✗"} {line.name}
              {line.ok
                ? ""
                : `: ${line.details.map((d) => translateValidation(t, d.message)).join("; ") || t(`errors.${line.code ?? "INTERNAL"}`, { eventId: "" })}`}
            </li>
          ))}
        </ul>
      ) : null}
      <div className="flex gap-3 overflow-x-auto pb-2" data-testid="board">
        {columns.map((column) => (
          <section key={column.stage} className="flex w-64 shrink-0 flex-col gap-2 rounded-lg bg-stone-100 p-2" data-testid={`column-${column.stage}`}>
            <h2 className="px-1 text-sm font-semibold">
              {t(`stage.${column.stage}`)} <span className="text-stone-500">({column.items.length})</span>
            </h2>
            {column.items.map((card) => (
              <label
                key={card.id}
                className={`flex cursor-pointer items-start gap-2 rounded-md border bg-white p-2 text-sm shadow-sm ${selected.has(card.id) ? "border-brand-700" : "border-stone-200"}`}
              >
                {canMove ? (
                  <input
                    type="checkbox"
                    checked={selected.has(card.id)}
                    onChange={() => toggle(card)}
                    className="mt-1 h-4 w-4 accent-brand-700"
                    aria-label={card.fullName}
                  />
                ) : null}
                <span>
                  <Link href={`/candidates/${card.id}`} className="font-semibold hover:underline">
                    {card.fullName}
                  </Link>
                  <br />
                  <span className="text-xs text-stone-600">
                    {card.unitName} · {formatVnDate(card.stageSince)}
                  </span>
                </span>
              </label>
            ))}
          </section>
        ))}
      </div>
    </div>
  );
}
