import "server-only";
import { prisma } from "@/lib/db/client";
import { loadHolidays } from "@/lib/db/holidays";
import { loadPipelineFactsMany } from "@/lib/db/pipeline-facts";
import { candidateDeadlines, type Deadline } from "@/lib/domain/rules/deadlines";
import { loadDecisionExtensions, withExtensions } from "@/lib/services/pipeline/recorded-extensions";
import { todayVn } from "@/lib/time";

/**
 * The deadlines of one candidate's current stage, read the way the candidate page and the deadlines
 * list read them (the pipeline facts with any extension recorded while waiting), so that the API's
 * record and the pages never disagree. The caller has already checked the scope.
 */
export async function loadCandidateDeadlines(candidateId: string, today: string = todayVn()): Promise<Deadline[]> {
  const [facts, holidays, extensions] = await Promise.all([loadPipelineFactsMany(prisma, [candidateId]), loadHolidays(), loadDecisionExtensions(prisma, [candidateId])]);
  const loaded = facts.get(candidateId);
  if (!loaded) return [];
  return candidateDeadlines(withExtensions(loaded.facts, extensions.get(candidateId)), today, holidays);
}
