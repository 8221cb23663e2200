import "server-only";
import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { dbFor } from "@/lib/db/scoped";
import { loadHolidays } from "@/lib/db/holidays";
import { loadPipelineFactsMany } from "@/lib/db/pipeline-facts";
import { candidateDeadlines, translateRuleRef } from "@/lib/domain/rules/deadlines";
import { actionCode, compareRank, nextStepPreview, OPEN_STAGES, rankOf, STAGES_WITH_DEADLINES, URGENCIES, type Urgency } from "@/lib/domain/rules/next-actions";
import { daysBetween } from "@/lib/domain/rules/dates";
import type { StageCode } from "@/lib/domain/stages";
import { compareViNames } from "@/lib/domain/text";
import { toLocale, type Locale } from "@/lib/i18n/locales";
import { translatorFor } from "@/lib/i18n/translate";
import { todayVn, toIsoDate } from "@/lib/time";
import { zInt } from "@/lib/validation/common";
import { parseOrThrow } from "@/lib/validation/parse";

const ZTodoQuery = z.object({
  within: zInt(0, 366).default(30),
  page: zInt(1, 100_000).default(1),
});

/** A phone screen or two of cards per page; a bloc's few hundred open candidates make a handful of pages. */
export const TODO_PAGE_SIZE = 30;

const WITH_DEADLINES: ReadonlySet<StageCode> = new Set(STAGES_WITH_DEADLINES);

/**
 * "Việc cần làm": one item for every open candidate in the caller's scope (neither exited nor an
 * official member), most urgent first (overdue deadlines, deadlines within `within` days by date,
 * the longest waiting for their next step, then those in a period that ends later: see
 * lib/domain/rules/next-actions.ts), a page at a time. Each item says what the next
 * step is and what it still lacks, as the candidate page does.
 *
 * Ranking needs the deadlines, which only some stages run: their candidates' facts are read in
 * bulk first; the others are ranked by their stage's date alone, and the facts of the page's items
 * that were not read yet follow in one more bulk read.
 */
export async function listTodo({
  actor,
  input,
  today = todayVn(),
  locale = toLocale(actor.locale),
}: {
  actor: Actor;
  input: unknown;
  today?: string;
  locale?: Locale;
}) {
  const { within, page } = parseOrThrow(ZTodoQuery, input);
  const db = dbFor(actor.scope);
  const open = await db.candidate.findMany({
    where: { stage: { in: [...OPEN_STAGES] } },
    select: { id: true, fullName: true, stage: true, stageSince: true, unitId: true, unit: { select: { name: true } } },
  });
  const [holidays, dated] = await Promise.all([
    loadHolidays(),
    loadPipelineFactsMany(
      db,
      open.filter((c) => WITH_DEADLINES.has(c.stage)).map((c) => c.id),
    ),
  ]);
  const ranked = open
    .map((c) => {
      const facts = dated.get(c.id)?.facts;
      const deadlines = facts ? candidateDeadlines(facts, today, holidays) : [];
      return { row: c, deadlines, rank: rankOf(deadlines, toIsoDate(c.stageSince), within) };
    })
    .sort((a, b) => compareRank(a.rank, b.rank) || compareViNames(a.row.fullName, b.row.fullName));

  const counts = Object.fromEntries(URGENCIES.map((u) => [u, 0])) as Record<Urgency, number>;
  for (const r of ranked) counts[r.rank.urgency] += 1;

  const pages = Math.max(1, Math.ceil(ranked.length / TODO_PAGE_SIZE));
  const onPage = ranked.slice((Math.min(page, pages) - 1) * TODO_PAGE_SIZE, Math.min(page, pages) * TODO_PAGE_SIZE);
  const undated = await loadPipelineFactsMany(
    db,
    onPage.filter((r) => !dated.has(r.row.id)).map((r) => r.row.id),
  );
  const t = translatorFor(locale);
  const items = onPage.map(({ row, deadlines, rank }) => {
    const facts = (dated.get(row.id) ?? undated.get(row.id))?.facts;
    const preview = facts ? nextStepPreview(facts, today, holidays) : { step: null, missing: [] };
    return {
      candidateId: row.id,
      fullName: row.fullName,
      unitId: row.unitId,
      unitName: row.unit.name,
      stage: row.stage,
      stageSince: rank.stageSince,
      waitingDays: Math.max(0, daysBetween(rank.stageSince, today)),
      urgency: rank.urgency,
      dueDate: rank.dueDate,
      /** The words of the next step: "todo.step.<action>" (null: none, which an open candidate never lacks). */
      action: preview.step ? actionCode(preview.step) : null,
      nextStage: preview.step?.kind === "MOVE" ? preview.step.to : null,
      missing: preview.missing,
      deadlines: [...deadlines]
        .sort((a, b) => a.dueDate.localeCompare(b.dueDate))
        .map((d) => ({ kind: d.kind, dueDate: d.dueDate, overdue: d.overdue, daysLeft: d.daysLeft, ruleRef: translateRuleRef(t, d) })),
    };
  });
  return { items, total: ranked.length, page: Math.min(page, pages), pageSize: TODO_PAGE_SIZE, within, today, counts };
}

export type TTodoList = Awaited<ReturnType<typeof listTodo>>;
