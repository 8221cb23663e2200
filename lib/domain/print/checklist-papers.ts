import { applies, type RecordedItem } from "../rules/dossier";
import { DOSSIER_ITEMS, formOf, type DossierCode } from "../rules/dossier-items";
import type { IsoDate } from "../rules/dates";
import type { CandidateFacts } from "../rules/facts";
import { isAdmittedStage, type StageCode } from "../stages";

/** The two printed dossier checklists: admission (domain.md §5.1) and conversion (§5.2). */
export const CHECKLIST_KINDS = ["ADMISSION", "CONVERSION"] as const;
export type ChecklistKind = (typeof CHECKLIST_KINDS)[number];

/** A-items and B-items make the admission file; C-items the conversion file. */
export function papersOf(kind: ChecklistKind): DossierCode[] {
  return DOSSIER_ITEMS.map((i) => i.code).filter((code) => (kind === "ADMISSION" ? code[0] !== "C" : code[0] === "C"));
}

/** A conversion file exists only for an admitted member (probationary or already official). */
export function checklistFits(kind: ChecklistKind, stage: StageCode): boolean {
  return kind === "ADMISSION" || (isAdmittedStage(stage) && stage !== "CEREMONY");
}

/** A paper's number and date as the app's own records hold them (a resolution, a decision, a certificate). */
export interface PaperOnRecord {
  number: string | null;
  date: IsoDate | null;
}

/**
 * Where a paper stands on the printed checklist:
 * CHECKED (ticked), RECEIVED (handed in, not yet checked), ON_RECORD (a step recorded it, the paper
 * itself not yet checked), MISSING, or NOT_APPLICABLE (a conditional paper this candidate's file
 * does not need: the union resolution off the union route, the partial committee's appraisal where
 * there is none, the grassroots resolution for a grassroots branch).
 */
export type PaperState = "CHECKED" | "RECEIVED" | "ON_RECORD" | "MISSING" | "NOT_APPLICABLE";

export interface PaperRow {
  code: DossierCode;
  form: string;
  state: PaperState;
  /** The tick box is ticked only for a paper on record and checked. */
  ticked: boolean;
  number: string | null;
  date: IsoDate | null;
  note: string | null;
}

type Facts = Pick<CandidateFacts, "unit" | "introducers" | "birthDate" | "ruleSetCode" | "branchResolution">;

/**
 * Every paper of the file, in form order, with what the checklist and the app's records hold.
 * The union route's age is counted on the branch vote's date, or on `today` before the vote, as on
 * the candidate page.
 */
export function checklistRows(
  kind: ChecklistKind,
  facts: Facts,
  recorded: readonly RecordedItem[],
  onRecord: Partial<Record<DossierCode, PaperOnRecord>>,
  today: IsoDate,
): PaperRow[] {
  const on = facts.branchResolution?.date ?? today;
  const byCode = new Map(recorded.map((r) => [r.code, r]));
  return papersOf(kind).map((code) => {
    const item = byCode.get(code);
    const record = onRecord[code];
    const base = {
      code,
      form: formOf(code),
      number: item?.number || record?.number || null,
      date: item?.date || record?.date || null,
      note: item?.note || null,
    };
    if (!applies(code, facts, on)) return { ...base, state: "NOT_APPLICABLE", ticked: false };
    return { ...base, state: stateOf(item?.status, record !== undefined), ticked: item?.status === "CHECKED" };
  });
}

function stateOf(status: RecordedItem["status"] | undefined, recordedByStep: boolean): PaperState {
  if (status === "CHECKED") return "CHECKED";
  if (status === "RECEIVED") return "RECEIVED";
  return recordedByStep ? "ON_RECORD" : "MISSING";
}

/** How many of the papers that apply are ticked: "9/11" under the table. */
export function tickedCount(rows: readonly PaperRow[]): { ticked: number; applicable: number } {
  const applicable = rows.filter((r) => r.state !== "NOT_APPLICABLE");
  return { ticked: applicable.filter((r) => r.ticked).length, applicable: applicable.length };
}

/**
 * Who last marked one of the file's papers checked, from the dossier history (newest first, each
 * event's changes `{ A2: { from, to } }`): the name the checklist prints under "NGƯỜI KIỂM TRA".
 */
export function lastChecker(kind: ChecklistKind, events: readonly { changes: unknown; actorName: string | null }[]): string | null {
  const codes = new Set<string>(papersOf(kind));
  for (const e of events) {
    const changes = (e.changes ?? {}) as Record<string, { to?: unknown } | undefined>;
    if (Object.entries(changes).some(([code, change]) => codes.has(code) && change?.to === "CHECKED")) return e.actorName;
  }
  return null;
}
