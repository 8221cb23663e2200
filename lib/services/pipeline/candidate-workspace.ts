import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { canWrite } from "@/lib/auth/scope-rules";
import { findCandidate } from "@/lib/db/candidates";
import { dbFor } from "@/lib/db/scoped";
import { loadHolidays } from "@/lib/db/holidays";
import { loadPipelineFactsMany } from "@/lib/db/pipeline-facts";
import { awaitedDecision, candidateDeadlines, candidateFlags, translateRuleRef } from "@/lib/domain/rules/deadlines";
import { classesOpenOn, classStateOn, type ClassPeriod } from "@/lib/domain/rules/awareness-classes";
import { addMonths } from "@/lib/domain/rules/dates";
import { dossierChecklist, excludedPapers } from "@/lib/domain/rules/dossier";
import { certificateWarning } from "@/lib/domain/rules/eligibility";
import { stageModule } from "@/lib/domain/pipeline/registry";
import { toLocale, type Locale } from "@/lib/i18n/locales";
import { translatorFor } from "@/lib/i18n/translate";
import { availableMoves, nextStage } from "@/lib/domain/rules/flow";
import { ruleSetByCode } from "@/lib/domain/rules/rule-sets";
import { nextStepPreview } from "@/lib/domain/rules/next-actions";
import { notFound } from "@/lib/errors";
import { fromIsoDate, todayVn, toIsoDate } from "@/lib/time";
import { zId } from "@/lib/validation/common";
import { toCandidateDetail } from "../candidates/candidate-dto";
import { mayRecordRecordedStep, mayRecordStep } from "./step-permissions";

/** At most this many awareness classes are offered to a sympathiser's enrolment. */
export const COURSES_OFFERED = 40;

/**
 * The classes for the enrolment step: those that can still be joined today first, the next to start
 * leading, then those already over, the latest first (an enrolment recorded late names one of them,
 * and the form offers them only for a step dated while they ran).
 */
function offeredCourses(courses: ClassPeriod[], today: string): ClassPeriod[] {
  const open = classesOpenOn(courses, today);
  const over = courses.filter((c) => classStateOn(c, today) === "ENDED").sort((a, b) => b.startDate.localeCompare(a.startDate));
  return [...open, ...over];
}

/**
 * Everything the candidate page shows: the record itself with its deadlines, the moves the caller
 * may make, what is still missing for the next step if it were taken today, and the dossier
 * checklist. The candidate and the rules' facts are each read once.
 */
export async function getCandidateWorkspace({
  actor,
  id,
  today = todayVn(),
  locale = toLocale(actor.locale),
}: {
  actor: Actor;
  id: string;
  today?: string;
  locale?: Locale;
}) {
  if (!zId.safeParse(id).success) throw notFound();
  const db = dbFor(actor.scope);
  const row = await findCandidate(actor.scope, id);
  if (!row) throw notFound();
  const [factsById, holidays] = await Promise.all([loadPipelineFactsMany(db, [id], { on: today }), loadHolidays()]);
  const loaded = factsById.get(id);
  if (!loaded) throw notFound();
  const { facts } = loaded;
  const writable = canWrite(actor.scope, row.unitId);
  const next = nextStage(facts.stage, facts.unit);
  // What the next step needs (a step still to record in the stage comes before the move): the same
  // preview the to-do list shows.
  const { missing } = nextStepPreview(facts, today, holidays);
  const warnings = [...certificateWarning(facts, today, ruleSetByCode(facts.ruleSetCode)), ...candidateFlags(facts, today, holidays)];
  // The awareness classes the caller can see (their own units' and the committees' above): every one
  // not over yet, and those over in the last three years for an enrolment recorded late.
  const courses =
    facts.stage === "SYMPATHIZER"
      ? await db.course.findMany({
          where: { kind: "AWARENESS", endDate: { gte: fromIsoDate(addMonths(today, -36)) } },
          orderBy: [{ startDate: "desc" }, { id: "asc" }],
          take: COURSES_OFFERED,
          select: { id: true, name: true, startDate: true, endDate: true },
        })
      : [];
  const t = translatorFor(locale);
  const deadlines = candidateDeadlines(facts, today, holidays).map((d) => ({ ...d, ruleRef: translateRuleRef(t, d) }));
  const recordedSteps = writable ? (stageModule(facts.stage)?.recorded ?? []).filter((s) => s.open(facts) && mayRecordRecordedStep(actor.role, s)) : [];
  return {
    candidate: toCandidateDetail(row, deadlines),
    /** The decision awaited, whose deadline an extension moves (null: none). */
    awaitedDecision: awaitedDecision(facts),
    /** Steps the caller may record without moving the candidate (the conversion's branch resolution…). */
    recordedSteps: recordedSteps.map((s) => ({ code: s.code, fields: s.fields })),
    /** The failed vote the stage keeps on record, while a vote is still to come. */
    failedVote: stageModule(facts.stage)?.failedVote?.(facts) ?? null,
    facts,
    nextStage: next,
    moves: writable ? availableMoves(facts.stage, facts.unit).filter((m) => mayRecordStep(actor.role, facts.stage, m.to)) : [],
    missing,
    warnings,
    checklist: dossierChecklist(
      facts,
      row.dossierItems.map((d) => ({
        code: d.code,
        status: d.status,
        number: d.number,
        date: d.date ? toIsoDate(d.date) : null,
        note: d.note,
        version: d.version,
      })),
      today,
    ),
    deadlines,
    /** The conditional papers this file does not need, with why (the checklist shows them greyed). */
    excludedPapers: excludedPapers(facts, today),
    courses: offeredCourses(
      courses.map((c) => ({ id: c.id, name: c.name, startDate: toIsoDate(c.startDate), endDate: toIsoDate(c.endDate) })),
      today,
    ),
    /** Whether the caller opens classes (committee staff); a branch secretary asks the committee. */
    mayOpenClasses: can(actor.role, "committee.record"),
    canEditDossier: writable,
  };
}

export type TCandidateWorkspace = Awaited<ReturnType<typeof getCandidateWorkspace>>;
