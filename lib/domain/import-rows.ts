/**
 * The pure rules of a spreadsheet import (issue 11): which column is which, how a cell becomes the
 * value a form would have sent (codes, or their labels in Vietnamese or English), what a row's
 * stage and dates must agree on, and the unit tree's rules (a kind under its parent, parents in the
 * file or in the tree, no cycles). No I/O: lib/services/imports reads the workbook and the database
 * and hands the values here; the field rules themselves are the candidate schema's
 * (lib/validation/import.ts builds on lib/validation/candidate.ts).
 */
import type { UnitKindCode } from "./codes";
import { addMonths, type IsoDate } from "./rules/dates";
import { EXIT_STAGES, stageIndex, type StageCode } from "./stages";
import { foldVi } from "./text";
import { kindFitsUnder } from "./unit-rules";

/** Data rows one file may hold (the bench is 10,000 rows; more is refused, nothing written). */
export const MAX_IMPORT_ROWS = 10_000;

/**
 * A cell as the workbook reader hands it over. A formula is kept as its text ("=A2&B2"), never
 * evaluated (nor its cached result used); a date cell is a calendar date.
 */
export type Cell = string | number | boolean | { date: IsoDate } | { formula: string } | null;

/** A problem with one row: the field (column) at fault, a stable code, and a message key with its parameters. */
export interface RowProblem {
  field: string;
  code: string;
  /** i18n key: "imports.problem.<…>" or a validation message key. */
  messageKey: string;
  params?: Record<string, string | number>;
}

// ── Columns ────────────────────────────────────────────────────────────────────────────────────

export type ColumnKind = "text" | "date" | "bool" | "enum" | "nationalId" | "phone" | "int";

export interface ColumnSpec {
  /** The API field the column fills. */
  field: string;
  /** The template's header (Vietnamese). */
  header: string;
  required: boolean;
  kind: ColumnKind;
  /** Other headers taken for the same column (besides the field name and the English header). */
  aliases?: readonly string[];
}

export const CANDIDATE_COLUMNS: readonly ColumnSpec[] = [
  { field: "fullName", header: "Họ và tên", required: true, kind: "text", aliases: ["Họ tên"] },
  { field: "sex", header: "Giới tính", required: true, kind: "enum" },
  { field: "birthDate", header: "Ngày sinh (dd/mm/yyyy)", required: true, kind: "date" },
  { field: "ethnicity", header: "Dân tộc", required: false, kind: "text" },
  { field: "religion", header: "Tôn giáo", required: false, kind: "text" },
  { field: "generalEducation", header: "Trình độ GDPT", required: false, kind: "text", aliases: ["Giáo dục phổ thông", "GDPT"] },
  { field: "educationLevel", header: "Trình độ chuyên môn", required: true, kind: "enum", aliases: ["Trình độ học vấn", "Trình độ"] },
  { field: "occupationGroup", header: "Nhóm nghề nghiệp", required: true, kind: "enum" },
  { field: "occupation", header: "Nghề nghiệp", required: false, kind: "text", aliases: ["Nghề nghiệp, chức vụ", "Chức vụ"] },
  { field: "nationalId", header: "Số CCCD", required: false, kind: "nationalId", aliases: ["CCCD", "Căn cước công dân", "Số căn cước"] },
  { field: "phone", header: "Điện thoại", required: false, kind: "phone", aliases: ["Số điện thoại", "SĐT"] },
  { field: "hometown", header: "Quê quán", required: false, kind: "text" },
  { field: "residence", header: "Nơi ở hiện nay", required: false, kind: "text", aliases: ["Nơi ở", "Nơi cư trú"] },
  { field: "youthUnionMember", header: "Đoàn viên TN", required: false, kind: "bool", aliases: ["Đoàn viên Đoàn TNCS Hồ Chí Minh", "Đoàn viên"] },
  { field: "tradeUnionMember", header: "Công đoàn viên", required: false, kind: "bool", aliases: ["Đoàn viên Công đoàn"] },
  { field: "returningConscript", header: "Quân nhân xuất ngũ", required: false, kind: "bool" },
  { field: "readmission", header: "Kết nạp lại", required: false, kind: "bool" },
  { field: "unitCode", header: "Mã chi bộ", required: true, kind: "text", aliases: ["Mã đơn vị"] },
  { field: "stage", header: "Giai đoạn", required: false, kind: "enum" },
  { field: "stageSince", header: "Ngày vào giai đoạn (dd/mm/yyyy)", required: false, kind: "date", aliases: ["Từ ngày", "Ngày vào giai đoạn"] },
  { field: "note", header: "Ghi chú", required: false, kind: "text" },
];

