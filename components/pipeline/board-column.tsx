"use client";

import { IntentLink } from "@/components/ui/intent-link";
import type { StageCode } from "@/lib/domain/stages";
import { useTranslate } from "@/lib/i18n/use-translate";
import { formatVnDate } from "@/lib/time";

export interface BoardCard {
  id: string;
  fullName: string;
  version: number;
  unitName: string;
  stageSince: string;
}

/**
 * One stage of the board: its name and head count, then a card per candidate. A card's box picks
 * the candidate for a bulk move (labelled by the name beside it); the name opens the record.
 */
export function BoardColumn({
  stage,
  items,
  canMove,
  isSelected,
  onToggle,
  hiddenOnPhone,
}: {
  stage: StageCode;
  items: BoardCard[];
  canMove: boolean;
  isSelected: (id: string) => boolean;
  onToggle: (card: BoardCard) => void;
  hiddenOnPhone: boolean;
}) {
  const t = useTranslate();
  return (
    <section
      aria-labelledby={`column-${stage}-title`}
      className={`${hiddenOnPhone ? "hidden sm:flex" : "flex"} min-w-0 flex-col gap-2 rounded-lg bg-stone-100 p-2`}
      data-testid={`column-${stage}`}
    >
      <h2 id={`column-${stage}-title`} className="flex items-center justify-between gap-2 px-1 text-sm font-semibold text-stone-900">
        <span>{t(`stage.${stage}`)}</span>
        <span className="rounded-full bg-white px-2 text-xs font-semibold text-stone-800" data-testid={`column-${stage}-count`}>
          {t("board.count", { count: items.length })}
        </span>
      </h2>
      {items.length ? (
        <ul className="flex flex-col gap-2">
          {items.map((card) => {
            const picked = isSelected(card.id);
            const nameId = `card-${card.id}`;
            return (
              <li
                key={card.id}
                className={`flex items-start gap-2 rounded-md border bg-white p-2 text-sm shadow-sm ${picked ? "border-brand-700 ring-1 ring-brand-700" : "border-stone-200"}`}
              >
                {canMove ? (
                  <input
                    type="checkbox"
                    checked={picked}
                    onChange={() => onToggle(card)}
                    aria-labelledby={nameId}
                    className="mt-0.5 h-6 w-6 shrink-0 cursor-pointer accent-brand-700"
                  />
                ) : null}
                <div className="min-w-0">
                  {/* Up to a thousand cards: fetch a record when it is asked for, not when it scrolls into view. */}
                  <IntentLink
                    id={nameId}
                    href={`/candidates/${card.id}`}
                    className="inline-flex min-h-6 items-center font-semibold text-stone-900 hover:underline"
                  >
                    {card.fullName}
                  </IntentLink>
                  <p className="text-xs text-stone-600">
                    {card.unitName} · {t("board.since", { date: formatVnDate(card.stageSince) })}
                  </p>
                </div>
              </li>
            );
          })}
        </ul>
      ) : (
        <p className="px-1 pb-1 text-xs text-stone-600">{t("board.empty")}</p>
      )}
    </section>
  );
}
