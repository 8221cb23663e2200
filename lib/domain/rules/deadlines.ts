import { stageModule } from "../pipeline/registry";
import { addDays, type IsoDate } from "./dates";
import type { CandidateFacts, Reason } from "./facts";
import { ruleSetByCode, type RuleSet } from "./rule-sets";
import { cappedExtension, type Deadline, type ExtensionKind } from "./deadline";

export {
  admissionDecisionExtension,
  cappedExtension,
  conversionDecisionExtension,
  DEADLINE_KINDS,
  DEADLINE_RULES,
  extensionInForce,
  translateRuleRef,
  type Deadline,
  type DeadlineKind,
  type DeadlineRule,
  type DeadlineRuleCode,
  type ExtensionKind,
} from "./deadline";
export { admissionDecisionDue } from "../pipeline/shared-rules";

/** The deadlines that run for a candidate in their current stage, as the stage's module declares them. */
export function candidateDeadlines(facts: CandidateFacts, today: IsoDate, holidays: ReadonlySet<IsoDate>): Deadline[] {
  return stageModule(facts.stage)?.deadlines?.({ facts, today, rules: ruleSetByCode(facts.ruleSetCode), holidays }) ?? [];
}

/** Deadlines that are overdue or fall within `withinDays` of today. */
export function openDeadlines(facts: CandidateFacts, today: IsoDate, holidays: ReadonlySet<IsoDate>, withinDays: number): Deadline[] {
  const horizon = addDays(today, withinDays);
  return candidateDeadlines(facts, today, holidays).filter((d) => d.dueDate <= horizon);
}

/** Flags of the candidate's stage that are no deadline (three failed conversion votes). */
export function candidateFlags(facts: CandidateFacts, today: IsoDate, holidays: ReadonlySet<IsoDate>): Reason[] {
  return stageModule(facts.stage)?.flags?.({ facts, today, rules: ruleSetByCode(facts.ruleSetCode), holidays }) ?? [];
}

/** The decision the candidate waits for in their stage, whose deadline an extension moves (null: none). */
export function awaitedDecision(facts: CandidateFacts): ExtensionKind | null {
  return stageModule(facts.stage)?.awaits?.(facts) ?? null;
}

/** An extension is recorded while its decision is awaited, and never beyond the rule set's maximum. */
export function checkDecisionExtension(facts: CandidateFacts, kind: ExtensionKind, days: number, rules: RuleSet): Reason[] {
  if (awaitedDecision(facts) !== kind) return [{ code: "EXTENSION_NOT_WAITING" }];
  const max = cappedExtension(kind, Number.MAX_SAFE_INTEGER, rules);
  return days > max ? [{ code: "EXTENSION_TOO_LONG", params: { max } }] : [];
}
