import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { findEnrolableCandidate, findEnrolment, saveEnrolmentResult, upsertEnrolment } from "@/lib/db/courses";
import { forbidden, isAppError, notFound } from "@/lib/errors";
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

/**
 * The candidate through the scope filter: one outside the caller's scope (or one a read-only caller
 * may not change) is reported NOT_FOUND on its line, exactly like an id that does not exist.
 */
async function enrolableCandidate(actor: Actor, id: string) {
  const candidate = await findEnrolableCandidate(actor.scope, id);
  if (!candidate) throw notFound();
  return candidate;
}

/**
 * Enrols many candidates at once. In an awareness class the enrolment is the sympathiser's move
 * to TRAINING, checked and recorded by the transition service one candidate at a time.
 */
export async function enrolCandidates({ actor, courseId, input }: { actor: Actor; courseId: string; input: unknown }) {
  const course = await getCourse({ actor, id: courseId });
  const { candidateIds, date } = parseOrThrow(ZEnrol, input);
  const lines = await each([...new Set(candidateIds)], async (id) => {
    const candidate = await enrolableCandidate(actor, id);
    if (course.kind === "AWARENESS") {
      await transitionCandidate({ actor, id, input: { to: "TRAINING", date, version: candidate.version, courseId } });
    } else {
      await upsertEnrolment(actor.scope, courseId, id);
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
  // Results are the class's own committee's to record (what the class page calls canManage): a
  // branch secretary sees the bloc's class and enrols in it, but does not grade it.
  if (!course.canManage) throw forbidden();
  const { results } = parseOrThrow(ZResults, input);
  const lines = await each(
    results.map((r) => r.candidateId),
    async (id) => {
      const r = results.find((x) => x.candidateId === id)!;
      // Read through the scope filter: not enrolled, or not the caller's candidate, is not found.
      const enrolment = await findEnrolment(actor.scope, courseId, id);
      if (!enrolment) throw notFound();
      if (course.kind === "AWARENESS" && r.result === "PASSED" && enrolment.candidate.stage === "TRAINING") {
        await transitionCandidate({
          actor,
          id,
          input: {
            to: "DOSSIER",
            date: r.certificateDate ?? course.endDate,
            version: enrolment.candidate.version,
            certificateNumber: r.certificateNumber,
            certificateIssuer: course.issuer ?? course.unitName,
          },
        });
        return;
      }
      await saveEnrolmentResult(actor.scope, {
        enrolmentId: enrolment.id,
        candidateId: id,
        result: r.result,
        certificateNumber: r.certificateNumber,
        certificateDate: r.certificateDate ? fromIsoDate(r.certificateDate) : null,
        certificateIssuer: course.issuer,
        fillsDossierC1: course.kind === "NEW_MEMBER" && r.result === "PASSED",
      });
    },
  );
  return { lines };
}
