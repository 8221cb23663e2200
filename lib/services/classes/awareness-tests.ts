import "server-only";
import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { canWrite } from "@/lib/auth/scope-rules";
import { prisma } from "@/lib/db/client";
import { inScope } from "@/lib/db/scope-filter";
import { forbidden, isAppError, notFound, validationFailed } from "@/lib/errors";
import { fromIsoDate, toIsoDate } from "@/lib/time";
import { orRequired, zDate, zId, zOptionalText, zText } from "@/lib/validation/common";
import { msg } from "@/lib/validation/messages";
import { parseOrThrow } from "@/lib/validation/parse";
import { transitionCandidate } from "../pipeline/transition-candidate";

const ZSession = z.object({ unitId: zId, name: zText(200), date: zDate }).strict();
const ZTestResults = z
  .object({
    results: z
      .array(
        z.object({
          candidateId: zId,
          outcome: z.enum(["PASSED", "ESSAY_RETEST", "ABSENT"], { error: orRequired(msg("invalidOption")) }),
          score: z.coerce.number().min(0, msg("tooSmall", { min: 0 })).max(10, msg("tooLarge", { max: 10 })).optional(),
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
  if (!canWrite(actor.scope, data.unitId)) throw validationFailed([{ path: "unitId", message: msg("unitOutOfScope") }]);
  const unit = await prisma.unit.findUnique({ where: { id: data.unitId }, select: { runsAwarenessTest: true } });
  if (!unit?.runsAwarenessTest) throw validationFailed([{ path: "unitId", message: msg("noTestCouncil") }]);
  const session = await prisma.awarenessTestSession.create({ data: { ...data, date: fromIsoDate(data.date) } });
  return { id: session.id, name: session.name, date: data.date, unitId: session.unitId };
}

export async function listTestSessions({ actor }: { actor: Actor }) {
  const sessions = await prisma.awarenessTestSession.findMany({ where: { ...inScope(actor.scope) }, orderBy: { date: "desc" }, take: 100, include: { _count: { select: { results: true } } } });
  return { items: sessions.map((s) => ({ id: s.id, name: s.name, date: toIsoDate(s.date), unitId: s.unitId, results: s._count.results })) };
}

export async function recordTestResults({ actor, sessionId, input }: { actor: Actor; sessionId: string; input: unknown }) {
  if (!zId.safeParse(sessionId).success) throw notFound();
  const session = await prisma.awarenessTestSession.findFirst({ where: { id: sessionId, ...inScope(actor.scope) } });
  if (!session || !can(actor.role, "committee.record")) throw notFound();
  const { results } = parseOrThrow(ZTestResults, input);
  const date = toIsoDate(session.date);
  const lines = [];
  for (const r of results) {
    try {
      const candidate = await prisma.candidate.findFirst({ where: { id: r.candidateId, ...inScope(actor.scope) }, select: { stage: true, version: true } });
      if (!candidate) throw notFound();
      const rounds = await prisma.awarenessTestResult.count({ where: { candidateId: r.candidateId } });
      await prisma.awarenessTestResult.upsert({
        where: { sessionId_candidateId: { sessionId, candidateId: r.candidateId } },
        create: { sessionId, candidateId: r.candidateId, outcome: r.outcome, score: r.score, essayNote: r.essayNote, round: rounds + 1 },
        update: { outcome: r.outcome, score: r.score, essayNote: r.essayNote },
      });
      if (r.outcome === "PASSED" && candidate.stage === "AWARENESS_TEST") {
        await transitionCandidate({ actor, id: r.candidateId, input: { to: "BRANCH_VOTE", date, version: candidate.version } });
      }
      lines.push({ candidateId: r.candidateId, ok: true });
    } catch (error) {
      if (!isAppError(error)) throw error;
      lines.push({ candidateId: r.candidateId, ok: false, code: error.code, details: error.details });
    }
  }
  return { lines };
}
