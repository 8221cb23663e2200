import { RECORDED_STEP_CODES, STAGE_MODULES, stageModule } from "../pipeline/registry";
import type { RecordedStep, RecordedStepCode } from "../pipeline/step-module";
import { isTerminal, PIPELINE_STAGES, type StageCode } from "../stages";
import { daysBetween, type IsoDate } from "./dates";
import { candidateDeadlines, type Deadline, type DeadlineKind } from "./deadlines";
import { papersRecordedByForm } from "./dossier";
import type { CandidateFacts, Reason } from "./facts";
import { nextStage } from "./flow";
import { checkRecordedStep, checkTransition } from "./transitions";

/**
 * "What needs doing next" for a candidate still in the pipeline: the step that comes next (read from
 * the stage modules, as the candidate page reads it), what that step still lacks today, and how
 * urgent it is, so that a list of candidates can be worked through from the most urgent down.
 */

/** Stages whose candidates still have a step ahead: neither exited nor official. */
export const OPEN_STAGES = PIPELINE_STAGES.filter((s) => !isTerminal(s));

/** Stages that run a deadline (a stage module declares them): only their candidates need their facts read to be ranked. */
export const STAGES_WITH_DEADLINES = PIPELINE_STAGES.filter((s) => STAGE_MODULES[s].deadlines !== undefined);

/** The step that comes next: leaving the stage, or a step recorded while staying in it (the conversion's branch resolution). */
export type NextStep = { kind: "MOVE"; from: StageCode; to: StageCode } | { kind: "RECORD"; code: RecordedStepCode };

/**
 * The code of a next step, for its words ("todo.step.<code>"): the stage it leaves, or the recorded
 * step's own code. Every stage with an exit and every recorded step has one.
 */
export type ActionCode = StageCode | RecordedStepCode;

export const ACTION_CODES: readonly ActionCode[] = [...PIPELINE_STAGES.filter((s) => STAGE_MODULES[s].exit !== undefined), ...RECORDED_STEP_CODES];

export function actionCode(step: NextStep): ActionCode {
  return step.kind === "MOVE" ? step.from : step.code;
}

function openRecordedStep(facts: CandidateFacts): RecordedStep | undefined {
  return stageModule(facts.stage)?.recorded?.find((s) => s.open(facts));
}

/** A step still to record in the stage comes before the move out of it (the conversion's resolution before its decision). */
export function nextStepOf(facts: CandidateFacts): NextStep | null {
  const recorded = openRecordedStep(facts);
  if (recorded) return { kind: "RECORD", code: recorded.code };
  const to = nextStage(facts.stage, facts.unit);
  return to ? { kind: "MOVE", from: facts.stage, to } : null;
}

/** Codes that only say "fill in this field of the step's form" (the step's module lists them) or "this date comes first". */
function askedByTheForm(stage: StageCode, step: Pick<RecordedStep, "formFieldCodes"> | undefined, r: Reason): boolean {
  if (r.code === "DATE_BEFORE_PREVIOUS_STEP") return true;
  if ((step ?? stageModule(stage)?.exit)?.formFieldCodes?.includes(r.code)) return true;
  if (step) return false;
  // A paper the step's own form records (the certified verification, the introductions…).
  return r.code === "PAPER_MISSING" && papersRecordedByForm(stage).some((code) => code === r.params?.item);
}

/**
 * The next step and what it still lacks if it were taken today, less what its form asks for anyway:
 * the same preview as the candidate page's "Còn thiếu cho bước tiếp theo".
 */
export function nextStepPreview(facts: CandidateFacts, today: IsoDate, holidays: ReadonlySet<IsoDate>): { step: NextStep | null; missing: Reason[] } {
  const step = nextStepOf(facts);
  if (!step) return { step, missing: [] };
  const recorded = openRecordedStep(facts);
  const check =
    step.kind === "RECORD"
      ? checkRecordedStep(facts, step.code, { date: today }, today, holidays)
      : checkTransition(facts, { to: step.to, date: today }, today, holidays);
  return { step, missing: check.ok ? [] : check.missing.filter((r) => !askedByTheForm(facts.stage, recorded, r)) };
}

