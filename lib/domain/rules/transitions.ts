import { RECORDED_STEPS, stageModule } from "../pipeline/registry";
import type { RecordedStepCode, StepContext } from "../pipeline/step-module";
import { isTerminal } from "../stages";
import type { IsoDate } from "./dates";
import { missingPapersOf } from "./dossier";
import type { DossierCode } from "./dossier-items";
import type { CandidateFacts, Reason, ReasonCode, TransitionInput } from "./facts";
import { moveKind, nextStage } from "./flow";
import { ruleSetByCode } from "./rule-sets";
import { checkStepDatesNotInFuture } from "./step-dates";

export { checkAwarenessTestPassed } from "../pipeline/stages/awareness-test";

export type TransitionCheck = { ok: true; warnings: Reason[] } | { ok: false; missing: Reason[]; warnings: Reason[] };

/**
 * Papers whose absence a rule of the step already names in its own words: the certificate (A1), the
 * verification (A3), the introducers and the union route (A4, A5), the opinions summary (A6), the
 * partial committee's appraisal (B2). The paper is then listed once, by that rule.
 */
const NAMED_BY: Partial<Record<string, ReasonCode>> = {
  A1: "CERTIFICATE_MISSING",
  A3: "VERIFICATION_INCOMPLETE",
  A4: "INTRODUCERS_INSUFFICIENT",
  A5: "YOUTH_UNION_RESOLUTION_REQUIRED",
  A6: "OPINIONS_SUMMARY_MISSING",
  B2: "PARTIAL_APPRAISAL_MISSING",
};

/** HD 12-HD/BTCTW 2022: the dossier papers the step needs, less those another unmet rule already names. */
function checkPapers(c: StepContext, required: readonly DossierCode[], recordedByStep: readonly DossierCode[], named: readonly Reason[]): Reason[] {
  const { facts, input } = c;
  const codes = new Set(named.map((r) => r.code));
  return missingPapersOf(required, facts, facts.papers ?? [], input, recordedByStep).filter((r) => {
    const by = NAMED_BY[String(r.params?.item)];
    return !(by && codes.has(by));
  });
}

/**
 * Whether a move may happen, and if not, everything that is missing. `today` bounds the dates
 * (nothing is recorded in the future); the step's date may not precede the current stage's date.
 */
export function checkTransition(facts: CandidateFacts, input: TransitionInput, today: IsoDate, holidays: ReadonlySet<IsoDate>): TransitionCheck {
  const rules = ruleSetByCode(facts.ruleSetCode);
  if (isTerminal(facts.stage)) return { ok: false, missing: [{ code: "TERMINAL_STAGE" }], warnings: [] };
  if (input.to === facts.stage) return { ok: false, missing: [{ code: "NOT_A_MOVE" }], warnings: [] };
  const kind = moveKind(facts.stage, input.to, facts.unit);
  if (!kind) {
    const expected = nextStage(facts.stage, facts.unit);
    return { ok: false, missing: [{ code: "STAGE_SKIPPED", params: { expected: expected ?? "" } }], warnings: [] };
  }
  const missing: Reason[] = [];
  if (input.date > today) missing.push({ code: "DATE_IN_FUTURE" });
  if (input.date < facts.stageSince) missing.push({ code: "DATE_BEFORE_PREVIOUS_STEP", params: { previous: facts.stageSince } });
  if (kind !== "FORWARD") {
    if (!input.reason?.trim()) missing.push({ code: "REASON_REQUIRED" });
    return missing.length ? { ok: false, missing, warnings: [] } : { ok: true, warnings: [] };
  }
  missing.push(...checkStepDatesNotInFuture(input, today));
  const context: StepContext = { facts, input, rules, holidays };
  const exit = stageModule(facts.stage)?.exit;
  const own = exit?.requires(context) ?? [];
  missing.push(...own, ...checkPapers(context, exit?.papersRequired ?? [], exit?.papersRecorded?.(input) ?? [], own));
  const warnings = exit?.warnings?.(context) ?? [];
  return missing.length ? { ok: false, missing, warnings } : { ok: true, warnings };
}

/**
 * Whether a step recorded without leaving the stage (the conversion's branch resolution…) may be
 * recorded now, and if not, everything that is missing: the same date rules as a move, the step's
 * own rules and the papers it needs.
 */
export function checkRecordedStep(
  facts: CandidateFacts,
  code: RecordedStepCode,
  input: Omit<TransitionInput, "to">,
  today: IsoDate,
  holidays: ReadonlySet<IsoDate>,
): TransitionCheck {
  const entry = RECORDED_STEPS.get(code);
  if (!entry || facts.stage !== entry.stage) return { ok: false, missing: [{ code: "NOT_A_MOVE" }], warnings: [] };
  if (!entry.step.open(facts)) return { ok: false, missing: [{ code: "STEP_ALREADY_RECORDED" }], warnings: [] };
  const missing: Reason[] = [];
  if (input.date > today) missing.push({ code: "DATE_IN_FUTURE" });
  if (input.date < facts.stageSince) missing.push({ code: "DATE_BEFORE_PREVIOUS_STEP", params: { previous: facts.stageSince } });
  const context: StepContext = { facts, input: { ...input, to: facts.stage }, rules: ruleSetByCode(facts.ruleSetCode), holidays };
  const own = entry.step.requires(context);
  missing.push(...own, ...checkPapers(context, entry.step.papersRequired ?? [], [], own));
  return missing.length ? { ok: false, missing, warnings: [] } : { ok: true, warnings: [] };
}