export const UNIT_COLUMNS: readonly ColumnSpec[] = [
  { field: "code", header: "Mã đơn vị", required: true, kind: "text" },
  { field: "name", header: "Tên", required: true, kind: "text", aliases: ["Tên đơn vị"] },
  { field: "kind", header: "Loại", required: true, kind: "enum", aliases: ["Loại đơn vị"] },
  { field: "parentCode", header: "Mã đơn vị cấp trên", required: true, kind: "text", aliases: ["Mã cấp trên", "Đơn vị cấp trên"] },
  { field: "place", header: "Địa danh", required: false, kind: "text" },
  { field: "officialMembers", header: "Số đảng viên chính thức", required: false, kind: "int", aliases: ["Đảng viên chính thức"] },
  { field: "totalMembers", header: "Tổng số đảng viên", required: false, kind: "int", aliases: ["Số đảng viên"] },
  { field: "committeeMembers", header: "Số ủy viên cấp ủy", required: false, kind: "int", aliases: ["Số cấp ủy viên", "Ủy viên cấp ủy"] },
  { field: "hasYouthUnion", header: "Có Đoàn TN", required: false, kind: "bool", aliases: ["Có Đoàn", "Có tổ chức Đoàn"] },
];

/** Headers a sheet may carry that are not data (a row number): read past, never refused. */
const IGNORED_HEADERS = new Set(["stt", "so tt", "so thu tu", "tt", "no", "#"]);

/**
 * A header as compared: accents folded, case ignored, any "(…)" hint and required-marker "*"
 * dropped, spaces collapsed ("Ngày sinh (dd/mm/yyyy) *" → "ngay sinh"). Unicode "tổ hợp" input folds too.
 */
export function headerKey(text: string): string {
  return foldVi(text.replace(/\([^)]*\)/g, " ").replace(/[*:]/g, " "));
}

export interface HeaderMatch {
  /** Column index (0-based, as in the header row) → the column it holds. */
  byIndex: Map<number, ColumnSpec>;
  /** Required columns not found. */
  missing: ColumnSpec[];
  /** Headers that are no column of the template (renamed, or foreign). */
  unknown: { index: number; text: string }[];
  /** Headers naming a column a second time. */
  duplicate: { index: number; text: string }[];
}

/**
 * Finds the template's columns in a header row, in any order. `englishHeaders` maps a field to its
 * English label (the template in English), also accepted, as is the API field name itself.
 */
export function matchHeader(header: readonly Cell[], columns: readonly ColumnSpec[], englishHeaders: Record<string, string> = {}): HeaderMatch {
  const lookup = new Map<string, ColumnSpec>();
  for (const column of columns) {
    for (const name of [column.header, column.field, englishHeaders[column.field], ...(column.aliases ?? [])]) {
      if (name) lookup.set(headerKey(name), column);
    }
  }
  const byIndex = new Map<number, ColumnSpec>();
  const seen = new Set<string>();
  const unknown: HeaderMatch["unknown"] = [];
  const duplicate: HeaderMatch["duplicate"] = [];
  header.forEach((cell, index) => {
    const text = cellText(cell);
    if (text === null) return;
    const key = headerKey(text);
    if (IGNORED_HEADERS.has(key)) return;
    const column = lookup.get(key);
    if (!column) unknown.push({ index, text });
    else if (seen.has(column.field)) duplicate.push({ index, text });
    else {
      seen.add(column.field);
      byIndex.set(index, column);
    }
  });
  const missing = columns.filter((c) => c.required && !seen.has(c.field));
  return { byIndex, missing, unknown, duplicate };
}

