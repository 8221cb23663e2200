import type { SheetBlock } from "./sheets";

/** What a tick-box cell holds: checked, to check, or not applicable (a dash). */
export type TickCell = "CHECKED" | "OPEN" | "NOT_APPLICABLE";

/**
 * One printed paper, already translated and laid out on sheets: a candidate's dossier checklist or
 * a list. The print components render it without knowing which it is.
 */
export interface PrintDocument {
  key: string;
  header: { superior: string | null; issuer: string; placeDate: string; signer: { body: string; title: string } };
  title: string;
  subtitle: string | null;
  particulars: { label: string; value: string }[];
  table: {
    widthsMm: number[];
    header: string[];
    rows: string[][];
    /** The column holding tick boxes (its cells are TickCell values), if any. */
    tickColumn?: number;
  };
  closing: string[];
  /** The left signature ("NGƯỜI KIỂM TRA") where the paper has one; the issuing body's always signs on the right. */
  checkerTitle: string | null;
  /** Who checked the papers, where the history says so; otherwise a dotted line to write the name on. */
  checkerName?: string | null;
  signHint: string;
  /** The name in each page's footer: the candidate's in a batch of checklists. */
  footerName: string | null;
  sheets: SheetBlock[][];
}
