import { STAGE_MODULES, stageModule } from "../pipeline/registry";
import type { StageModule } from "../pipeline/step-module";
import { isTerminal, stageIndex, type StageCode } from "../stages";
import { DOSSIER_ITEMS, formOf, type DossierCode, type DossierStatus } from "./dossier-items";
import type { IsoDate } from "./dates";
import { inYouthUnionRoute } from "./eligibility";
import type { CandidateFacts, Reason, TransitionInput } from "./facts";
import { ruleSetByCode } from "./rule-sets";

export { DOSSIER_ITEMS, type DossierCode, type DossierStatus } from "./dossier-items";

export interface RecordedItem {
  code: string;
  status: DossierStatus;
  number: string | null;
  date: string | null;
  note: string | null;
  /** The paper's version on record (0 or absent: not recorded yet): an edit names it. */
  version?: number;
}

export interface ChecklistItem extends RecordedItem {
  code: DossierCode;
  form: string;
  /** Needed now, given the candidate's stage. */
  dueNow: boolean;
}

type ApplyFacts = Pick<CandidateFacts, "unit" | "introducers" | "birthDate" | "ruleSetCode">;

/**
 * QĐ 294 §3.2, HD 12-HD/BTCTW 2022: the union resolution (4-KNĐ / 4A-KNĐ) belongs to the file on the
 * union route: a Youth Union or Trade Union introduction is recorded, or the candidate is of Youth
 * Union age (rule set's youthUnionAge, in whole years on `on`) in a unit with a Youth Union.
 */
export function onUnionRoute(facts: ApplyFacts, on: IsoDate, introducers: CandidateFacts["introducers"] = facts.introducers): boolean {
  if (introducers.some((i) => i.kind !== "PARTY_MEMBER")) return true;
  return inYouthUnionRoute(facts, on, ruleSetByCode(facts.ruleSetCode));
}

/**
 * Why a conditional paper is not in this candidate's file (HD 12-HD/BTCTW 2022): the union
 * resolution belongs only to the union route, the partial committee's appraisal only where one
 * exists, the grassroots committee's resolution only for a branch under a grassroots committee.
 */
export type NotApplicableReason =
  { code: "UNION_ROUTE_ONLY"; params: { minAge: number; maxAge: number } } | { code: "PARTIAL_COMMITTEE_ONLY" } | { code: "UNDER_GRASSROOTS_COMMITTEE_ONLY" };

/** Why an item does not belong to this candidate's file, or null when it does. */
export function notApplicableReason(code: DossierCode, facts: ApplyFacts, on: IsoDate): NotApplicableReason | null {
  if (code === "A5") {
    const { min, max } = ruleSetByCode(facts.ruleSetCode).youthUnionAge;
    return onUnionRoute(facts, on) ? null : { code: "UNION_ROUTE_ONLY", params: { minAge: min, maxAge: max } };
  }
  // 7-KNĐ and 14-KNĐ: only where a partial committee (đảng bộ bộ phận) appraises the branch's resolution.
  if (code === "B2" || code === "C6") return facts.unit.partialCommitteeExists ? null : { code: "PARTIAL_COMMITTEE_ONLY" };
  // 8-KNĐ and 15-KNĐ: only for a branch under a grassroots committee; a grassroots branch's own resolution goes up.
  if (code === "B3" || code === "C7") return facts.unit.kind === "BRANCH" ? null : { code: "UNDER_GRASSROOTS_COMMITTEE_ONLY" };
  return null;
}

/** Whether an item belongs to this candidate's file at all (HD 12-HD/BTCTW 2022, conditional items). */
export function applies(code: DossierCode, facts: ApplyFacts, on: IsoDate): boolean {
  return notApplicableReason(code, facts, on) === null;
}

/**
 * The papers that must be in the file before a stage's steps (HD 12-HD/BTCTW 2022), as the stage
 * modules declare them: the application and the certified background form before the verification
 * is certified, the six A-items before the branch votes, the branch's, partial committee's and
 * grassroots committee's papers before the file goes up, the conversion file (C1–C4) before the
 * branch votes on the conversion, and the conversion's appraisals before the decision.
 */
function papersTable(withRecordedSteps: boolean): Partial<Record<StageCode, readonly DossierCode[]>> {
  return Object.fromEntries(
    Object.values(STAGE_MODULES).flatMap((m: StageModule) => {
      const codes = [...(withRecordedSteps ? (m.recorded ?? []).flatMap((r) => r.papersRequired ?? []) : []), ...(m.exit?.papersRequired ?? [])];
      return codes.length ? [[m.stage, codes]] : [];
    }),
  );
}

/** The papers needed to leave each stage forward. */
export const PAPERS_TO_LEAVE = papersTable(false);
/** The papers needed by any step of each stage (leaving it, or a step recorded in it): what is due by then. */
const PAPERS_IN_STAGE = papersTable(true);

/**
 * Papers the app's own records already prove, so nobody enters them twice: the class's certificate
 * (A1), the certified verification (A3), the recorded introductions (A4, A5) and opinions summary
 * (A6), the resolutions and decisions recorded by the steps (B1, B3, B4, C5).
 */
