import "server-only";
import type { Translate } from "@/lib/i18n/translate";
import { translateValidation } from "@/lib/i18n/translate-validation";
import type { ImportSummary, PreviewResult, StoredProblem } from "./preview-common";

/** A row's problem as the API answers it: the column as the file names it, the field, the stable code, the reader's sentence. */
export interface PresentedProblem {
  column: string | null;
  field: string;
  code: string;
  message: string;
}

export function presentProblem(p: StoredProblem, summary: Pick<ImportSummary, "columns">, t: Translate): PresentedProblem {
  return { column: summary.columns[p.field] ?? null, field: p.field, code: p.code, message: translateValidation(t, p.message) };
}

/**
 * POST /imports/candidates and /imports/units: `{ importId, rows: [{ row, ok, errors }], summary }`
 * (shared/API.md), every message in the reader's language.
 */
export function presentPreview(result: PreviewResult, t: Translate) {
  const { summary } = result;
  return {
    importId: result.importId,
    kind: result.kind,
    fileName: result.fileName,
    status: result.status,
    rows: result.rows.map((r) => ({ row: r.row, ok: r.problems.length === 0, errors: r.problems.map((p) => presentProblem(p, summary, t)) })),
    summary: { total: summary.total, valid: summary.valid, invalid: summary.invalid, problems: summary.problems, sheetName: summary.sheetName },
  };
}
