import "server-only";
import type { Scope } from "@/lib/auth/scope-rules";
import { dbFor } from "@/lib/db/scoped";
import { loadHolidays } from "@/lib/db/holidays";
import { loadPipelineFactsMany } from "@/lib/db/pipeline-facts";
import { candidateDeadlines, type Deadline } from "@/lib/domain/rules/deadlines";
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