// ── Cells ──────────────────────────────────────────────────────────────────────────────────────

const isDateCell = (cell: Cell): cell is { date: IsoDate } => typeof cell === "object" && cell !== null && "date" in cell;
const isFormulaCell = (cell: Cell): cell is { formula: string } => typeof cell === "object" && cell !== null && "formula" in cell;

const dmy = (iso: IsoDate) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

function numberText(value: number): string {
  // Whole numbers as digits ("38201001234", never "3.8201001234e+10"); others as JavaScript writes them.
  return Number.isSafeInteger(value) ? String(value) : Number.isInteger(value) ? BigInt(value).toString() : String(value);
}

/**
 * A cell as text: what the reader would type into the form. Blank text is null. A formula is its own
 * text ("=A2&B2"), a date cell reads dd/mm/yyyy.
 */
export function cellText(cell: Cell): string | null {
  if (cell === null) return null;
  if (typeof cell === "string") return cell.trim() === "" ? null : cell;
  if (typeof cell === "number") return Number.isFinite(cell) ? numberText(cell) : null;
  if (typeof cell === "boolean") return cell ? "TRUE" : "FALSE";
  if (isDateCell(cell)) return dmy(cell.date);
  if (isFormulaCell(cell)) return cell.formula;
  return null;
}

/** A date column: a date cell as ISO; typed text ("15/03/2001", "2001-03-15") as it is, for the schema to read. */
export function cellDate(cell: Cell): string | null {
  if (isDateCell(cell)) return cell.date;
  return cellText(cell);
}

const TRUE_WORDS = new Set(["x", "co", "yes", "true", "1", "dung", "v"]);
const FALSE_WORDS = new Set(["khong", "no", "false", "0", "sai", "-"]);

/** A yes/no column: a ticked box, "x", "có"/"không", yes/no, 1/0; blank is no. Anything else is left for the schema to refuse. */
export function cellBool(cell: Cell): boolean | string {
  if (cell === null) return false;
  if (typeof cell === "boolean") return cell;
  const text = cellText(cell);
  if (text === null) return false;
  const key = foldVi(text);
  if (TRUE_WORDS.has(key)) return true;
  if (FALSE_WORDS.has(key)) return false;
  return text;
}

/**
 * The national ID: 12 digits that spreadsheets like to turn into a number, losing the leading zeros
 * (every province code starts with 0). A whole number that fits is written back with them.
 */
export function cellNationalId(cell: Cell): string | null {
  if (typeof cell === "number" && Number.isInteger(cell) && cell >= 0 && cell < 1e12) return String(cell).padStart(12, "0");
  return cellText(cell);
}

/** A phone number stored as a number lost its leading 0 ("912345678"): put it back. */
export function cellPhone(cell: Cell): string | null {
  if (typeof cell === "number" && Number.isInteger(cell) && cell > 0) {
    const digits = String(cell);
    return digits.length >= 9 && digits.length <= 10 ? `0${digits}` : digits;
  }
  return cellText(cell);
}

/** A count: a number cell as it is, typed digits as text for the schema to read. */
export function cellInt(cell: Cell): number | string | null {
  if (typeof cell === "number") return cell;
  return cellText(cell);
}

/** Labels of one code list, in every language the template may be filled in: code → labels. */
export type LabelTable = Record<string, readonly string[]>;

/**
 * A code from what was typed: the code itself ("MALE") or one of its labels ("Nam", "Male"),
 * accents, case and spacing aside. Anything else is returned as typed, for the schema to refuse.
 */
export function codeFromLabel(text: string | null, labels: LabelTable): string | null {
  if (text === null) return null;
  return lookupOf(labels).get(foldVi(text)) ?? text;
}

