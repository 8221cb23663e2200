/**
 * The dossier's papers (HD 12-HD/BTCTW 2022) with their form codes: A-items before the branch vote,
 * B-items from the vote on, C-items for the conversion.
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

export function formOf(code: DossierCode): string {
  return DOSSIER_ITEMS.find((i) => i.code === code)!.form;
}
