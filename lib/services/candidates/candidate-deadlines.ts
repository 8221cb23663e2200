import "server-only";
import { prisma } from "@/lib/db/client";
import { loadHolidays } from "@/lib/db/holidays";
import { loadPipelineFactsMany } from "@/lib/db/pipeline-facts";
import { candidateDeadlines, type Deadline } from "@/lib/domain/rules/deadlines";
import { todayVn } from "@/lib/time";

/**
 * The deadlines of one candidate's current stage, read the way the candidate page and the deadlines
 * list read them (the pipeline facts, extensions recorded while waiting included), so that the API's
 * record and the pages never disagree. The caller has already checked the scope.
 */
export async function loadCandidateDeadlines(candidateId: string, today: string = todayVn()): Promise<Deadline[]> {
  const [facts, holidays] = await Promise.all([loadPipelineFactsMany(prisma, [candidateId]), loadHolidays()]);
  const loaded = facts.get(candidateId);
  if (!loaded) return [];
  return candidateDeadlines(loaded.facts, today, holidays);
}