// Folded label → code, built once per table (a 10,000-row file looks up 40,000 cells).
const lookups = new WeakMap<LabelTable, Map<string, string>>();
function lookupOf(labels: LabelTable): Map<string, string> {
  let lookup = lookups.get(labels);
  if (!lookup) {
    lookup = new Map();
    // Codes first, then labels in table order: the first code to claim a folded name keeps it.
    for (const code of Object.keys(labels)) for (const name of [code, code.replace(/_/g, " ")]) if (!lookup.has(foldVi(name))) lookup.set(foldVi(name), code);
    for (const [code, names] of Object.entries(labels)) for (const name of names) if (!lookup.has(foldVi(name))) lookup.set(foldVi(name), code);
    lookups.set(labels, lookup);
  }
  return lookup;
}

/** Per enum field, its labels (the service builds them from the message files). */
export type EnumLabels = Record<string, LabelTable>;

/**
 * A row of cells as the input object the form would have sent (labels turned into codes). A blank
 * cell is a field not sent, so that the schema's defaults apply (ethnicity Kinh, no union membership).
 */
export function rowInput(cells: readonly Cell[], byIndex: ReadonlyMap<number, ColumnSpec>, enums: EnumLabels): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  for (const [index, column] of byIndex) {
    const cell = cells[index] ?? null;
    if (cellText(cell) === null) continue;
    switch (column.kind) {
      case "date":
        input[column.field] = cellDate(cell);
        break;
      case "bool":
        input[column.field] = cellBool(cell);
        break;
      case "nationalId":
        input[column.field] = cellNationalId(cell);
        break;
      case "phone":
        input[column.field] = cellPhone(cell);
        break;
      case "int":
        input[column.field] = cellInt(cell);
        break;
      case "enum":
        input[column.field] = codeFromLabel(cellText(cell), enums[column.field] ?? {});
        break;
      default:
        input[column.field] = cellText(cell);
    }
  }
  return input;
}

/** Whether a row holds nothing at all (skipped, like a blank line in the sheet). */
export function isBlankRow(cells: readonly Cell[]): boolean {
  return cells.every((cell) => cellText(cell) === null);
}

/**
 * Rows repeating an earlier row's value (national ID, unit code): index → the first row's index.
 * Blank values are not compared; surrounding spaces are ignored.
 */
export function duplicatesInFile(values: readonly (string | null | undefined)[]): Map<number, number> {
  const first = new Map<string, number>();
  const repeats = new Map<number, number>();
  values.forEach((value, index) => {
    if (!value) return;
    const key = value.trim();
    const seen = first.get(key);
    if (seen === undefined) first.set(key, index);
    else repeats.set(index, seen);
  });
  return repeats;
}

// ── The stage a row lands in ───────────────────────────────────────────────────────────────────

/** The age (years) from which a person can be on a source list: Youth Union age. */
export const MIN_SOURCE_AGE_YEARS = 16;
/** The age at the branch vote (domain.md): a stage after the vote began on or after the 18th birthday. */
export const MIN_VOTE_AGE_YEARS = 18;

export interface StageRowFacts {
  stage: StageCode;
  /** The date the candidate entered the stage; null when the cell was blank. */
  stageSince: IsoDate | null;
  birthDate: IsoDate;
  today: IsoDate;
  /** The stages the candidate's branch goes through (lib/domain/rules/flow.ts pathFor). */
  path: readonly StageCode[];
}

/**
 * What a row's stage and dates must agree on. An imported candidate lands in the stage given with
 * stageSince as its date; no step records (classes, votes, decisions) are invented, so the only
 * checks are the ones the dates alone can support:
 *
 * - a terminal exit (DROPPED, STRUCK_OFF) is not imported: it needs a recorded reason;
 * - the stage must be on the branch's path (no committee review for a grassroots branch, no
 *   awareness test where the superior runs none);
 * - every stage after SOURCE needs its date (SOURCE defaults to the import date);
 * - the date cannot be in the future, nor before the 16th birthday;
 * - a stage after the branch vote (committee review onwards) began after a vote held at 18 or
 *   older, so not before the 18th birthday.
 */
