import "server-only";
import type { prisma, Tx } from "@/lib/db/client";
import type { CandidateFacts } from "@/lib/domain/rules/facts";

type Papers = NonNullable<CandidateFacts["papers"]>;

/** The checklist's papers of one candidate as recorded (code and status), for the moves' paper checks. */
export async function loadPapers(tx: Tx | typeof prisma, candidateId: string): Promise<Papers> {
  return tx.dossierItem.findMany({ where: { candidateId }, select: { code: true, status: true } });
}

/** The facts with the recorded papers (the facts loader reads only the opinions summary's date). */
export function withPapers(facts: CandidateFacts, papers: Papers): CandidateFacts {
  return { ...facts, papers };
}
