import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { canWrite } from "@/lib/auth/scope-rules";
import { appendEvent, decisionNumberTaken, lockCandidate, updateCandidateIfVersion } from "@/lib/db/candidates";
import { dbFor, type ScopedTx } from "@/lib/db/scoped";
import { uniqueViolationIndex } from "@/lib/db/errors";
import { loadHolidays } from "@/lib/db/holidays";
import { loadPipelineFacts, type ChainUnits } from "@/lib/db/pipeline-facts";
import { stageModule } from "@/lib/domain/pipeline/registry";
import { ruleSetByCode } from "@/lib/domain/rules/rule-sets";
import type { Reason } from "@/lib/domain/rules/facts";
import { moveKind } from "@/lib/domain/rules/flow";
import { checkTransition } from "@/lib/domain/rules/transitions";
import { rollBodyOfStage } from "@/lib/domain/unit-rules";
import { AppError, conflict, forbidden, notFound } from "@/lib/errors";
import { fromIsoDate, todayVn, toIsoDate } from "@/lib/time";
import { zId } from "@/lib/validation/common";
import { msg } from "@/lib/validation/messages";
import { parseOrThrow } from "@/lib/validation/parse";
import { ZTransition, type TTransition } from "@/lib/validation/transition";
import { getCandidate } from "../candidates/get-candidate";
import { writeStepRecords } from "./record-step";
import { markRollReasons } from "./roll-hint";
import { mayRecordStep } from "./step-permissions";

export const reasonMessage = (r: Reason) => msg(`rules.${r.code}`, r.params ?? {});

/** A refused step: each unmet rule with its stable code, so that API clients need not parse words. */
export function refused(reasons: readonly Reason[]): AppError {
  return new AppError(
    "TRANSITION_NOT_ALLOWED",
    "TRANSITION_NOT_ALLOWED",
    reasons.map((r) => ({ path: "", code: r.code, message: reasonMessage(r) })),
  );
}

/**
 * The deciding committee's acts (the admission and the conversion decisions) are recorded by that
 * committee's staff or by those above it, never by a committee below the decider.
 */
export function mayActForDecider(actor: Actor, chain: ChainUnits): boolean {
  if (actor.scope.everything) return true;
  const home = chain.path.indexOf(actor.unitId);
  return home >= 0 && home <= chain.path.indexOf(chain.deciderId);
}

function decisionTaken(): AppError {
  return conflict("DECISION_NUMBER_TAKEN", [{ path: "decisionNumber", message: msg("decisionNumberTaken") }]);
}

/**
 * One move inside the caller's transaction: locks the row, checks the version and every rule,
 * writes the step's records, the new stage and a history event. Shared by the move itself and by
 * steps that move a candidate as a consequence (a passed awareness test), so both are all or nothing.
 */
export async function moveCandidate(tx: ScopedTx, actor: Actor, id: string, data: TTransition, today: string): Promise<Reason[]> {
  const current = await lockCandidate(tx, id);
  if (!current) throw notFound();
  if (!canWrite(actor.scope, current.unitId) || !mayRecordStep(actor.role, current.stage, data.to)) throw forbidden();
  if (current.version !== data.version) throw conflict("STALE_VERSION", [{ path: "version", message: msg("staleVersion") }]);
  // The vote of the step counts against the roll in force on the step's date.
  const loaded = await loadPipelineFacts(tx, id, { on: data.date });
  if (!loaded) throw notFound();
  const holidays = await loadHolidays(tx);
  // A class named by id is looked up through the scope: one the caller cannot see does not exist.
  const course = data.courseId ? await tx.course.findUnique({ where: { id: data.courseId }, select: { kind: true, startDate: true, endDate: true } }) : null;
  if (data.courseId && !course) throw notFound();
  const stepInput = {
    ...data,
    course: course ? { kind: course.kind, startDate: toIsoDate(course.startDate), endDate: toIsoDate(course.endDate) } : null,
    introducers: data.introducers ?? null,
  };
  const check = checkTransition(loaded.facts, stepInput, today, holidays);
  if (!check.ok) throw refused(markRollReasons(actor, loaded.chain, rollBodyOfStage(current.stage), check.missing));
  const forward = moveKind(current.stage, data.to, loaded.facts.unit) === "FORWARD";
  const exit = forward ? stageModule(current.stage)?.exit : undefined;
  if (exit?.decidersAct && !mayActForDecider(actor, loaded.chain)) throw refused([{ code: "NOT_THE_DECIDING_COMMITTEE" }]);
  const records = exit?.records({ facts: loaded.facts, input: stepInput, rules: ruleSetByCode(loaded.facts.ruleSetCode), holidays }) ?? [];
  for (const r of records) {
    if (r.kind === "decision" && (await decisionNumberTaken(tx, loaded.chain.deciderId, r.decision, r.number))) throw decisionTaken();
  }
  const columns = await writeStepRecords(tx, id, loaded.chain, records);
  const moved = await updateCandidateIfVersion(tx, id, data.version, {
    ...columns,
    stage: data.to,
    stageSince: fromIsoDate(data.date),
    exitReason: data.to === "DROPPED" || data.to === "STRUCK_OFF" ? data.reason : null,
  });
  if (!moved) throw conflict("STALE_VERSION", [{ path: "version", message: msg("staleVersion") }]);
  const { version: _version, ...fields } = data;
  void _version;
  await appendEvent(tx, {
    candidateId: id,
    actorId: actor.userId,
    kind: "TRANSITION",
    fromStage: current.stage,
    toStage: data.to,
    reason: data.reason,
    changes: JSON.parse(JSON.stringify(fields)),
  });
  return check.warnings;
}

/** A decision number taken in a race the pre-check could not see: the same answer as the pre-check. */
export function rethrowDecisionTaken(error: unknown): never {
  if (uniqueViolationIndex(error)?.includes("number")) throw decisionTaken();
  throw error;
}

/**
 * Moves a candidate: forward one stage with the step's own fields, back with a reason, or out, in
 * one transaction; a refusal changes nothing.
 */
export async function transitionCandidate({ actor, id, input, today = todayVn() }: { actor: Actor; id: string; input: unknown; today?: string }) {
  if (!zId.safeParse(id).success) throw notFound();
  const data = parseOrThrow(ZTransition, input);
  const warnings = await dbFor(actor.scope)
    .$transaction((tx) => moveCandidate(tx, actor, id, data, today))
    .catch(rethrowDecisionTaken);
  return { candidate: await getCandidate({ actor, id }), warnings: warnings.map((w) => ({ code: w.code, params: w.params ?? {} })) };
}