export function stageProblems(facts: StageRowFacts): RowProblem[] {
  const { stage, stageSince, birthDate, today, path } = facts;
  if ((EXIT_STAGES as readonly string[]).includes(stage)) return [problem("stage", "STAGE_NOT_IMPORTABLE", { stage })];
  if (!path.includes(stage)) return [problem("stage", "STAGE_NOT_ON_PATH", { stage })];
  if (stageSince === null) return stage === "SOURCE" ? [] : [problem("stageSince", "STAGE_DATE_REQUIRED", { stage })];
  if (stageSince > today) return [problem("stageSince", "STAGE_DATE_IN_FUTURE")];
  if (stageSince < addMonths(birthDate, MIN_SOURCE_AGE_YEARS * 12)) return [problem("stageSince", "STAGE_DATE_BEFORE_AGE_16", { years: MIN_SOURCE_AGE_YEARS })];
  if (stageIndex(stage) > stageIndex("BRANCH_VOTE") && stageSince < addMonths(birthDate, MIN_VOTE_AGE_YEARS * 12)) {
    return [problem("stageSince", "STAGE_DATE_BEFORE_AGE_18", { stage, years: MIN_VOTE_AGE_YEARS })];
  }
  return [];
}

function problem(field: string, code: string, params?: Record<string, string | number>): RowProblem {
  return { field, code, messageKey: `imports.problem.${code}`, ...(params ? { params } : {}) };
}

// ── The unit tree ──────────────────────────────────────────────────────────────────────────────

/** A unit row as far as the tree is concerned (null fields: the row's own cell was invalid). */
export interface UnitTreeRow {
  /** The row's number in the sheet (what the reader sees), for messages naming another row. */
  rowNumber: number;
  code: string | null;
  kind: UnitKindCode | null;
  parentCode: string | null;
}

/** An existing unit a row names as its parent. */
export interface ExistingParent {
  kind: UnitKindCode;
  /** The caller may add units under it (their subtree). */
  writable: boolean;
}

export interface UnitTreePlan {
  /** Problems per row index. */
  problems: Map<number, RowProblem[]>;
  /** Row indexes, parents before children (rows in a cycle or under an unknown parent left out). */
  order: number[];
  /** Per row index: the parent row's index in the file, or null when the parent is an existing unit (or none). */
  parentRow: Map<number, number | null>;
}

/**
 * Places the file's units in the tree: each names a parent that is another row of the file (in any
 * order) or an existing unit the caller may write under; codes are unique in the file and new to
 * the database; kinds fit their parents (lib/domain/unit-rules.ts kindFitsUnder, the rule of the
 * unit form); no row is its own ancestor. `existing` holds the units the
 * file names (as parents), by code; `taken` the file's codes that already exist anywhere; `unitsOutside`
 * the parent codes that exist but lie outside the caller's scope. A root (no parent) is allowed
 * only with `allowRoot` (administrators), and only for a superior committee.
 */
