import "server-only";
import { createHash } from "node:crypto";
import type { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import type { UploadedFile } from "@/lib/api/multipart";
import { can } from "@/lib/auth/permissions";
import { savePreview } from "@/lib/db/imports";
import { matchHeader, type Cell, type ColumnSpec, type RowProblem } from "@/lib/domain/import-rows";
import { AppError, forbidden } from "@/lib/errors";
import { decodeMsg, fieldIssues, msg } from "@/lib/validation/messages";
import { englishHeaders } from "./labels";
import type { SheetRows } from "./read-sheet";

/** The two kinds of import and who may run them. */
export type ImportKindCode = "CANDIDATES" | "UNITS";

/**
 * Candidates: anyone who may write candidates (in their scope). The unit tree: administrators and
 * the superior committee's staff only — a bloc loads its units once, from above.
 */
export function mayImport(role: string, kind: ImportKindCode): boolean {
  if (kind === "CANDIDATES") return can(role, "candidate.write");
  return role === "ADMIN" || role === "SUPERIOR_STAFF";
}

export function assertMayImport(actor: Actor, kind: ImportKindCode): void {
  if (!mayImport(actor.role, kind)) throw forbidden();
}

/**
 * Text from a cell kept in the preview as it came (a row's label, a header, a code that named no
 * unit): well-formed, without control characters (PostgreSQL's jsonb refuses NUL and lone
 * surrogates), and short — one long shared string repeated on 10,000 rows must not become 10,000
 * copies in the stored preview.
 */
export function storable(text: string, max = 120): string {
  const clean = text.toWellFormed().replace(/[\u0000-\u001F\u007F-\u009F]/g, "\uFFFD");
  return clean.length > max ? `${clean.slice(0, max - 1)}…` : clean;
}

/** A problem as stored and answered: the field, its stable code and an encoded message (lib/validation/messages.ts). */
export interface StoredProblem {
  field: string;
  code: string;
  message: string;
}

/** A previewed row: its number in the sheet, what identifies it to a reader, its problems, and the data a commit writes. */
export interface StoredRow<T> {
  row: number;
  label: string | null;
  problems: StoredProblem[];
  data: T | null;
}

export interface ImportSummary {
  total: number;
  valid: number;
  invalid: number;
  /** Rows per problem code. */
  problems: Record<string, number>;
  /** The header of each field's column as the file has it (the template's when the column is absent). */
  columns: Record<string, string>;
  sheetName: string;
}

export const toStored = (p: RowProblem): StoredProblem => ({ field: p.field, code: p.code, message: msg(p.messageKey, p.params ?? {}) });

/** "nationalIdFormat" → "NATIONAL_ID_FORMAT": the stable code of a field rule, from its message key. */
export function codeOfMessage(encoded: string): string {
  return decodeMsg(encoded)
    .key.replace(/^.*\./, "")
    .replace(/([a-z0-9])([A-Z])/g, "$1_$2")
    .toUpperCase();
}

/** A schema's complaints about a row, as problems (one per field: the first is what needs fixing). */
export function schemaProblems(error: z.ZodError): StoredProblem[] {
  const seen = new Set<string>();
  return fieldIssues(error).flatMap((issue) => {
    const field = issue.path.split(".")[0] || "";
    if (seen.has(field)) return [];
    seen.add(field);
    return [{ field, code: codeOfMessage(issue.message), message: issue.message }];
  });
}

/**
 * The header must hold every required column, and nothing the template does not know: a renamed
 * column (even an optional one) would otherwise be dropped without a word. 422 naming them all.
 */
export function checkHeader(sheet: SheetRows, columns: readonly ColumnSpec[]) {
  const match = matchHeader(sheet.header, columns, englishHeaders());
  const details = [
    ...match.missing.map((c) => ({ path: c.field, code: "MISSING_COLUMN", message: msg("imports.problem.MISSING_COLUMN", { column: c.header }) })),
    ...match.unknown.map((u) => ({
      path: `column:${u.index + 1}`,
      code: "UNKNOWN_COLUMN",
      message: msg("imports.problem.UNKNOWN_COLUMN", { column: u.text }),
    })),
    ...match.duplicate.map((u) => ({
      path: `column:${u.index + 1}`,
      code: "DUPLICATE_COLUMN",
      message: msg("imports.problem.DUPLICATE_COLUMN", { column: u.text }),
    })),
  ];
  if (details.length) {
    const names = [...match.missing.map((c) => c.header), ...match.unknown.map((u) => storable(u.text)), ...match.duplicate.map((u) => storable(u.text))];
    throw new AppError("VALIDATION_FAILED", "IMPORT_COLUMNS", details, { columns: names.map((n) => `“${n}”`).join(", ") });
  }
  if (sheet.rows.length === 0) throw new AppError("VALIDATION_FAILED", "IMPORT_EMPTY", [{ path: "file", code: "EMPTY", message: "errors.IMPORT_EMPTY" }]);
  const headerOf: Record<string, string> = Object.fromEntries(columns.map((c) => [c.field, c.header]));
  for (const [index, column] of match.byIndex) headerOf[column.field] = storable(sheetText(sheet.header[index] ?? null) ?? column.header);
  return { byIndex: match.byIndex, headerOf };
}

function sheetText(cell: Cell): string | null {
  return typeof cell === "string" ? cell.trim() : cell === null ? null : String(cell);
}

export function summarise<T>(rows: readonly StoredRow<T>[], columns: Record<string, string>, sheetName: string): ImportSummary {
  const problems: Record<string, number> = {};
  for (const row of rows) for (const code of new Set(row.problems.map((p) => p.code))) problems[code] = (problems[code] ?? 0) + 1;
  const invalid = rows.filter((r) => r.problems.length > 0).length;
  return { total: rows.length, valid: rows.length - invalid, invalid, problems, columns, sheetName: storable(sheetName) };
}

/** A short, fixed-length stamp of what a preview was checked against (Import.basis). */
export function stamp(parts: Record<string, unknown>): string {
  return Object.entries(parts)
    .map(([name, value]) => `${name}:${createHash("sha256").update(JSON.stringify(value)).digest("hex").slice(0, 40)}`)
    .join("|");
}

/** Stores the preview (the Import record and its PREVIEWED audit entry; nothing else) and returns its id. */
export async function storePreview<T>(
  actor: Actor,
  kind: ImportKindCode,
  fileName: string,
  rows: StoredRow<T>[],
  summary: ImportSummary,
  basis: string,
): Promise<string> {
  return savePreview(
    actor.scope,
    { kind, unitId: actor.unitId, actorId: actor.userId, fileName, rows: rows as never, summary: summary as never, basis },
    {
      actorId: actor.userId,
      kind: "IMPORT",
      action: "PREVIEWED",
      unitId: actor.unitId,
      changes: { kind, fileName, rows: summary.total, valid: summary.valid, invalid: summary.invalid },
    },
  );
}

/** The uploaded file, or a reader of it: a route passes the reader, so the body is read only after the permission check. */
export type Upload = UploadedFile | (() => Promise<UploadedFile>);

/** What a preview answers (before translation): the import's id, every row with its problems, and the counts. */
export interface PreviewResult {
  importId: string;
  kind: ImportKindCode;
  fileName: string;
  status: "PREVIEWED" | "COMMITTED";
  rows: { row: number; label: string | null; problems: StoredProblem[] }[];
  summary: ImportSummary;
}
