import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { canWrite } from "@/lib/auth/scope-rules";
import { findCandidate } from "@/lib/db/candidates";
import { dbFor } from "@/lib/db/scoped";
import { loadHolidays } from "@/lib/db/holidays";
import { loadPipelineFactsMany } from "@/lib/db/pipeline-facts";
import { candidateDeadlines } from "@/lib/domain/rules/deadlines";
import { dossierChecklist, STEP_PAPERS } from "@/lib/domain/rules/dossier";
import { certificateWarning } from "@/lib/domain/rules/eligibility";
import type { Reason, ReasonCode } from "@/lib/domain/rules/facts";
import { availableMoves, nextStage } from "@/lib/domain/rules/flow";
import { ruleSetByCode } from "@/lib/domain/rules/rule-sets";
import type { StageCode } from "@/lib/domain/stages";
import { checkTransition } from "@/lib/domain/rules/transitions";
import { notFound } from "@/lib/errors";
import { todayVn, toIsoDate } from "@/lib/time";
import { zId } from "@/lib/validation/common";
import { toCandidateDetail } from "../candidates/candidate-dto";
import { mayRecordStep } from "./step-permissions";

/** Codes that only say "fill in this field of the step's form": the form itself asks for them. */
const FORM_FIELD_CODES: ReadonlySet<ReasonCode> = new Set([
  "HELPER_MISSING",
  "COURSE_MISSING",
  "CERTIFICATE_NUMBER_MISSING",
  "VERIFICATION_INCOMPLETE",
  "VOTES_MISSING",
  "DECISION_NUMBER_MISSING",
  "CONVERSION_RESOLUTION_MISSING",
  "PARTIAL_APPRAISAL_MISSING",
  "DATE_BEFORE_PREVIOUS_STEP",
]);

/** A paper the step's own form records (the certified verification, the introductions…): the form asks for it. */
function recordedByTheStep(stage: StageCode, r: Reason): boolean {
  return r.code === "PAPER_MISSING" && (STEP_PAPERS[stage] ?? []).some((code) => code === r.params?.item);
}

/**
 * Everything the candidate page shows: the record itself with its deadlines, the moves the caller
 * may make, what is still missing for the next step if it were taken today, and the dossier
 * checklist. The candidate and the rules' facts are each read once.
 */
export async function getCandidateWorkspace({ actor, id, today = todayVn() }: { actor: Actor; id: string; today?: string }) {
  if (!zId.safeParse(id).success) throw notFound();
  const db = dbFor(actor.scope);
  const row = await findCandidate(actor.scope, id);
  if (!row) throw notFound();
  const [factsById, holidays] = await Promise.all([loadPipelineFactsMany(db, [id]), loadHolidays()]);
  const loaded = factsById.get(id);
  if (!loaded) throw notFound();
  const { facts } = loaded;
  const writable = canWrite(actor.scope, row.unitId);
  const next = nextStage(facts.stage, facts.unit);
  const preview = next ? checkTransition(facts, { to: next, date: today }, today, holidays) : null;
  const missing: Reason[] = preview && !preview.ok ? preview.missing.filter((r) => !FORM_FIELD_CODES.has(r.code) && !recordedByTheStep(facts.stage, r)) : [];
  const warnings = certificateWarning(facts, today, ruleSetByCode(facts.ruleSetCode));
  // The classes the caller can see (their own units' and the committees' above), of the last three years.
  const courses =
    facts.stage === "SYMPATHIZER"
      ? await db.course.findMany({ where: { kind: "AWARENESS", startDate: { gte: new Date(Date.now() - 3 * 366 * 86_400_000) } }, orderBy: { startDate: "desc" }, take: 30, select: { id: true, name: true, startDate: true } })
      : [];
  const deadlines = candidateDeadlines(facts, today, holidays);
  return {
    candidate: toCandidateDetail(row, deadlines),
    facts,
    nextStage: next,
    moves: writable ? availableMoves(facts.stage, facts.unit).filter((m) => mayRecordStep(actor.role, facts.stage, m.to)) : [],
    missing,
    warnings,
    checklist: dossierChecklist(facts, row.dossierItems.map((d) => ({ code: d.code, status: d.status, number: d.number, date: d.date ? toIsoDate(d.date) : null, note: d.note })), today),
    deadlines,
    courses: courses.map((c) => ({ id: c.id, name: c.name, startDate: toIsoDate(c.startDate) })),
    canEditDossier: writable,
  };
}

export type TCandidateWorkspace = Awaited<ReturnType<typeof getCandidateWorkspace>>;
