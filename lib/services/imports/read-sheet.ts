import "server-only";
import ExcelJS from "exceljs";
import { AppError } from "@/lib/errors";
import { cellText, isBlankRow, MAX_IMPORT_ROWS, type Cell } from "@/lib/domain/import-rows";
import { msg } from "@/lib/validation/messages";
import { checkWorkbookFile, refuseFile } from "./xlsx-guard";

/** The first worksheet of an upload: its header row and its data rows (blank rows left out). */
export interface SheetRows {
  sheetName: string;
  /** The sheet's row number of the header (the first row holding anything). */
  headerRow: number;
  header: Cell[];
  /** Each data row with its row number as the spreadsheet shows it. */
  rows: { number: number; cells: Cell[] }[];
}

export const tooManyRows = (count: number) =>
  new AppError(
    "VALIDATION_FAILED",
    "IMPORT_TOO_MANY_ROWS",
    [{ path: "file", code: "TOO_MANY_ROWS", message: msg("errors.IMPORT_TOO_MANY_ROWS", { count, max: MAX_IMPORT_ROWS }) }],
    { count, max: MAX_IMPORT_ROWS },
  );

type Value = ExcelJS.CellValue;

/** Columns a header may have: the templates have 21; anything past this is no column of theirs. */
const MAX_COLUMNS = 200;

function richText(value: { richText?: { text?: unknown }[] }): string {
  return (value.richText ?? []).map((r) => (typeof r.text === "string" ? r.text : "")).join("");
}

/**
 * A cell as the import reads it. A formula is taken as its text ("=A2&B2"), whatever result the
 * spreadsheet cached: the import never evaluates anything, and what was typed is what is stored.
 * Rich text and hyperlinks are their text; an error cell ("#N/A") is its text too.
 */
export function toCell(cell: ExcelJS.Cell): Cell {
  const value: Value = cell.value;
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : { date: value.toISOString().slice(0, 10) };
  if (typeof value === "object") {
    if ("formula" in value || "sharedFormula" in value) return { formula: `=${cell.formula ?? ""}` };
    if ("richText" in value) return richText(value);
    if ("hyperlink" in value) {
      const text = (value as { text?: unknown }).text;
      return typeof text === "string" ? text : typeof text === "object" && text !== null ? richText(text as { richText?: { text?: unknown }[] }) : null;
    }
    if ("error" in value) return String((value as { error: unknown }).error);
  }
  return null;
}

/**
 * Reads the first worksheet of an .xlsx upload. Refuses (422) what is no spreadsheet, a workbook
 * that would inflate past the guard's caps, one without a sheet or without data, and more than
 * MAX_IMPORT_ROWS data rows (counted on the sheet's XML first, so a 50,000-row file is refused
 * before it is parsed).
 */
export async function readFirstSheet(bytes: Uint8Array): Promise<SheetRows> {
  const { valueRows } = checkWorkbookFile(bytes);
  // Header and a few title rows aside; the exact count follows once the rows are read.
  if (valueRows !== null && valueRows > MAX_IMPORT_ROWS + 10) throw tooManyRows(valueRows - 1);
  const book = new ExcelJS.Workbook();
  try {
    await book.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ArrayBuffer);
  } catch {
    throw refuseFile("IMPORT_NOT_SPREADSHEET");
  }
  const sheet = book.worksheets[0];
  if (!sheet) throw refuseFile("IMPORT_NOT_SPREADSHEET");
  // The header is the first row holding anything; the data rows are read only as wide as it is (a
  // stray cell far to the right, at column XFD, must not make every row 16,384 cells wide).
  let header: { number: number; cells: Cell[] } | null = null;
  let width = 0;
  const rows: SheetRows["rows"] = [];
  sheet.eachRow({ includeEmpty: false }, (row) => {
    const cells: Cell[] = [];
    const upTo = header ? width : Math.min(row.cellCount, MAX_COLUMNS);
    for (let col = 1; col <= upTo; col++) cells.push(toCell(row.getCell(col)));
    if (isBlankRow(cells)) return;
    if (!header) {
      header = { number: row.number, cells };
      width = cells.reduce<number>((last, cell, i) => (cellText(cell) === null ? last : i + 1), 0);
    } else rows.push({ number: row.number, cells });
  });
  if (!header) throw new AppError("VALIDATION_FAILED", "IMPORT_EMPTY", [{ path: "file", code: "EMPTY", message: "errors.IMPORT_EMPTY" }]);
  if (rows.length > MAX_IMPORT_ROWS) throw tooManyRows(rows.length);
  const found = header as { number: number; cells: Cell[] };
  return { sheetName: sheet.name, headerRow: found.number, header: found.cells, rows };
}
