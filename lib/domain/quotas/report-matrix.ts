/**
 * The periodic report of the statistical returns: people admitted in a period, by unit and by
 * category (domain.md §8.3). Pure: the rows come in, the matrix with its totals comes out; the
 * service only labels and renders it.
 */
import { EDUCATION_LEVELS, type EducationLevelCode } from "@/lib/domain/codes";
import { AGE_BANDS, CATEGORIES, ageBand, categoriesOf, type AgeBand, type Category, type CategorySubject } from "./categories";

export interface ReportSubject extends CategorySubject {
  /** The unit the person counts for: a child of the report's unit, or the unit itself. */
  unitId: string;
  educationLevel: EducationLevelCode;
}

/** Levels counted together as "cao đẳng trở lên", the figure reports quote ("57.32 % cao đẳng trở lên"). */
const COLLEGE_OR_ABOVE: readonly EducationLevelCode[] = ["COLLEGE", "UNIVERSITY", "MASTER", "DOCTORATE"];

export type ReportColumn =
  { kind: "category"; key: Category } | { kind: "ageBand"; key: AgeBand } | { kind: "education"; key: EducationLevelCode } | { kind: "collegeOrAbove" };

/**
 * The report's columns in order. UNDER_30 is left out: the 18–30 band is the same people (the
 * reports' "dưới 30"), and two identical columns side by side would only invite doubt.
 */
export const REPORT_COLUMNS: readonly ReportColumn[] = [
  ...CATEGORIES.filter((c) => c !== "UNDER_30").map((key) => ({ kind: "category" as const, key })),
  ...AGE_BANDS.map((key) => ({ kind: "ageBand" as const, key })),
  ...EDUCATION_LEVELS.map((key) => ({ kind: "education" as const, key })),
  { kind: "collegeOrAbove" },
];

/** Whether a person falls in a column (a person may fall in many categories, one age band, one level). */
export function inColumn(subject: ReportSubject, column: ReportColumn, categories: readonly Category[] = categoriesOf(subject)): boolean {
  switch (column.kind) {
    case "category":
      return categories.includes(column.key);
    case "ageBand":
      return ageBand(subject.ageAtDecision) === column.key;
    case "education":
      return subject.educationLevel === column.key;
    case "collegeOrAbove":
      return COLLEGE_OR_ABOVE.includes(subject.educationLevel);
  }
}

export interface MatrixLine {
  total: number;
  /** One count per REPORT_COLUMNS entry, in the same order. */
  counts: number[];
}

/** Counts the subjects in each column. */
export function countLine(subjects: readonly ReportSubject[]): MatrixLine {
  const counts = REPORT_COLUMNS.map(() => 0);
  for (const s of subjects) {
    const categories = categoriesOf(s);
    REPORT_COLUMNS.forEach((column, i) => {
      if (inColumn(s, column, categories)) counts[i]! += 1;
    });
  }
  return { total: subjects.length, counts };
}

export interface CategoryMatrix {
  columns: readonly ReportColumn[];
  /** Every child unit in the order given, zero rows included: a unit with no admissions is itself a fact the returns report. */
  units: ({ unitId: string } & MatrixLine)[];
  /** Admissions counted for the report's unit itself (candidates held directly by it), or null when there are none. */
  direct: MatrixLine | null;
  total: MatrixLine;
}

/**
 * The unit × category matrix. `unitIds` are the child units in display order; subjects keyed to
 * `parentId` make the direct row. A subject keyed to a unit not listed still counts in the total,
 * so callers should list every unit the subjects name (the total is always the whole period).
 */
export function categoryMatrix(subjects: readonly ReportSubject[], unitIds: readonly string[], parentId: string): CategoryMatrix {
  const byUnit = new Map<string, ReportSubject[]>();
  for (const s of subjects) {
    const list = byUnit.get(s.unitId);
    if (list) list.push(s);
    else byUnit.set(s.unitId, [s]);
  }
  const directSubjects = byUnit.get(parentId) ?? [];
  return {
    columns: REPORT_COLUMNS,
    units: unitIds.filter((id) => id !== parentId).map((unitId) => ({ unitId, ...countLine(byUnit.get(unitId) ?? []) })),
    direct: directSubjects.length ? countLine(directSubjects) : null,
    total: countLine(subjects),
  };
}
