import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { canWrite } from "@/lib/auth/scope-rules";
import { appendEvent, decisionNumberTaken, lockCandidate, updateCandidateIfVersion } from "@/lib/db/candidates";
import { dbFor } from "@/lib/db/scoped";
import { uniqueViolationIndex } from "@/lib/db/errors";
import { loadHolidays } from "@/lib/db/holidays";
import { loadPipelineFacts } from "@/lib/db/pipeline-facts";
import type { Reason } from "@/lib/domain/rules/facts";
import { moveKind } from "@/lib/domain/rules/flow";
import { checkTransition } from "@/lib/domain/rules/transitions";
import { AppError, conflict, forbidden, notFound } from "@/lib/errors";
import { fromIsoDate, todayVn } from "@/lib/time";
import { zId } from "@/lib/validation/common";
import { msg } from "@/lib/validation/messages";
import { parseOrThrow } from "@/lib/validation/parse";
import { ZTransition } from "@/lib/validation/transition";
import { getCandidate } from "../candidates/get-candidate";
import { recordStep } from "./record-step";
import { mayRecordStep } from "./step-permissions";

export const reasonMessage = (r: Reason) => msg(`rules.${r.code}`, r.params ?? {});

function decisionTaken(): AppError {
  return conflict("DECISION_NUMBER_TAKEN", [{ path: "decisionNumber", message: msg("decisionNumberTaken") }]);
}

/**
 * Moves a candidate: forward one stage with the step's own fields, back with a reason, or out.
 * One transaction locks the row, checks the version and every rule, writes the step's records,
 * the new stage and a history event; a refusal changes nothing.
 */
export async function transitionCandidate({ actor, id, input, today = todayVn() }: { actor: Actor; id: string; input: unknown; today?: string }) {
  if (!zId.safeParse(id).success) throw notFound();
  const data = parseOrThrow(ZTransition, input);
  const warnings = await dbFor(actor.scope)
    .$transaction(async (tx) => {
      const current = await lockCandidate(tx, id);
      if (!current) throw notFound();
      if (!canWrite(actor.scope, current.unitId) || !mayRecordStep(actor.role, current.stage, data.to)) throw forbidden();
      if (current.version !== data.version) throw conflict("STALE_VERSION", [{ path: "version", message: msg("staleVersion") }]);
      const loaded = await loadPipelineFacts(tx, id);
      if (!loaded) throw notFound();
      const holidays = await loadHolidays(tx);
      // A class named by id is looked up through the scope: one the caller cannot see does not exist.
      const course = data.courseId ? await tx.course.findUnique({ where: { id: data.courseId }, select: { kind: true, startDate: true } }) : null;
      if (data.courseId && !course) throw notFound();
      const check = checkTransition(
        loaded.facts,
        { ...data, course: course ? { kind: course.kind, startDate: course.startDate.toISOString().slice(0, 10) } : null, introducers: data.introducers?.map((i) => ({ ...i })) ?? null },
        today,
        holidays,
      );
      if (!check.ok) throw new AppError("TRANSITION_NOT_ALLOWED", "TRANSITION_NOT_ALLOWED", check.missing.map((r) => ({ path: "", message: reasonMessage(r) })));
      if (data.decisionNumber && (current.stage === "SUPERIOR_DECISION" || current.stage === "PROBATION")) {
        const kind = current.stage === "SUPERIOR_DECISION" ? "ADMISSION" : "CONVERSION";
        const unitId = loaded.chain.superiorId ?? loaded.chain.grassrootsId ?? loaded.chain.branchId;
        if (await decisionNumberTaken(tx, unitId, kind, data.decisionNumber)) throw decisionTaken();
      }
      const columns = moveKind(current.stage, data.to, loaded.facts.unit) === "FORWARD" ? await recordStep(tx, { candidateId: id, from: current.stage, input: data, facts: loaded.facts, chain: loaded.chain }) : {};
      const moved = await updateCandidateIfVersion(tx, id, data.version, {
        ...columns,
        stage: data.to,
        stageSince: fromIsoDate(data.date),
        exitReason: data.to === "DROPPED" || data.to === "STRUCK_OFF" ? data.reason : null,
      });
      if (!moved) throw conflict("STALE_VERSION", [{ path: "version", message: msg("staleVersion") }]);
      const { version: _version, ...fields } = data;
      void _version;
      await appendEvent(tx, { candidateId: id, actorId: actor.userId, kind: "TRANSITION", fromStage: current.stage, toStage: data.to, reason: data.reason, changes: JSON.parse(JSON.stringify(fields)) });
      return check.warnings;
    })
    .catch((error) => {
      if (uniqueViolationIndex(error)?.includes("number")) throw decisionTaken();
      throw error;
    });
  return { candidate: await getCandidate({ actor, id }), warnings: warnings.map((w) => ({ code: w.code, params: w.params ?? {} })) };
}
