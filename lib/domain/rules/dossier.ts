import { stageIndex, type StageCode } from "../stages";
import { wholeMonthsBetween, type IsoDate } from "./dates";
import type { CandidateFacts, Reason, TransitionInput } from "./facts";
import { ruleSetByCode } from "./rule-sets";

/**
 * The dossier checklist (HD 12-HD/BTCTW 2022): A-items before the branch vote, B-items from the
 * vote on, C-items for the conversion. Conditional items appear only where they apply.
 */
export const DOSSIER_ITEMS = [
  { code: "A1", form: "GCN" },
  { code: "A2", form: "1-KNĐ" },
  { code: "A3", form: "2-KNĐ" },
  { code: "A4", form: "3-KNĐ" },
  { code: "A5", form: "4-KNĐ / 4A-KNĐ" },
  { code: "A6", form: "5-KNĐ" },
  { code: "B1", form: "6-KNĐ" },
  { code: "B2", form: "7-KNĐ" },
  { code: "B3", form: "8-KNĐ" },
  { code: "B4", form: "9-KNĐ" },
  { code: "B5", form: "LLĐV" },
  { code: "B6", form: "PĐV" },
  { code: "C1", form: "GCN" },
  { code: "C2", form: "10-KNĐ" },
  { code: "C3", form: "11-KNĐ" },
  { code: "C4", form: "12-KNĐ" },
  { code: "C5", form: "13-KNĐ" },
  { code: "C6", form: "14-KNĐ" },
  { code: "C7", form: "15-KNĐ" },
  { code: "C8", form: "16-KNĐ" },
] as const;

export type DossierCode = (typeof DOSSIER_ITEMS)[number]["code"];
export type DossierStatus = "MISSING" | "RECEIVED" | "CHECKED";

export interface RecordedItem {
  code: string;
  status: DossierStatus;
  number: string | null;
  date: string | null;
  note: string | null;
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
  const { min, max } = ruleSetByCode(facts.ruleSetCode).youthUnionAge;
  const age = Math.floor(wholeMonthsBetween(facts.birthDate, on) / 12);
  return facts.unit.hasYouthUnion && age >= min && age <= max;
}

/** Whether an item belongs to this candidate's file at all (HD 12-HD/BTCTW 2022, conditional items). */
export function applies(code: DossierCode, facts: ApplyFacts, on: IsoDate): boolean {
  if (code === "A5") return onUnionRoute(facts, on);
  // 7-KNĐ and 14-KNĐ: only where a partial committee (đảng bộ bộ phận) appraises the branch's resolution.
  if (code === "B2" || code === "C6") return facts.unit.partialCommitteeExists;
  // 8-KNĐ and 15-KNĐ: only for a branch under a grassroots committee; a grassroots branch's own resolution goes up.
  if (code === "B3" || code === "C7") return facts.unit.kind === "BRANCH";
  return true;
}

/**
 * The papers that must be in the file before the candidate leaves a stage (HD 12-HD/BTCTW 2022):
 * the application and the verified background form before the verification is certified, the six
 * A-items before the branch votes, the branch's, partial committee's and grassroots committee's
 * papers before the file goes up, and the conversion file (C1–C4) before the branch votes on it.
 */
export const PAPERS_TO_LEAVE: Partial<Record<StageCode, readonly DossierCode[]>> = {
  DOSSIER: ["A2", "A3"],
  BRANCH_VOTE: ["A1", "A2", "A3", "A4", "A5", "A6"],
  COMMITTEE_REVIEW: ["B1", "B2", "B3"],
  PROBATION: ["C1", "C2", "C3", "C4"],
};

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

/**
 * Papers the move itself records (lib/services/pipeline/record-step.ts writes them): the certified
 * verification (A3), the introductions and opinions entered with the branch vote (A4–A6), the
 * partial committee's appraisal and the grassroots resolution recorded with the committee step (B2, B3).
 */
