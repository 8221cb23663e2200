import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { BoardView } from "@/components/pipeline/board-view";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { can } from "@/lib/auth/permissions";
import { requireActor } from "@/lib/auth/require-actor";
import { isAppError } from "@/lib/errors";
import { getBoard } from "@/lib/services/pipeline/board";
import { listUnits } from "@/lib/services/units/list-units";
import { formatVnDate, todayVn } from "@/lib/time";
import { bulkTransitionAction } from "./actions";
import { UnitOptions } from "@/components/ui/unit-options";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("meta"))("board") };
}

export default async function BoardPage({ searchParams }: { searchParams: Promise<{ unitId?: string }> }) {
  const actor = await requireActor();
  const t = await getTranslations();
  const { unitId } = await searchParams;
  const validUnit = unitId && /^[0-9a-f-]{36}$/i.test(unitId) ? unitId : undefined;
  const [board, units] = await Promise.all([
    // A unit outside the caller's scope does not exist for them.
    getBoard({ actor, unitId: validUnit }).catch((error) => {
      if (isAppError(error) && error.code === "NOT_FOUND") notFound();
      throw error;
    }),
    listUnits({ actor }),
  ]);
  return (
    <div className="flex flex-col gap-4">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <h1 className="text-xl font-semibold">{t("nav.board")}</h1>
        {/* One unit (a branch secretary's own branch) leaves nothing to choose. */}
        {units.items.length > 1 ? (
          <form method="get" className="flex w-full items-end gap-2 sm:w-auto">
            <div className="flex min-w-0 flex-1 flex-col gap-1">
              <label htmlFor="board-unit" className="text-sm font-semibold text-stone-700">
                {t("list.unit")}
              </label>
              <select id="board-unit" name="unitId" defaultValue={board.unitId ?? ""} className={inputClass} data-testid="board-unit">
                <option value="">{t("list.allUnits")}</option>
                <UnitOptions units={units.items} />
              </select>
            </div>
            <Button type="submit" variant="secondary">
              {t("list.filter")}
            </Button>
          </form>
        ) : null}
      </div>
      {/* The board holds a limited number of cards: say so rather than stop silently. */}
      {board.shown < board.total ? (
        <p className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900" role="status" data-testid="board-truncated">
          {t("list.showing", { shown: board.shown, total: board.total })}
        </p>
      ) : null}
      <BoardView columns={board.columns} canMove={can(actor.role, "candidate.write")} today={formatVnDate(todayVn())} submit={bulkTransitionAction} />
    </div>
  );
}
