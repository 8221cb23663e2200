import { A4_BODY_HEIGHT_MM, A4_BODY_WIDTH_MM, lineHeightMm, linesFor, paginate, rowHeightMm } from "./sheet-layout";

/** Body type of printed papers (print-layout.md: 13–14 pt). */
export const BODY_PT = 13;

/** The parts a printed paper is made of, each with its estimated height. */
export type SheetBlock =
  | { type: "intro"; heightMm: number }
  | { type: "particulars"; heightMm: number }
  | { type: "row"; index: number; heightMm: number; tableRow: true }
  | { type: "closing"; heightMm: number }
  | { type: "signatures"; heightMm: number; keepWithPrevious: true };

export interface SheetContent {
  /** The header's left column (superior, issuer) and the title lines, which wrap on long names. */
  intro: { superior: string | null; issuer: string; title: string; subtitle: string | null };
  /** Label–value lines under the title (a candidate's particulars); none on a list. */
  particulars: readonly { label: string; value: string }[];
  /** Column widths in mm (summing to at most the body width) and the cells' text, header first. */
  table: { widthsMm: readonly number[]; header: readonly string[]; rows: readonly (readonly string[])[] };
  /** Lines of text between the table and the signatures ("Danh sách có 12 người."). */
  closingLines: number;
}

/** The header's left column: 45 % of the body's width. */
const HEADER_LEFT_MM = A4_BODY_WIDTH_MM * 0.45;

/** The party header (superior, issuer, star; the right column is never taller), the title and the line under it. */
function introHeightMm(intro: SheetContent["intro"]): number {
  const left = (intro.superior ? linesFor(intro.superior, HEADER_LEFT_MM, BODY_PT) : 0) + linesFor(intro.issuer, HEADER_LEFT_MM, BODY_PT) + 1;
  const title = linesFor(intro.title, A4_BODY_WIDTH_MM, BODY_PT + 1) * lineHeightMm(BODY_PT + 1);
  const subtitle = intro.subtitle ? linesFor(intro.subtitle, A4_BODY_WIDTH_MM, BODY_PT) * lineHeightMm(BODY_PT) : 0;
  return Math.max(left, 2) * lineHeightMm(BODY_PT) + 8 + title + subtitle + 4;
}
/** Two signature columns: body, title, about 25 mm to sign, the name. */
const SIGNATURES_MM = 3 * lineHeightMm(BODY_PT) + 25 + 8;
/** The particulars' label column (components/print/print-sheets.tsx). */
export const LABEL_MM = 52;

/** The blocks of one paper, in reading order, then laid out on A4 sheets. */
export function composeSheets(content: SheetContent): SheetBlock[][] {
  const blocks: SheetBlock[] = [{ type: "intro", heightMm: introHeightMm(content.intro) }];
  if (content.particulars.length) {
    const lines = content.particulars.reduce(
      (sum, p) => sum + Math.max(linesFor(p.value || " ", A4_BODY_WIDTH_MM - LABEL_MM, BODY_PT), linesFor(`${p.label}:`, LABEL_MM - 2, BODY_PT)),
      0,
    );
    blocks.push({ type: "particulars", heightMm: lines * lineHeightMm(BODY_PT) + 6 });
  }
  const widths = content.table.widthsMm;
  content.table.rows.forEach((cells, index) =>
    blocks.push({
      type: "row",
      index,
      tableRow: true,
      heightMm: rowHeightMm(
        cells.map((text, i) => ({ text, widthMm: widths[i] ?? 20 })),
        BODY_PT,
      ),
    }),
  );
  blocks.push({ type: "closing", heightMm: content.closingLines * lineHeightMm(BODY_PT) + 6 });
  blocks.push({ type: "signatures", heightMm: SIGNATURES_MM, keepWithPrevious: true });
  const tableHeadMm = rowHeightMm(
    content.table.header.map((text, i) => ({ text, widthMm: widths[i] ?? 20 })),
    BODY_PT,
  );
  return paginate(blocks, { heightMm: A4_BODY_HEIGHT_MM, tableHeadMm });
}
