import type { DossierCode } from "../rules/dossier-items";
import type { IsoDate } from "../rules/dates";
import type { PaperOnRecord } from "./checklist-papers";

type Numbered = { number: string | null; date: IsoDate | null };

/** The records the steps wrote, in the shape the checklist reads them. */
export interface StepRecords {
  awarenessCertificate: Numbered | null;
  newMemberCertificate: Numbered | null;
  verification: { documentNumber: string | null; certifiedOn: IsoDate | null } | null;
  introductions: { kind: "PARTY_MEMBER" | "YOUTH_UNION" | "TRADE_UNION"; documentNumber: string | null; documentDate: IsoDate }[];
  resolutions: { kind: string; number: string | null; date: IsoDate; passed: boolean }[];
  decisions: { kind: string; number: string; date: IsoDate }[];
}

/** Which resolution or decision kind is which paper (lib/db schema: ResolutionKind, DecisionKind). */
const RESOLUTION_PAPERS: Record<string, DossierCode> = {
  BRANCH_ADMISSION: "B1",
  PARTIAL_ADMISSION_APPRAISAL: "B2",
  GRASSROOTS_ADMISSION: "B3",
  BRANCH_CONVERSION: "C5",
  PARTIAL_CONVERSION_APPRAISAL: "C6",
  GRASSROOTS_CONVERSION: "C7",
};
const DECISION_PAPERS: Record<string, DossierCode> = { ADMISSION: "B4", CONVERSION: "C8" };

/**
 * The papers the app's records already hold, with their numbers and dates: the class certificates
 * (A1, C1), the certified background form (A3), the introductions (A4 by members, A5 by a union),
 * the passed resolutions and the decisions. A failed vote is no paper of the file.
 */
export function papersOnRecord(records: StepRecords): Partial<Record<DossierCode, PaperOnRecord>> {
  const papers: Partial<Record<DossierCode, PaperOnRecord>> = {};
  const put = (code: DossierCode, number: string | null, date: IsoDate | null) => {
    papers[code] ??= { number, date };
  };
  if (records.awarenessCertificate?.date) put("A1", records.awarenessCertificate.number, records.awarenessCertificate.date);
  if (records.newMemberCertificate?.date) put("C1", records.newMemberCertificate.number, records.newMemberCertificate.date);
  if (records.verification?.certifiedOn) put("A3", records.verification.documentNumber, records.verification.certifiedOn);
  for (const i of records.introductions) put(i.kind === "PARTY_MEMBER" ? "A4" : "A5", i.documentNumber, i.documentDate);
  for (const r of records.resolutions) {
    const code = RESOLUTION_PAPERS[r.kind];
    if (code && r.passed) put(code, r.number, r.date);
  }
  for (const d of records.decisions) {
    const code = DECISION_PAPERS[d.kind];
    if (code) put(code, d.number, d.date);
  }
  return papers;
}
