"use client";

import { useEffect, useState } from "react";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import type { ActionResult } from "@/lib/api/action-result";
import type { StageCode } from "@/lib/domain/stages";
import { translateValidation } from "@/lib/i18n/translate-validation";
import { useTranslate } from "@/lib/i18n/use-translate";
import { BoardColumn, type BoardCard } from "./board-column";
import { BULK_FORM_ID, BULK_TARGET_ID, BulkMoveForm, type BulkLine } from "./bulk-move-form";

/**
 * Candidates by stage, with bulk moves of the picked ones. Every candidate is checked on its own;
 * the result list says, person by person, what moved and why the others did not.
 *
 * The columns wrap into rows instead of scrolling sideways; on a phone they stack, and a stage
 * picker narrows the board to one of them.
 */
export function BoardView({
  columns,
  canMove,
  today,
  submit,
}: {
  columns: { stage: StageCode; items: BoardCard[] }[];
  canMove: boolean;
  today: string;
  submit: (input: unknown) => Promise<ActionResult<{ lines: BulkLine[] }>>;
}) {
  const t = useTranslate();
  const [selected, setSelected] = useState<Map<string, number>>(new Map());
  const [lines, setLines] = useState<(BulkLine & { name: string })[] | null>(null);
  const [shown, setShown] = useState<StageCode | "">("");
  // Whether the form is on screen: the phone's bottom bar points to it only when it is not.
  const [formInView, setFormInView] = useState(true);
  useEffect(() => {
    const form = document.getElementById(BULK_FORM_ID);
    if (!form || typeof IntersectionObserver === "undefined") return;
    const observer = new IntersectionObserver(([entry]) => setFormInView(entry?.isIntersecting ?? true));
    observer.observe(form);
    return () => observer.disconnect();
  }, [canMove]);
  const names = new Map(columns.flatMap((c) => c.items.map((i) => [i.id, i.fullName] as const)));
  const everyone = columns.reduce((n, c) => n + c.items.length, 0);

  const toggle = (card: BoardCard) =>
    setSelected((prev) => {
      const next = new Map(prev);
      if (next.has(card.id)) next.delete(card.id);
      else next.set(card.id, card.version);
      return next;
    });

  // On a phone the form is far above the cards just picked: bring it back into view.
  const goToForm = () => {
    document.getElementById(BULK_FORM_ID)?.scrollIntoView({ behavior: "smooth", block: "start" });
    document.getElementById(BULK_TARGET_ID)?.focus({ preventScroll: true });
  };

  return (
    <div className={`flex flex-col gap-4 ${canMove && selected.size ? "pb-20 sm:pb-0" : ""}`}>
      {canMove ? (
        <BulkMoveForm
          selected={selected}
          today={today}
          submit={submit}
          onClear={() => setSelected(new Map())}
          onDone={(answered) => {
            // Names are kept with the results: moved candidates leave the board when it refreshes.
            setLines(answered.map((l) => ({ ...l, name: names.get(l.id) ?? l.id })));
            setSelected(new Map());
          }}
        />
      ) : null}
      {lines ? (
        <section aria-labelledby="bulk-results-title" className="rounded-lg border border-stone-200 bg-white p-3 text-sm shadow-sm" aria-live="polite">
          <h2 id="bulk-results-title" className="mb-1 font-semibold text-stone-900">
            {t("board.bulk.results")}
          </h2>
          <ul data-testid="bulk-results">
            {lines.map((line) => (
              <li key={line.id} className={line.ok ? "text-emerald-800" : "text-brand-800"}>
                {line.ok ? "✓" : "✗"} {line.name}
                {line.ok
                  ? ""
                  : `: ${line.details.map((d) => translateValidation(t, d.message)).join("; ") || t(`errors.${line.code ?? "INTERNAL"}`, { eventId: "" })}`}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <div className="flex flex-col gap-1 sm:hidden">
        <label htmlFor="board-stage" className="text-sm font-semibold text-stone-700">
          {t("board.show")}
        </label>
        <select id="board-stage" value={shown} onChange={(e) => setShown(e.target.value as StageCode | "")} className={inputClass} data-testid="board-stage">
          <option value="">{t("board.allStages", { count: everyone })}</option>
          {columns.map((c) => (
            <option key={c.stage} value={c.stage}>
              {t("board.stageOption", { stage: t(`stage.${c.stage}`), count: c.items.length })}
            </option>
          ))}
        </select>
      </div>
      <div className="grid items-start gap-3 sm:grid-cols-2 md:grid-cols-3 lg:grid-cols-4 xl:grid-cols-5" data-testid="board">
        {columns.map((column) => (
          <BoardColumn
            key={column.stage}
            stage={column.stage}
            items={column.items}
            canMove={canMove}
            isSelected={(id) => selected.has(id)}
            onToggle={toggle}
            hiddenOnPhone={shown !== "" && shown !== column.stage}
          />
        ))}
      </div>
      {canMove && selected.size && !formInView ? (
        <div className="fixed inset-x-0 bottom-0 z-10 flex items-center justify-between gap-3 border-t border-stone-200 bg-white px-4 py-2 shadow-lg sm:hidden">
          <span className="text-sm font-semibold text-brand-800">{t("board.bulk.selected", { count: selected.size })}</span>
          <Button type="button" className="min-h-11" onClick={goToForm}>
            {t("board.bulk.jump")}
          </Button>
        </div>
      ) : null}
    </div>
  );
}
