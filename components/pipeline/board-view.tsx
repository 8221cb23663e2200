"use client";

import { useState, useTransition } from "react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import type { ActionResult } from "@/lib/api/action-result";
import { STAGES, type StageCode } from "@/lib/domain/stages";
import { translateValidation } from "@/lib/i18n/translate-validation";
import { formatVnDate } from "@/lib/time";

type Translate = (key: string, params?: Record<string, string | number>) => string;
interface Card {
  id: string;
  fullName: string;
  version: number;
  unitName: string;
  stageSince: string;
}
type Line = { id: string; ok: boolean; code?: string; details: { path: string; message: string }[] };

/**
 * Candidates by stage, with bulk moves of the selected ones. Every candidate is checked on its own;
 * the result list says, person by person, what moved and why the others did not.
 */
export function BoardView({ columns, canMove, today, submit }: { columns: { stage: StageCode; items: Card[] }[]; canMove: boolean; today: string; submit: (input: unknown) => Promise<ActionResult<{ lines: Line[] }>> }) {
  const t = useTranslations() as unknown as Translate;
  const router = useRouter();
  const [selected, setSelected] = useState<Map<string, number>>(new Map());
  const [lines, setLines] = useState<(Line & { name: string })[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const names = new Map(columns.flatMap((c) => c.items.map((i) => [i.id, i.fullName] as const)));

  const toggle = (card: Card) =>
    setSelected((prev) => {
      const next = new Map(prev);
      if (next.has(card.id)) next.delete(card.id);
      else next.set(card.id, card.version);
      return next;
    });

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const input = {
      items: [...selected].map(([id, version]) => ({ id, version })),
      to: form.get("to"),
      date: form.get("date"),
      reason: form.get("reason") || null,
      place: form.get("place") || null,
    };
    // Names are kept with the results: moved candidates leave the board when it refreshes.
    const sentNames = new Map([...selected.keys()].map((id) => [id, names.get(id) ?? id]));
    startTransition(async () => {
      const result = await submit(input);
      if (result.ok) {
        setLines(result.data.lines.map((l) => ({ ...l, name: sentNames.get(l.id) ?? l.id })));
        setError(null);
        setSelected(new Map());
        router.refresh();
      } else setError(result.details.map((d) => `${d.path}: ${translateValidation(t, d.message)}`).join(" ") || t(`errors.${result.messageKey}`, { eventId: "" }));
    });
  }

  return (
    <div className="flex flex-col gap-4">
      {canMove ? (
        <form onSubmit={onSubmit} className="grid gap-2 rounded-lg border border-stone-200 bg-white p-3 shadow-sm sm:grid-cols-[auto_1fr_1fr_1fr_2fr_auto] sm:items-end" data-testid="bulk-form">
          <p className="text-sm font-semibold" data-testid="selected-count">
            {selected.size} ✓
          </p>
          <select name="to" className={inputClass} aria-label={t("pipeline.target")} data-testid="bulk-to">
            {STAGES.filter((s) => s !== "SOURCE").map((s) => (
              <option key={s} value={s}>
                {t(`stage.${s}`)}
              </option>
            ))}
          </select>
          <input name="date" defaultValue={today} className={inputClass} aria-label={t("pipeline.field.date")} data-testid="bulk-date" />
          <input name="place" className={inputClass} placeholder={t("pipeline.field.place")} aria-label={t("pipeline.field.place")} />
          <input name="reason" className={inputClass} placeholder={t("pipeline.field.reason")} aria-label={t("pipeline.field.reason")} data-testid="bulk-reason" />
          <Button type="submit" disabled={pending || selected.size === 0} data-testid="bulk-submit">
            {t("pipeline.submit")}
          </Button>
          {error ? <p className="text-sm text-brand-700 sm:col-span-6">{error}</p> : null}
        </form>
      ) : null}
      {lines ? (
        <ul className="rounded-lg border border-stone-200 bg-white p-3 text-sm shadow-sm" data-testid="bulk-results">
          {lines.map((line) => (
            <li key={line.id} className={line.ok ? "text-emerald-800" : "text-brand-800"}>
              {line.ok ? "✓" : "✗"} {line.name}
              {line.ok ? "" : `: ${line.details.map((d) => translateValidation(t, d.message)).join("; ") || t(`errors.${line.code ?? "INTERNAL"}`, { eventId: "" })}`}
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
              <label key={card.id} className={`flex cursor-pointer items-start gap-2 rounded-md border bg-white p-2 text-sm shadow-sm ${selected.has(card.id) ? "border-brand-700" : "border-stone-200"}`}>
                {canMove ? <input type="checkbox" checked={selected.has(card.id)} onChange={() => toggle(card)} className="mt-1 h-4 w-4 accent-brand-700" aria-label={card.fullName} /> : null}
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