export function planUnitTree(
  rows: readonly UnitTreeRow[],
  lookups: { existing: ReadonlyMap<string, ExistingParent>; taken: ReadonlySet<string>; outside: ReadonlySet<string>; allowRoot: boolean },
): UnitTreePlan {
  // Codes are compared as the database holds them (unique, case-sensitive), surrounding spaces aside.
  const norm = (code: string | null) => (code ? code.trim() : null);
  const problems = new Map<number, RowProblem[]>();
  const add = (index: number, p: RowProblem) => problems.set(index, [...(problems.get(index) ?? []), p]);
  const byCode = new Map<string, number>();
  const repeats = duplicatesInFile(rows.map((r) => r.code));
  rows.forEach((row, index) => {
    const code = norm(row.code);
    if (code === null) return;
    const first = repeats.get(index);
    if (first !== undefined)
      add(index, { ...problem("code", "DUPLICATE_IN_FILE", { row: rows[first]!.rowNumber }), messageKey: "imports.problem.DUPLICATE_CODE_IN_FILE" });
    else byCode.set(code, index);
    if (lookups.taken.has(code)) add(index, { ...problem("code", "EXISTS", { code: row.code!.trim() }), messageKey: "imports.problem.EXISTS_UNIT_CODE" });
  });
  const existingByCode = new Map([...lookups.existing].map(([code, unit]) => [norm(code)!, unit]));
  const outside = new Set([...lookups.outside].map((c) => norm(c)!));

  // Each row's parent: a row of the file, an existing unit, none (a root), or a problem.
  const parentRow = new Map<number, number | null>();
  rows.forEach((row, index) => {
    const parent = norm(row.parentCode);
    if (parent === null) {
      if (!lookups.allowRoot) add(index, problem("parentCode", "PARENT_REQUIRED"));
      else if (row.kind !== null && !kindFitsUnder(null, row.kind)) add(index, problem("kind", "KIND_NOT_UNDER_PARENT", { kind: row.kind, parentKind: "-" }));
      else parentRow.set(index, null);
      return;
    }
    const inFile = byCode.get(parent);
    const existing = existingByCode.get(parent);
    if (inFile !== undefined && inFile !== index) {
      parentRow.set(index, inFile);
      const parentKind = rows[inFile]!.kind;
      if (row.kind !== null && parentKind !== null && !kindFitsUnder(parentKind, row.kind)) {
        add(index, problem("kind", "KIND_NOT_UNDER_PARENT", { kind: row.kind, parentKind }));
      }
    } else if (inFile === index) {
      add(index, problem("parentCode", "CYCLE", { code: parent }));
    } else if (existing && existing.writable) {
      parentRow.set(index, null);
      if (row.kind !== null && !kindFitsUnder(existing.kind, row.kind))
        add(index, problem("kind", "KIND_NOT_UNDER_PARENT", { kind: row.kind, parentKind: existing.kind }));
    } else if (existing || outside.has(parent)) {
      add(index, { ...problem("parentCode", "UNIT_OUT_OF_SCOPE", { code: row.parentCode!.trim() }), messageKey: "imports.problem.PARENT_OUT_OF_SCOPE" });
    } else {
      add(index, problem("parentCode", "PARENT_UNKNOWN", { code: row.parentCode!.trim() }));
    }
  });

  // Parents first. A row whose chain of parents in the file loops back is in a cycle; a row under
  // a row that cannot be placed (a cycle, an unknown parent) cannot be placed either.
  const order: number[] = [];
  const placed = new Map<number, boolean>();
  const visiting = new Set<number>();
  const cyclic = new Set<number>();
  const visit = (index: number, trail: number[]): boolean => {
    const known = placed.get(index);
    if (known !== undefined) return known;
    if (visiting.has(index)) {
      for (const i of trail.slice(trail.indexOf(index))) cyclic.add(i);
      return false;
    }
    if (!parentRow.has(index)) {
      placed.set(index, false);
      return false;
    }
    visiting.add(index);
    const parent = parentRow.get(index);
    const parentPlaced = parent === null || parent === undefined ? true : visit(parent, [...trail, index]);
    visiting.delete(index);
    const ok = parentPlaced && !cyclic.has(index);
    placed.set(index, ok);
    if (ok) order.push(index);
    return ok;
  };
  rows.forEach((_, index) => visit(index, []));
  for (const index of cyclic) add(index, problem("parentCode", "CYCLE", { code: rows[index]!.parentCode?.trim() ?? "" }));
  rows.forEach((row, index) => {
    const parent = parentRow.get(index);
    if (!placed.get(index) && !problems.has(index) && parent !== null && parent !== undefined) {
      add(index, problem("parentCode", "PARENT_NOT_PLACED", { code: row.parentCode?.trim() ?? "", row: rows[parent]!.rowNumber }));
    }
  });
  return { problems, order, parentRow };
}
