import "server-only";
import { prisma } from "./client";
import { inScope, unitsInScope } from "./scope-filter";
import type { Prisma } from "./generated/client";
import type { Scope } from "@/lib/auth/scope-rules";

/** The units a scope may write: all of its units, or none for a viewer (writing is all-or-nothing per scope). */
function writableUnits(scope: Scope): Prisma.UnitWhereInput {
  return scope.writable.size === 0 ? { id: { in: [] } } : unitsInScope(scope);
}

/** The committees with a test council where the caller may open a session. */
export async function findTestCouncils(scope: Scope) {
  return prisma.unit.findMany({ where: { ...writableUnits(scope), runsAwarenessTest: true }, select: { id: true, name: true } });
}

export async function findRunsAwarenessTest(unitId: string) {
  return prisma.unit.findUnique({ where: { id: unitId }, select: { runsAwarenessTest: true } });
}

export async function insertTestSession(data: Prisma.AwarenessTestSessionUncheckedCreateInput) {
  return prisma.awarenessTestSession.create({ data });
}

export async function findTestSessions(scope: Scope, take: number) {
  return prisma.awarenessTestSession.findMany({ where: inScope(scope), orderBy: { date: "desc" }, take, include: { _count: { select: { results: true } } } });
}

export async function findTestSession(scope: Scope, id: string) {
  return prisma.awarenessTestSession.findFirst({ where: { id, ...inScope(scope) } });
}

/** A session in the scope with the results of the candidates in the scope only. */
export async function findTestSessionWithResults(scope: Scope, id: string) {
  return prisma.awarenessTestSession.findFirst({
    where: { id, ...inScope(scope) },
    include: { results: { where: { candidate: inScope(scope) }, include: { candidate: { select: { fullName: true } } } } },
  });
}

/** Candidates in the scope waiting for the awareness test, in name order. */
export async function findCandidatesAwaitingTest(scope: Scope, take: number) {
  return prisma.candidate.findMany({ where: { ...inScope(scope), stage: "AWARENESS_TEST" }, select: { id: true, fullName: true, unit: { select: { name: true } } }, orderBy: { sortKey: "asc" }, take });
}

export async function findTestCandidate(scope: Scope, id: string) {
  return prisma.candidate.findFirst({ where: { id, ...inScope(scope) }, select: { stage: true, version: true } });
}

export interface TestResultWrite {
  sessionId: string;
  candidateId: string;
  outcome: "PASSED" | "ESSAY_RETEST" | "ABSENT";
  score: number | undefined;
  essayNote: string | null | undefined;
}

/** Records (or corrects) a candidate's result in a session; a new result is the next round. */
export async function saveTestResult(w: TestResultWrite) {
  const rounds = await prisma.awarenessTestResult.count({ where: { candidateId: w.candidateId } });
  await prisma.awarenessTestResult.upsert({
    where: { sessionId_candidateId: { sessionId: w.sessionId, candidateId: w.candidateId } },
    create: { sessionId: w.sessionId, candidateId: w.candidateId, outcome: w.outcome, score: w.score, essayNote: w.essayNote, round: rounds + 1 },
    update: { outcome: w.outcome, score: w.score, essayNote: w.essayNote },
  });
}