export function papersFromRecords(facts: CandidateFacts): DossierCode[] {
  const held: [DossierCode, unknown][] = [
    ["A1", facts.awareness?.certificateDate],
    ["A3", facts.verification?.certifiedOn],
    ["A4", facts.introducers.some((i) => i.kind === "PARTY_MEMBER")],
    ["A5", facts.introducers.some((i) => i.kind !== "PARTY_MEMBER")],
    ["A6", facts.opinionsSummaryDate],
    ["B1", facts.branchResolution],
    ["B3", facts.grassrootsResolution],
    ["B4", facts.admissionDecision],
    ["C5", facts.conversionBranchResolution],
  ];
  return held.filter(([, value]) => Boolean(value)).map(([code]) => code);
}

/** Papers the typed step records itself (the certified verification, the introductions…), from the stage's module. */
export function papersFromStep(from: StageCode, input: Partial<TransitionInput>): DossierCode[] {
  return stageModule(from)?.exit?.papersRecorded?.(input) ?? [];
}

/** The papers the move could record, whatever is typed into its form: the preview leaves them to the form. */
export function papersRecordedByForm(from: StageCode): readonly DossierCode[] {
  return stageModule(from)?.exit?.papersRecordedByForm ?? [];
}

/** Codes of the papers marked received or checked on the checklist. */
export function papersReceived(recorded: readonly { code: string; status: DossierStatus }[]): string[] {
  return recorded.filter((r) => r.status !== "MISSING").map((r) => r.code);
}

/**
 * Each applicable paper required to leave `stage` that is neither on the checklist (received or
 * checked), nor proven by the app's records, nor recorded by the move itself: one reason per paper.
 */
export function missingPapers(
  stage: StageCode,
  facts: CandidateFacts,
  recorded: readonly { code: string; status: DossierStatus }[],
  input: Partial<TransitionInput> & { date: IsoDate },
): Reason[] {
  return missingPapersOf(PAPERS_TO_LEAVE[stage] ?? [], facts, recorded, input, papersFromStep(stage, input));
}

/**
 * Each applicable paper of `required` that is neither on the checklist (received or checked), nor
 * proven by the app's records, nor recorded by the step itself: one reason per paper. `input.date`
 * is the step's date (the union route counts the age on it).
 */
export function missingPapersOf(
  required: readonly DossierCode[],
  facts: CandidateFacts,
  recorded: readonly { code: string; status: DossierStatus }[],
  input: Partial<TransitionInput> & { date: IsoDate },
  recordedByStep: readonly DossierCode[] = [],
): Reason[] {
  const held = new Set<string>([...papersReceived(recorded), ...papersFromRecords(facts), ...recordedByStep]);
  const introducers = input.introducers ?? facts.introducers;
  const applicable = (code: DossierCode) => (code === "A5" ? onUnionRoute(facts, input.date, introducers) : applies(code, facts, input.date));
  return required.filter((code) => applicable(code) && !held.has(code)).map((code) => ({ code: "PAPER_MISSING", params: { item: code, form: formOf(code) } }));
}

/** The first stage whose exit needs the item, or null when no move waits for it. */
function neededToLeave(code: DossierCode): StageCode | null {
  const entry = Object.entries(PAPERS_IN_STAGE).find(([, codes]) => codes.includes(code));
  return (entry?.[0] as StageCode | undefined) ?? null;
}

/** Items that must be in the file by the time the candidate is in `stage`. */
function dueBy(code: DossierCode, stage: StageCode): boolean {
  const at = stageIndex(stage);
  // A closed file (official, dropped, struck off) has nothing left to do.
  if (at < 0 || isTerminal(stage)) return false;
  const needed = neededToLeave(code);
  if (needed) return at >= stageIndex(needed) || (code === "A1" && at >= stageIndex("DOSSIER"));
  if (code.startsWith("B")) return at >= stageIndex("SUPERIOR_DECISION");
  return at >= stageIndex("PROBATION");
}

/** A conditional paper this candidate's file does not need, and why. */
export interface ExcludedItem {
  code: DossierCode;
  form: string;
  reason: NotApplicableReason;
}

/** The date the union route's age is counted on: the branch vote's, or `today` until the vote is recorded. */
function applyOn(facts: Pick<CandidateFacts, "branchResolution">, today: IsoDate): IsoDate {
  return facts.branchResolution?.date ?? today;
}

/**
 * The papers left out of the checklist, each with the reason, in form order: shown greyed as "not
 * applicable" so that the numbering does not jump (A4 → A6) without a word.
 */
export function excludedPapers(facts: ApplyFacts & Pick<CandidateFacts, "branchResolution">, today: IsoDate): ExcludedItem[] {
  const on = applyOn(facts, today);
  return DOSSIER_ITEMS.flatMap((item) => {
    const reason = notApplicableReason(item.code, facts, on);
    return reason ? [{ code: item.code, form: item.form, reason }] : [];
  });
}

/**
 * The checklist as the secretary sees it. `today` stands in for the branch vote's date until the
 * vote is recorded (the Youth Union age of the union route is counted on it).
 */
export function dossierChecklist(
  facts: ApplyFacts & Pick<CandidateFacts, "stage" | "branchResolution">,
  recorded: RecordedItem[],
  today: IsoDate,
): ChecklistItem[] {
  const on = applyOn(facts, today);
  const byCode = new Map(recorded.map((r) => [r.code, r]));
  return DOSSIER_ITEMS.filter((item) => applies(item.code, facts, on)).map((item) => {
    const r = byCode.get(item.code);
    return {
      code: item.code,
      form: item.form,
      status: r?.status ?? "MISSING",
      number: r?.number ?? null,
      date: r?.date ?? null,
      note: r?.note ?? null,
      version: r?.version ?? 0,
      dueNow: dueBy(item.code, facts.stage),
    };
  });
}
