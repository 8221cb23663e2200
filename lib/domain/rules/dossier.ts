import { stageIndex, type StageCode } from "../stages";
import type { CandidateFacts } from "./facts";

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

function applies(code: DossierCode, facts: Pick<CandidateFacts, "unit" | "introducers">): boolean {
  if (code === "A5") return facts.introducers.some((i) => i.kind !== "PARTY_MEMBER") || (facts.unit.hasYouthUnion && facts.introducers.length === 0);
  if (code === "B2" || code === "C6") return facts.unit.partialCommitteeExists;
  if (code === "B3" || code === "C7") return facts.unit.kind === "BRANCH";
  return true;
}

/** Items that must be in the file by the time the candidate is in `stage`. */
function dueBy(code: DossierCode, stage: StageCode): boolean {
  const at = stageIndex(stage);
  if (at < 0) return false;
  if (code.startsWith("A")) return at >= stageIndex("BRANCH_VOTE") || (code === "A1" && at >= stageIndex("DOSSIER"));
  if (code.startsWith("B")) return at >= stageIndex("SUPERIOR_DECISION");
  return at >= stageIndex("PROBATION");
}

export function dossierChecklist(facts: Pick<CandidateFacts, "unit" | "introducers" | "stage">, recorded: RecordedItem[]): ChecklistItem[] {
  const byCode = new Map(recorded.map((r) => [r.code, r]));
  return DOSSIER_ITEMS.filter((item) => applies(item.code, facts)).map((item) => {
    const r = byCode.get(item.code);
    return { code: item.code, form: item.form, status: r?.status ?? "MISSING", number: r?.number ?? null, date: r?.date ?? null, note: r?.note ?? null, dueNow: dueBy(item.code, facts.stage) };
  });
}
