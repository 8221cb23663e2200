import "server-only";
import type { Actor } from "@/lib/auth/actor";
import type { Scope } from "@/lib/auth/scope-rules";
import { admittedSubjects, unitNamesUnder, type RollupParent } from "@/lib/db/rollups";
import type { Period } from "@/lib/domain/quotas/period";
import { categoryMatrix, type MatrixLine, type ReportColumn, type ReportSubject } from "@/lib/domain/quotas/report-matrix";
import { translatorFor } from "@/lib/i18n/translate";
import { dashboardUnit } from "./parent-unit";
import type { SheetData } from "./sheet-file";

/** The report is a statistical return in Vietnamese whatever the reader's language. */
const t = translatorFor("vi");

function columnLabel(column: ReportColumn): string {
  switch (column.kind) {
    case "category":
      return t(`dashboard.category.${column.key}`);
    case "ageBand":
      return t(`dashboard.ageBand.${column.key}`);
    case "education":
      return t(`education.${column.key}`);
    case "collegeOrAbove":
      return t("dashboard.collegeOrAbove");
  }
}

/**
 * The units the report lists, in order: the active children, then any other unit the admissions
 * are keyed to (a child deactivated since), so the unit rows always add up to the total.
 */
async function reportUnits(scope: Scope, parent: RollupParent, children: { id: string; name: string }[], subjects: ReportSubject[]) {
  const known = new Set([parent.id, ...children.map((c) => c.id)]);
  const missing = [...new Set(subjects.map((s) => s.unitId))].filter((id) => !known.has(id));
  const extra = missing.length ? await unitNamesUnder(scope, parent, missing) : [];
  return [...children, ...extra];
}

const line = (label: string, l: MatrixLine) => [label, l.total, ...l.counts];

/**
 * The periodic report for a unit: admitted in the period by child unit and category, with a row
 * for the unit's own direct admissions and a total row, as a table ready for xlsx or CSV.
 * null when the caller has no unit to report on.
 */
export async function categoryReport(
  actor: Actor,
  period: Period,
  unitId: string | undefined,
): Promise<{ unit: { id: string; name: string }; sheet: SheetData } | null> {
  const found = await dashboardUnit(actor, unitId);
  if (!found) return null;
  const { unit, children } = found;
  const subjects = await admittedSubjects(actor.scope, unit, period.from, period.to);
  const units = await reportUnits(actor.scope, unit, children, subjects);
  const matrix = categoryMatrix(
    subjects,
    units.map((u) => u.id),
    unit.id,
  );
  const nameOf = new Map(units.map((u) => [u.id, u.name]));
  const rows: SheetData["rows"] = matrix.units.map((u) => ({ cells: line(nameOf.get(u.unitId) ?? u.unitId, u) }));
  if (matrix.direct) rows.push({ cells: line(t("dashboard.report.direct", { unit: unit.name }), matrix.direct) });
  rows.push({ cells: line(t("dashboard.report.grandTotal"), matrix.total), bold: true });
  return {
    unit: { id: unit.id, name: unit.name },
    sheet: {
      name: "Kết nạp theo đơn vị",
      title: t("dashboard.report.title", { period: period.label, unit: unit.name }),
      header: [t("dashboard.report.unit"), t("dashboard.report.total"), ...matrix.columns.map(columnLabel)],
      rows,
      otherWidth: 12,
    },
  };
}
