import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { canWrite } from "@/lib/auth/scope-rules";
import { prisma } from "@/lib/db/client";
import { isAppError, notFound } from "@/lib/errors";
import { fromIsoDate } from "@/lib/time";
import { ZEnrol, ZResults } from "@/lib/validation/course";
import { parseOrThrow } from "@/lib/validation/parse";
import { transitionCandidate } from "../pipeline/transition-candidate";
import { getCourse } from "./courses";

/** One line of a bulk result: each candidate is done completely or not at all. */
export interface BulkLine {
  candidateId: string;
  ok: boolean;
  code?: string;
  details?: { path: string; message: string }[];
}

async function each(ids: string[], work: (id: string) => Promise<void>): Promise<BulkLine[]> {
  const lines: BulkLine[] = [];
  for (const candidateId of ids) {
    try {
      await work(candidateId);
      lines.push({ candidateId, ok: true });
    } catch (error) {
      if (!isAppError(error)) throw error;
      lines.push({ candidateId, ok: false, code: error.code, details: error.details });
    }
  }
  return lines;
}

async function currentVersion(actor: Actor, candidateId: string): Promise<number> {
  const c = await prisma.candidate.findFirst({ where: { id: candidateId }, select: { version: true, unitId: true } });
  return c && (actor.scope.everything || actor.scope.readable.has(c.unitId)) ? c.version : 0;
}

/**
 * Enrols many candidates at once. In an awareness class the enrolment is the sympathiser's move
 * to TRAINING, checked and recorded by the transition service one candidate at a time.
 */
export async function enrolCandidates({ actor, courseId, input }: { actor: Actor; courseId: string; input: unknown }) {
  const course = await getCourse({ actor, id: courseId });
  const { candidateIds, date } = parseOrThrow(ZEnrol, input);
  const lines = await each([...new Set(candidateIds)], async (id) => {
    if (course.kind === "AWARENESS") {
      await transitionCandidate({ actor, id, input: { to: "TRAINING", date, version: await currentVersion(actor, id), courseId } });
    } else {
      const c = await prisma.candidate.findFirst({ where: { id }, select: { unitId: true, stage: true } });
      if (!c || !canWrite(actor.scope, c.unitId)) throw notFound();
      await prisma.enrolment.upsert({ where: { courseId_candidateId: { courseId, candidateId: id } }, create: { courseId, candidateId: id }, update: {} });
    }
  });
  return { lines };
}

/**
 * Records results and certificates. A passed awareness class with its certificate is the move from
 * TRAINING to DOSSIER; a new-member course certificate fills the dossier item C1.
 */
export async function recordResults({ actor, courseId, input }: { actor: Actor; courseId: string; input: unknown }) {
  const course = await getCourse({ actor, id: courseId });
  const { results } = parseOrThrow(ZResults, input);
  const lines = await each(
    results.map((r) => r.candidateId),
    async (id) => {
      const r = results.find((x) => x.candidateId === id)!;
      const enrolment = await prisma.enrolment.findUnique({ where: { courseId_candidateId: { courseId, candidateId: id } } });
      const c = await prisma.candidate.findFirst({ where: { id }, select: { unitId: true, stage: true } });
      if (!enrolment || !c || !canWrite(actor.scope, c.unitId)) throw notFound();
      if (course.kind === "AWARENESS" && r.result === "PASSED" && c.stage === "TRAINING") {
        await transitionCandidate({ actor, id, input: { to: "DOSSIER", date: r.certificateDate ?? course.endDate, version: await currentVersion(actor, id), certificateNumber: r.certificateNumber, certificateIssuer: course.issuer ?? course.unitName } });
        return;
      }
      await prisma.$transaction(async (tx) => {
        await tx.enrolment.update({ where: { id: enrolment.id }, data: { result: r.result, certificateNumber: r.certificateNumber, certificateDate: r.certificateDate ? fromIsoDate(r.certificateDate) : null, certificateIssuer: course.issuer } });
        if (course.kind === "NEW_MEMBER" && r.result === "PASSED") {
          const data = { status: "RECEIVED" as const, number: r.certificateNumber, date: r.certificateDate ? fromIsoDate(r.certificateDate) : null };
          await tx.dossierItem.upsert({ where: { candidateId_code: { candidateId: id, code: "C1" } }, create: { candidateId: id, code: "C1", ...data }, update: data });
        }
      });
    },
  );
  return { lines };
}