/**
 * How soon something must happen: a deadline passed; one within the window; a next step with
 * nothing due that soon (undated, or a deadline further off); or a period still running beyond
 * the window, until whose end the next step cannot be taken.
 */
export type Urgency = "OVERDUE" | "DUE" | "WAITING" | "LATER";

export const URGENCIES: readonly Urgency[] = ["OVERDUE", "DUE", "WAITING", "LATER"];

/**
 * Deadlines that end a period rather than ask for an act: until probation is over the branch cannot
 * vote the conversion, so a member months from its end has nothing to do yet and waits behind
 * those who could move now. A validity (the certificate's) is no such period: the step can be taken
 * before it runs out.
 */
const PERIOD_ENDS: ReadonlySet<DeadlineKind> = new Set(["PROBATION_END"]);

/** The deadline that falls first (the one that decides how urgent the candidate is), or null. */
export function firstDeadline(deadlines: readonly Deadline[]): Deadline | null {
  return deadlines.reduce<Deadline | null>((first, d) => (!first || d.dueDate < first.dueDate ? d : first), null);
}

/** What a candidate's place in the list depends on. */
export interface Rank {
  urgency: Urgency;
  /** The first deadline's date (null: the stage runs none). */
  dueDate: IsoDate | null;
  /** Since when the candidate has been in their stage: the longest waiting come first among those with nothing due. */
  stageSince: IsoDate;
}

function urgencyOf(first: Deadline | null, withinDays: number): Urgency {
  if (!first) return "WAITING";
  if (first.overdue) return "OVERDUE";
  if (first.daysLeft <= withinDays) return "DUE";
  return PERIOD_ENDS.has(first.kind) ? "LATER" : "WAITING";
}

/** A deadline due today is due, not overdue; one beyond the window leaves the candidate waiting for their next step (or for the period to end). */
export function rankOf(deadlines: readonly Deadline[], stageSince: IsoDate, withinDays: number): Rank {
  const first = firstDeadline(deadlines);
  return { urgency: urgencyOf(first, withinDays), dueDate: first?.dueDate ?? null, stageSince };
}

const byDate = (a: IsoDate, b: IsoDate) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Most urgent first: overdue deadlines, then deadlines within the window, both by date; then the
 * candidates waiting for their next step, longest waiting first; then those in a period that ends
 * later, by its end. 0 when equally urgent (the caller then orders by name).
 */
export function compareRank(a: Rank, b: Rank): number {
  const byUrgency = URGENCIES.indexOf(a.urgency) - URGENCIES.indexOf(b.urgency);
  if (byUrgency) return byUrgency;
  if (a.urgency !== "WAITING" && a.dueDate && b.dueDate && a.dueDate !== b.dueDate) return byDate(a.dueDate, b.dueDate);
  return byDate(a.stageSince, b.stageSince);
}

export interface NextAction extends Rank {
  step: NextStep | null;
  missing: Reason[];
  /** The stage's deadlines, soonest first. */
  deadlines: Deadline[];
  /** Days in the current stage. */
  waitingDays: number;
}

/** What needs doing next for one candidate; null once they have left the pipeline (official, dropped, struck off). */
export function nextAction(facts: CandidateFacts, today: IsoDate, holidays: ReadonlySet<IsoDate>, withinDays: number): NextAction | null {
  if (isTerminal(facts.stage)) return null;
  const deadlines = [...candidateDeadlines(facts, today, holidays)].sort((a, b) => byDate(a.dueDate, b.dueDate));
  return {
    ...rankOf(deadlines, facts.stageSince, withinDays),
    ...nextStepPreview(facts, today, holidays),
    deadlines,
    waitingDays: Math.max(0, daysBetween(facts.stageSince, today)),
  };
}
