import "server-only";
import ExcelJS from "exceljs";
import { neutraliseFormula } from "@/lib/domain/spreadsheet-cell";
import { foldVi } from "@/lib/domain/text";

/** One table of an export, independent of the file format it ends up in. */
export interface SheetData {
  /** Worksheet name (Excel allows at most 31 characters). */
  name: string;
  /** Printed at the top of every page of the xlsx; left out of the CSV, which stays a plain table. */
  title?: string;
  header: string[];
  rows: { cells: (string | number | null)[]; bold?: boolean }[];
  /** Width of the first column (names); the others get `otherWidth`. */
  firstWidth?: number;
  otherWidth?: number;
}

export interface ExportFile {
  filename: string;
  contentType: string;
  body: Buffer;
}

const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** Adds a table as a worksheet: bold header on row 1, frozen so it stays visible while scrolling. */
export function addSheet(book: ExcelJS.Workbook, sheet: SheetData): ExcelJS.Worksheet {
  const ws = book.addWorksheet(sheet.name, { views: [{ state: "frozen", ySplit: 1 }] });
  if (sheet.title) ws.headerFooter.oddHeader = `&C&B${sheet.title.replace(/&/g, "&&")}`;
  ws.addRow(sheet.header).font = { bold: true };
  for (const row of sheet.rows) {
    const added = ws.addRow(row.cells);
    if (row.bold) added.font = { bold: true };
  }
  ws.columns.forEach((c, i) => (c.width = i === 0 ? (sheet.firstWidth ?? 48) : (sheet.otherWidth ?? 14)));
  return ws;
}

export function newWorkbook(): ExcelJS.Workbook {
  const book = new ExcelJS.Workbook();
  book.creator = "Phát triển đảng viên";
  return book;
}

export async function xlsxFile(book: ExcelJS.Workbook, basename: string): Promise<ExportFile> {
  return { filename: `${basename}.xlsx`, contentType: XLSX_TYPE, body: Buffer.from(await book.xlsx.writeBuffer()) };
}

/**
 * A table as CSV through exceljs's writer (fast-csv), which quotes fields holding commas, quotes or
 * line breaks. UTF-8 with a BOM so Excel opens the Vietnamese accents right; CRLF as RFC 4180 asks.
 */
export async function csvFile(sheet: SheetData, basename: string): Promise<ExportFile> {
  const book = newWorkbook();
  const ws = book.addWorksheet("csv");
  // exceljs drops null cells when writing, which would make rows of unequal length: write "" instead.
  // A cell that reads like a formula is written as text (the xlsx writer stores strings as strings already).
  for (const cells of [sheet.header, ...sheet.rows.map((r) => r.cells)]) ws.addRow(cells.map((c) => neutraliseFormula(c ?? "")));
  const body = await book.csv.writeBuffer({ sheetName: "csv", formatterOptions: { writeBOM: true, rowDelimiter: "\r\n" } });
  return { filename: `${basename}.csv`, contentType: "text/csv; charset=utf-8", body: Buffer.from(body) };
}

/** An ASCII file-name part from Vietnamese text: "Đảng ủy Khối" → "dang-uy-khoi". */
export function fileSlug(text: string): string {
  return foldVi(text)
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/, "");
}

/** "<what>-<period>-<unit>": the file says which period and unit it holds. */
export function exportBasename(what: string, period: string, unitName: string | null): string {
  return [what, period, unitName ? fileSlug(unitName) : ""].filter(Boolean).join("-");
}
