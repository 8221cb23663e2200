import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { existingUnitCodes, findUnitsInScopeByCode, type ImportUnit } from "@/lib/db/imports";
import { planUnitTree, rowInput, UNIT_COLUMNS, type ExistingParent } from "@/lib/domain/import-rows";
import { ZUnitImportRow, type TUnitImportRow } from "@/lib/validation/import";
import { unitEnumLabels } from "./labels";
import {
  assertMayImport,
  checkHeader,
  schemaProblems,
  stamp,
  storable,
  storePreview,
  summarise,
  toStored,
  type PreviewResult,
  type StoredRow,
  type Upload,
} from "./preview-common";
import { readFirstSheet } from "./read-sheet";

/** A checked unit row, as a commit writes it: the parent is an existing unit (by id) or another row of the file (by its row number). */
export type UnitImportData = TUnitImportRow & { parentId: string | null; parentRow: number | null };

/**
 * The stamp of what a unit preview was checked against: the codes the file adds (still free) and
 * the existing units it hangs them under (as they are now).
 */
export function unitBasis(codes: readonly string[], parents: readonly ImportUnit[]): string {
  const parentState = [...parents].sort((a, b) => a.id.localeCompare(b.id)).map((u) => [u.id, u.code, u.kind, u.path, u.version, u.updatedAt.getTime()]);
  return stamp({ codes: [...codes].sort(), parents: parentState });
}

/**
 * Reads a unit-tree spreadsheet (a bloc's 70–400 units at once) and checks every row as the unit
 * form would (the same field rules), plus the tree: codes unique in the file and new to the
 * database, each parent an earlier or later row of the file or an existing unit the caller may
 * write under, kinds that fit under their parent, no cycle. Writes the Import record (PREVIEWED)
 * and its audit entry, nothing else. Administrators and superior staff only.
 */
export async function previewUnitImport({ actor, file: upload }: { actor: Actor; file: Upload }): Promise<PreviewResult> {
  assertMayImport(actor, "UNITS");
  const file = typeof upload === "function" ? await upload() : upload;
  const sheet = await readFirstSheet(file.bytes);
  const { byIndex, headerOf } = checkHeader(sheet, UNIT_COLUMNS);
  const enums = unitEnumLabels();

  const parsed = sheet.rows.map(({ number, cells }) => {
    const input = rowInput(cells, byIndex, enums);
    const result = ZUnitImportRow.safeParse(input);
    return { number, input, data: result.success ? result.data : null, problems: result.success ? [] : schemaProblems(result.error) };
  });
  // The tree needs each row's code, kind and parent even when another of its cells is wrong.
  const text = (v: unknown) => (typeof v === "string" && v.trim() ? storable(v.trim(), 60) : null);
  const treeRows = parsed.map((r) => ({
    rowNumber: r.number,
    code: r.data?.code ?? text(r.input.code),
    kind: r.data?.kind ?? null,
    parentCode: r.data ? r.data.parentCode : text(r.input.parentCode),
  }));

  const fileCodes = new Set(treeRows.flatMap((r) => (r.code ? [r.code] : [])));
  const taken = await existingUnitCodes([...fileCodes]);
  const parentCodes = [...new Set(treeRows.flatMap((r) => (r.parentCode && !fileCodes.has(r.parentCode) ? [r.parentCode] : [])))];
  const parents = await findUnitsInScopeByCode(actor.scope, parentCodes);
  const existing = new Map<string, ExistingParent>(parents.map((u) => [u.code, { kind: u.kind, writable: actor.scope.writable.has(u.id) }]));
  const outside = await existingUnitCodes(parentCodes.filter((c) => !existing.has(c)));
  const plan = planUnitTree(treeRows, { existing, taken, outside, allowRoot: actor.role === "ADMIN" });

  const parentByCode = new Map(parents.map((u) => [u.code, u]));
  const rows: StoredRow<UnitImportData>[] = parsed.map((r, index) => {
    const problems = [...r.problems, ...(plan.problems.get(index) ?? []).map(toStored)];
    const label = treeRows[index]!.code;
    if (problems.length || !r.data) return { row: r.number, label, problems, data: null };
    const inFile = plan.parentRow.get(index);
    const parentRow = inFile === null || inFile === undefined ? null : parsed[inFile]!.number;
    const parentId = parentRow === null && r.data.parentCode ? (parentByCode.get(r.data.parentCode)?.id ?? null) : null;
    return { row: r.number, label, problems, data: { ...r.data, parentId, parentRow } };
  });

  const summary = summarise(rows, headerOf, sheet.sheetName);
  const usedParents = parents.filter((u) => rows.some((r) => r.data?.parentId === u.id));
  const basis = unitBasis(
    rows.flatMap((r) => (r.data ? [r.data.code] : [])),
    usedParents,
  );
  const importId = await storePreview(actor, "UNITS", file.name, rows, summary, basis);
  return {
    importId,
    kind: "UNITS",
    fileName: file.name,
    status: "PREVIEWED",
    rows: rows.map(({ row, label, problems }) => ({ row, label, problems })),
    summary,
  };
}
