import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { canWrite } from "@/lib/auth/scope-rules";
import { appendEvent, lockCandidate, updateCandidateIfVersion } from "@/lib/db/candidates";
import { loadHolidays } from "@/lib/db/holidays";
import { loadPipelineFacts } from "@/lib/db/pipeline-facts";
import { dbFor } from "@/lib/db/scoped";
import { RECORDED_STEPS } from "@/lib/domain/pipeline/registry";
import { ruleSetByCode } from "@/lib/domain/rules/rule-sets";
import { checkRecordedStep } from "@/lib/domain/rules/transitions";
import { conflict, forbidden, notFound } from "@/lib/errors";
import { todayVn } from "@/lib/time";
import { zId } from "@/lib/validation/common";
import { msg } from "@/lib/validation/messages";
import { parseOrThrow } from "@/lib/validation/parse";
import { ZRecordedStep } from "@/lib/validation/transition";
import { getCandidate } from "../candidates/get-candidate";
import { writeStepRecords } from "./record-step";
import { mayRecordRecordedStep } from "./step-permissions";
import { markRollReasons } from "./roll-hint";
import { refused } from "./transition-candidate";

/**
 * Records a step that keeps the candidate in their stage (the conversion's branch resolution,
 * 13-KNĐ): its rules and papers from the stage's module, its records, the version bump and a RECORD
 * history event in one transaction; a refusal changes nothing.
 */
export async function recordStageStep({ actor, id, input, today = todayVn() }: { actor: Actor; id: string; input: unknown; today?: string }) {
  if (!zId.safeParse(id).success) throw notFound();
  const data = parseOrThrow(ZRecordedStep, input);
  const step = RECORDED_STEPS.get(data.step)!.step;
  if (!mayRecordRecordedStep(actor.role, step)) throw forbidden();
  await dbFor(actor.scope).$transaction(async (tx) => {
    const current = await lockCandidate(tx, id);
    if (!current) throw notFound();
    if (!canWrite(actor.scope, current.unitId)) throw forbidden();
    if (current.version !== data.version) throw conflict("STALE_VERSION", [{ path: "version", message: msg("staleVersion") }]);
    const loaded = await loadPipelineFacts(tx, id, { on: data.date });
    if (!loaded) throw notFound();
    const holidays = await loadHolidays(tx);
    const { step: code, version, ...fields } = data;
    const check = checkRecordedStep(loaded.facts, code, fields, today, holidays);
    if (!check.ok) throw refused(markRollReasons(actor, loaded.chain, "branch", check.missing));
    const records = step.records({
      facts: loaded.facts,
      input: { ...fields, to: loaded.facts.stage },
      rules: ruleSetByCode(loaded.facts.ruleSetCode),
      holidays,
    });
    await writeStepRecords(tx, id, loaded.chain, records);
    if (!(await updateCandidateIfVersion(tx, id, version, {}))) throw conflict("STALE_VERSION", [{ path: "version", message: msg("staleVersion") }]);
    await appendEvent(tx, {
      candidateId: id,
      actorId: actor.userId,
      kind: step.historyKind,
      reason: null,
      changes: JSON.parse(JSON.stringify({ step: { from: null, to: code }, ...fields })),
    });
  });
  return getCandidate({ actor, id });
}
