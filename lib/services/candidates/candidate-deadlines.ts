import "server-only";
import type { Scope } from "@/lib/auth/scope-rules";
import { dbFor } from "@/lib/db/scoped";
import { loadHolidays } from "@/lib/db/holidays";
import { loadPipelineFactsMany } from "@/lib/db/pipeline-facts";
import { candidateDeadlines, type Deadline } from "@/lib/domain/rules/deadlines";
import { firstDeadline, STAGES_WITH_DEADLINES } from "@/lib/domain/rules/next-actions";
import type { StageCode } from "@/lib/domain/stages";
import { todayVn } from "@/lib/time";

/**
 * The deadlines of one candidate's current stage, read the way the candidate page and the deadlines
 * list read them (the pipeline facts, extensions recorded while waiting included), so that the API's
 * record and the pages never disagree. A candidate outside the scope has none.
 */
export async function loadCandidateDeadlines(scope: Scope, candidateId: string, today: string = todayVn()): Promise<Deadline[]> {
  const [facts, holidays] = await Promise.all([loadPipelineFactsMany(dbFor(scope), [candidateId]), loadHolidays()]);
  const loaded = facts.get(candidateId);
  if (!loaded) return [];
  return candidateDeadlines(loaded.facts, today, holidays);
}

const WITH_DEADLINES: ReadonlySet<StageCode> = new Set(STAGES_WITH_DEADLINES);

export type NextDeadline = Pick<Deadline, "kind" | "dueDate" | "overdue" | "daysLeft">;

/**
 * The first deadline of each candidate of a page of the list, by id (absent: their stage runs
 * none), read in bulk: only the candidates whose stage runs a deadline have their facts read.
 */
export async function loadNextDeadlines(
  scope: Scope,
  candidates: readonly { id: string; stage: StageCode }[],
  today: string = todayVn(),
): Promise<Record<string, NextDeadline>> {
  const ids = candidates.filter((c) => WITH_DEADLINES.has(c.stage)).map((c) => c.id);
  if (ids.length === 0) return {};
  const [facts, holidays] = await Promise.all([loadPipelineFactsMany(dbFor(scope), ids), loadHolidays()]);
  const next: Record<string, NextDeadline> = {};
  for (const [id, loaded] of facts) {
    const first = firstDeadline(candidateDeadlines(loaded.facts, today, holidays));
    if (first) next[id] = { kind: first.kind, dueDate: first.dueDate, overdue: first.overdue, daysLeft: first.daysLeft };
  }
  return next;
}
