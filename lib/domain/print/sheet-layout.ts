/**
 * Pagination of printed papers. Chromium's print engine cannot restart page numbers per candidate
 * in a batch, nor count one candidate's pages ("Trang 2/3"), so the app lays the sheets out itself:
 * every block carries an estimated height and sheets are filled in order. Estimates err on the
 * generous side; the e2e suite checks on real Chromium that no sheet overflows.
 */

/** A4 portrait with the party layout's margins (print-layout.md): 297 − 20 top − 25 bottom. */
export const A4_BODY_HEIGHT_MM = 252;
/** 210 − 30 left − 15 right. */
export const A4_BODY_WIDTH_MM = 165;

const PT_TO_MM = 0.3528;
/** Line height of the body type (13 pt at 1.35). */
export function lineHeightMm(fontPt: number): number {
  return fontPt * 1.35 * PT_TO_MM;
}

/**
 * Widths in em of Times-metric type (Tinos): capitals are wide, lower case narrow, spaces narrower.
 * Averaged over the letters of each class, then raised by 6 % for the widest of them.
 */
function charEm(ch: string): number {
  if (ch === " ") return 0.25;
  if (/[0-9]/.test(ch)) return 0.5;
  if (/[.,:;'’()/\-–]/.test(ch)) return 0.33;
  if (ch !== ch.toLowerCase()) return 0.7;
  return /[mwMW]/.test(ch) ? 0.75 : 0.46;
}

const textWidthMm = (text: string, fontPt: number) => [...text.normalize("NFC")].reduce((sum, ch) => sum + charEm(ch), 0) * 1.06 * fontPt * PT_TO_MM;

/**
 * Lines a text takes in a column, wrapping at spaces as the browser does, with each character's
 * width estimated from its class (charEm). A word wider than the column is broken (CSS
 * overflow-wrap: anywhere).
 */
export function linesFor(text: string, widthMm: number, fontPt: number): number {
  const space = textWidthMm(" ", fontPt);
  return text.split("\n").reduce((sum, paragraph) => {
    let lines = 1;
    let used = 0;
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const w = textWidthMm(word, fontPt);
      const needed = used === 0 ? w : used + space + w;
      if (needed <= widthMm) {
        used = needed;
        continue;
      }
      if (used > 0) lines++;
      lines += Math.max(0, Math.ceil(w / widthMm) - 1);
      used = w % widthMm || widthMm;
    }
    return sum + lines;
  }, 0);
}

/** A table row's height: its tallest cell, plus the cell padding (2 × 1.5 mm) and border. */
export function rowHeightMm(cells: readonly { text: string; widthMm: number }[], fontPt: number): number {
  const lines = Math.max(1, ...cells.map((c) => linesFor(c.text, Math.max(4, c.widthMm - 3), fontPt)));
  return lines * lineHeightMm(fontPt) + 3.5;
}

export interface LayoutBlock {
  heightMm: number;
  /** A row of the sheet's table: the first row on a sheet brings the table's head with it. */
  tableRow?: boolean;
  /** Never the first block on a sheet (the signatures go with the closing line above them). */
  keepWithPrevious?: boolean;
}

/**
 * Fills sheets of `heightMm` in order. A block that does not fit starts a new sheet (taking the
 * previous block along when it must stay with it); a block taller than a sheet gets one of its own.
 */
export function paginate<B extends LayoutBlock>(blocks: readonly B[], sheet: { heightMm: number; tableHeadMm: number }): B[][] {
  const pages: B[][] = [];
  let page: B[] = [];
  let used = 0;
  const cost = (block: B, on: B[]) => block.heightMm + (block.tableRow && !on.some((b) => b.tableRow) ? sheet.tableHeadMm : 0);
  for (const block of blocks) {
    if (page.length > 0 && used + cost(block, page) > sheet.heightMm) {
      const carried = block.keepWithPrevious && page.length > 1 ? [page.pop()!] : [];
      pages.push(page);
      page = carried;
      used = carried.reduce((sum, b, i) => sum + cost(b, carried.slice(0, i)), 0);
    }
    used += cost(block, page);
    page.push(block);
  }
  if (page.length) pages.push(page);
  return pages;
}