export function papersFromStep(from: StageCode, input: Partial<TransitionInput>): DossierCode[] {
  const introducers = input.introducers ?? [];
  const supplied: [DossierCode, unknown][] =
    from === "DOSSIER"
      ? [["A3", input.certifiedOn]]
      : from === "BRANCH_VOTE"
        ? [
            ["A4", introducers.some((i) => i.kind === "PARTY_MEMBER")],
            ["A5", introducers.some((i) => i.kind !== "PARTY_MEMBER")],
            ["A6", input.opinionsSummaryDate],
          ]
        : from === "COMMITTEE_REVIEW"
          ? [
              ["B2", input.partialAppraisalDate],
              ["B3", true],
            ]
          : [];
  return supplied.filter(([, value]) => Boolean(value)).map(([code]) => code);
}

/** The papers the move could record, whatever is typed into its form: the preview leaves them to the form. */
export const STEP_PAPERS: Partial<Record<StageCode, readonly DossierCode[]>> = {
  DOSSIER: ["A3"],
  BRANCH_VOTE: ["A4", "A5", "A6"],
  COMMITTEE_REVIEW: ["B2", "B3"],
};

/** Codes of the papers marked received or checked on the checklist. */
export function papersReceived(recorded: readonly { code: string; status: DossierStatus }[]): string[] {
  return recorded.filter((r) => r.status !== "MISSING").map((r) => r.code);
}

function formOf(code: DossierCode): string {
  return DOSSIER_ITEMS.find((i) => i.code === code)!.form;
}

/**
 * Each applicable paper required to leave `stage` that is neither on the checklist (received or
 * checked), nor proven by the app's records, nor recorded by the move itself: one reason per paper.
 * `on` is the move's date (the union route counts the age on it).
 */
export function missingPapers(stage: StageCode, facts: CandidateFacts, recorded: readonly { code: string; status: DossierStatus }[], input: Partial<TransitionInput> & { date: IsoDate }): Reason[] {
  const held = new Set<string>([...papersReceived(recorded), ...papersFromRecords(facts), ...papersFromStep(stage, input)]);
  const introducers = input.introducers ?? facts.introducers;
  const applicable = (code: DossierCode) => (code === "A5" ? onUnionRoute(facts, input.date, introducers) : applies(code, facts, input.date));
  return (PAPERS_TO_LEAVE[stage] ?? []).filter((code) => applicable(code) && !held.has(code)).map((code) => ({ code: "PAPER_MISSING", params: { item: code, form: formOf(code) } }));
}

/** The first stage whose exit needs the item, or null when no move waits for it. */
function neededToLeave(code: DossierCode): StageCode | null {
  const entry = Object.entries(PAPERS_TO_LEAVE).find(([, codes]) => codes.includes(code));
  return (entry?.[0] as StageCode | undefined) ?? null;
}

/** Items that must be in the file by the time the candidate is in `stage`. */
function dueBy(code: DossierCode, stage: StageCode): boolean {
  const at = stageIndex(stage);
  if (at < 0) return false;
  const needed = neededToLeave(code);
  if (needed) return at >= stageIndex(needed) || (code === "A1" && at >= stageIndex("DOSSIER"));
  if (code.startsWith("B")) return at >= stageIndex("SUPERIOR_DECISION");
  return at >= stageIndex("PROBATION");
}

/**
 * The checklist as the secretary sees it. `today` stands in for the branch vote's date until the
 * vote is recorded (the Youth Union age of the union route is counted on it).
 */
export function dossierChecklist(facts: ApplyFacts & Pick<CandidateFacts, "stage" | "branchResolution">, recorded: RecordedItem[], today: IsoDate): ChecklistItem[] {
  const on = facts.branchResolution?.date ?? today;
  const byCode = new Map(recorded.map((r) => [r.code, r]));
  return DOSSIER_ITEMS.filter((item) => applies(item.code, facts, on)).map((item) => {
    const r = byCode.get(item.code);
    return { code: item.code, form: item.form, status: r?.status ?? "MISSING", number: r?.number ?? null, date: r?.date ?? null, note: r?.note ?? null, dueNow: dueBy(item.code, facts.stage) };
  });
}
