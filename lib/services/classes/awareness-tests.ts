import "server-only";
import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { canWrite } from "@/lib/auth/scope-rules";
import {
  findCandidatesAwaitingTest,
  findResultsInOtherSessions,
  findRunsAwarenessTest,
  findTestCandidate,
  findTestCouncils,
  findTestOrganisers,
  findTestSession,
  findTestSessions,
  findTestSessionWithResults,
  insertTestSession,
  saveTestResult,
} from "@/lib/db/awareness-tests";
import { forbidden, isAppError, notFound, validationFailed } from "@/lib/errors";
import { fromIsoDate, todayVn, toIsoDate } from "@/lib/time";
import { orRequired, zDate, zId, zNumeric, zOptionalText, zText } from "@/lib/validation/common";
import { msg } from "@/lib/validation/messages";
import { parseOrThrow } from "@/lib/validation/parse";
import { dbFor } from "@/lib/db/scoped";
import { ZTransition } from "@/lib/validation/transition";
import { moveCandidate, rethrowDecisionTaken } from "../pipeline/transition-candidate";

const ZSession = z.object({ unitId: zId, name: zText(200), date: zDate }).strict();
const ZTestResults = z
  .object({
    results: z
      .array(
        z.object({
          candidateId: zId,
          outcome: z.enum(["PASSED", "ESSAY_RETEST", "ABSENT"], { error: orRequired(msg("invalidOption")) }),
          score: zNumeric(
            z
              .number({ error: msg("invalidType") })
              .min(0, msg("tooSmall", { min: 0 }))
              .max(10, msg("tooLarge", { max: 10 })),
          ).optional(),
          essayNote: zOptionalText(1000),
        }),
      )
      .min(1, msg("required"))
      .max(300, msg("tooLarge", { max: 300 })),
  })
  .strict();

/**
 * Awareness-test councils (a local practice of some superior committees, domain.md §12.8). A pass
 * moves the candidate on to the branch vote; a fail records an essay and a retest round.
 */
export async function createTestSession({ actor, input }: { actor: Actor; input: unknown }) {
  if (!can(actor.role, "committee.record")) throw forbidden();
  const data = parseOrThrow(ZSession, input);
  if (!canWrite(actor.scope, data.unitId)) throw notFound(); // a unit named in the body that the caller may not write does not exist for them (API.md)
  const unit = await findRunsAwarenessTest(actor.scope, data.unitId);
  if (!unit?.runsAwarenessTest) throw validationFailed([{ path: "unitId", message: msg("noTestCouncil") }]);
  const session = await insertTestSession(actor.scope, { ...data, date: fromIsoDate(data.date) });
  return { id: session.id, name: session.name, date: data.date, unitId: session.unitId };
}

/** How many sessions the session list holds (newest first), and how many waiting candidates a session page offers. */
export const SESSIONS_SHOWN = 100;
export const WAITING_SHOWN = 300;
/** How many results of the caller's candidates in other councils' sessions the list page gathers. */
export const OTHER_RESULTS_SHOWN = 300;

/** The newest SESSIONS_SHOWN sessions in the scope, and how many there are in all (`total`). */
export async function listTestSessions({ actor }: { actor: Actor }) {
  const sessions = await findTestSessions(actor.scope, SESSIONS_SHOWN);
  return {
    items: sessions.items.map((s) => ({ id: s.id, name: s.name, date: toIsoDate(s.date), unitId: s.unitId, results: s.resultCount })),
    total: sessions.total,
  };
}

/**
 * The session list page: the sessions in the scope (with their total), the councils the caller may
 * open one for, and, for those who cannot open sessions (a grassroots committee under the bloc's
 * council), who organises the tests, how many of their candidates are waiting for one, and how their
 * candidates did in the sessions of the councils above (`elsewhere`, one entry per session).
 */
export async function testSessionsOverview({ actor }: { actor: Actor }) {
  const [{ items, total }, councils, organisers, waiting, others] = await Promise.all([
    listTestSessions({ actor }),
    can(actor.role, "committee.record") ? findTestCouncils(actor.scope) : [],
    findTestOrganisers(actor.scope),
    findCandidatesAwaitingTest(actor.scope, 0),
    findResultsInOtherSessions(actor.scope, OTHER_RESULTS_SHOWN),
  ]);
  const elsewhere = new Map<
    string,
    { id: string; name: string; date: string; unitName: string; results: { id: string; fullName: string; outcome: string; round: number }[] }
  >();
  for (const r of others) {
    const entry = elsewhere.get(r.session.id) ?? {
      id: r.session.id,
      name: r.session.name,
      date: toIsoDate(r.session.date),
      unitName: r.session.unit.name,
      results: [],
    };
    entry.results.push({ id: r.id, fullName: r.candidate.fullName, outcome: r.outcome, round: r.round });
    elsewhere.set(r.session.id, entry);
  }
  return { items, total, councils, organisers, waitingTotal: waiting.total, elsewhere: [...elsewhere.values()] };
}

/**
 * The session page: the results recorded so far (of the caller's candidates only) and the
 * candidates in the scope waiting for the test (the first WAITING_SHOWN in name order, and how many
 * there are in all: `waitingTotal`). NOT_FOUND when the session is not in the scope.
 */
export async function testSessionWorkspace({ actor, id }: { actor: Actor; id: string }) {
  if (!zId.safeParse(id).success) throw notFound();
  const session = await findTestSessionWithResults(actor.scope, id);
  if (!session) throw notFound();
  const waiting = await findCandidatesAwaitingTest(actor.scope, WAITING_SHOWN);
  return {
    id: session.id,
    name: session.name,
    date: toIsoDate(session.date),
    unitName: session.unit.name,
    // The same rule recordTestResults applies: others see who is waiting, read only.
    canRecord: can(actor.role, "committee.record"),
    recorded: session.results.map((r) => ({ id: r.id, fullName: r.candidate.fullName, outcome: r.outcome, round: r.round })),
    waiting: waiting.items.map((c) => ({ id: c.id, fullName: c.fullName, unitName: c.unit.name })),
    waitingTotal: waiting.total,
  };
}

export async function recordTestResults({ actor, sessionId, input }: { actor: Actor; sessionId: string; input: unknown }) {
  if (!zId.safeParse(sessionId).success) throw notFound();
  const session = await findTestSession(actor.scope, sessionId);
  if (!session || !can(actor.role, "committee.record")) throw notFound();
  const { results } = parseOrThrow(ZTestResults, input);
  const date = toIsoDate(session.date);
  const lines = [];
  for (const r of results) {
    try {
      const candidate = await findTestCandidate(actor.scope, r.candidateId);
      if (!candidate) throw notFound();
      // The result and the move a pass triggers are one transaction: a refused move keeps no result either.
      const move =
        r.outcome === "PASSED" && candidate.stage === "AWARENESS_TEST"
          ? parseOrThrow(ZTransition, { to: "BRANCH_VOTE", date, version: candidate.version })
          : null;
      await dbFor(actor.scope)
        .$transaction(async (tx) => {
          await saveTestResult(tx, { sessionId, candidateId: r.candidateId, outcome: r.outcome, score: r.score, essayNote: r.essayNote });
          if (move) await moveCandidate(tx, actor, r.candidateId, move, todayVn());
        })
        .catch(rethrowDecisionTaken);
      lines.push({ candidateId: r.candidateId, ok: true });
    } catch (error) {
      if (!isAppError(error)) throw error;
      lines.push({ candidateId: r.candidateId, ok: false, code: error.code, details: error.details });
    }
  }
  return { lines };
}
