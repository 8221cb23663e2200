import "server-only";
import { dbFor, type ScopedTx } from "./scoped";
import { unitsInScope } from "./scope-filter";
import type { Prisma } from "./generated/client";
import type { Scope } from "@/lib/auth/scope-rules";

/**
 * Awareness-test sessions and results, through the caller's scoped client: sessions of the units in
 * the scope, results of the caller's candidates only, writes only where the caller may write.
 */

/** The committees with a test council where the caller may open a session: the units of the subtree (not those above it), none for a read-only scope. */
export async function findTestCouncils(scope: Scope) {
  if (scope.writable.size === 0) return [];
  return dbFor(scope).unit.findMany({ where: { AND: [unitsInScope(scope), { runsAwarenessTest: true }] }, select: { id: true, name: true } });
}

/**
 * The committees with a test council that the caller can see: in the subtree and above it (a
 * grassroots committee's candidates sit the bloc's test), so a page can say who organises tests.
 */
export async function findTestOrganisers(scope: Scope) {
  return dbFor(scope).unit.findMany({ where: { runsAwarenessTest: true, active: true }, select: { id: true, name: true }, orderBy: { depth: "asc" } });
}

export async function findRunsAwarenessTest(scope: Scope, unitId: string) {
  return dbFor(scope).unit.findUnique({ where: { id: unitId }, select: { runsAwarenessTest: true } });
}

/** A new session: NOT_FOUND for a unit the caller may not write. */
export async function insertTestSession(scope: Scope, data: Prisma.AwarenessTestSessionUncheckedCreateInput) {
  return dbFor(scope).awarenessTestSession.create({ data });
}

/**
 * The sessions in the scope, newest first (the first `take`), each with the number of results of
 * the caller's candidates, and how many sessions the scope holds in all.
 */
export async function findTestSessions(scope: Scope, take: number) {
  const db = dbFor(scope);
  const [sessions, total] = await Promise.all([db.awarenessTestSession.findMany({ orderBy: { date: "desc" }, take }), db.awarenessTestSession.count()]);
  // A nested _count would count every unit's candidates: count through the scoped client instead.
  const counts = sessions.length
    ? await db.awarenessTestResult.groupBy({ by: ["sessionId"], where: { sessionId: { in: sessions.map((s) => s.id) } }, _count: { _all: true } })
    : [];
  const resultsIn = new Map(counts.map((c) => [c.sessionId, c._count._all]));
  return { items: sessions.map((s) => ({ ...s, resultCount: resultsIn.get(s.id) ?? 0 })), total };
}

export async function findTestSession(scope: Scope, id: string) {
  return dbFor(scope).awarenessTestSession.findFirst({ where: { id } });
}

/** A session in the scope (with its council's name) with the results of the candidates in the scope only. */
export async function findTestSessionWithResults(scope: Scope, id: string) {
  const db = dbFor(scope);
  const session = await db.awarenessTestSession.findFirst({ where: { id }, include: { unit: { select: { name: true } } } });
  if (!session) return null;
  const results = await db.awarenessTestResult.findMany({ where: { sessionId: session.id }, include: { candidate: { select: { fullName: true } } } });
  return { ...session, results };
}

/** Candidates in the scope waiting for the awareness test, in name order (the first `take`), and how many there are in all. */
export async function findCandidatesAwaitingTest(scope: Scope, take: number) {
  const db = dbFor(scope);
  const where = { stage: "AWARENESS_TEST" as const };
  const [items, total] = await Promise.all([
    db.candidate.findMany({ where, select: { id: true, fullName: true, unit: { select: { name: true } } }, orderBy: { sortKey: "asc" }, take }),
    db.candidate.count({ where }),
  ]);
  return { items, total };
}

/**
 * The results of the caller's candidates in sessions the caller cannot open (held by a council
 * above them), newest session first (the first `take`): what a grassroots committee may know of
 * the bloc's tests is how its own people did.
 */
export async function findResultsInOtherSessions(scope: Scope, take: number) {
  const db = dbFor(scope);
  const results = await db.awarenessTestResult.findMany({
    select: {
      id: true,
      outcome: true,
      round: true,
      candidate: { select: { fullName: true } },
      session: { select: { id: true, name: true, date: true, unit: { select: { name: true } } } },
    },
    orderBy: [{ session: { date: "desc" } }, { candidate: { sortKey: "asc" } }],
    take,
  });
  const ids = [...new Set(results.map((r) => r.session.id))];
  const own = ids.length ? await db.awarenessTestSession.findMany({ where: { id: { in: ids } }, select: { id: true } }) : [];
  const openable = new Set(own.map((s) => s.id));
  return results.filter((r) => !openable.has(r.session.id));
}

export async function findTestCandidate(scope: Scope, id: string) {
  return dbFor(scope).candidate.findFirst({ where: { id }, select: { stage: true, version: true } });
}

export interface TestResultWrite {
  sessionId: string;
  candidateId: string;
  outcome: "PASSED" | "ESSAY_RETEST" | "ABSENT";
  score: number | undefined;
  essayNote: string | null | undefined;
}

/** Records (or corrects) a candidate's result in a session; a new result is the next round. NOT_FOUND for a candidate the caller may not change. */
export async function saveTestResult(db: ScopedTx, w: TestResultWrite) {
  const rounds = await db.awarenessTestResult.count({ where: { candidateId: w.candidateId } });
  await db.awarenessTestResult.upsert({
    where: { sessionId_candidateId: { sessionId: w.sessionId, candidateId: w.candidateId } },
    create: { sessionId: w.sessionId, candidateId: w.candidateId, outcome: w.outcome, score: w.score, essayNote: w.essayNote, round: rounds + 1 },
    update: { outcome: w.outcome, score: w.score, essayNote: w.essayNote },
  });
}
