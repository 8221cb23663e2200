import "server-only";
import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { reasonSentences } from "@/lib/domain/quotas/forecast-reason";
import type { Period } from "@/lib/domain/quotas/period";
import { translatorFor } from "@/lib/i18n/translate";
import { msg } from "@/lib/validation/messages";
import { parseOrThrow } from "@/lib/validation/parse";
import { ZDashboardQuery } from "@/lib/validation/quota";
import { getAttainment } from "./attainment";
import { categoryReport } from "./category-report";
import { getDashboardCharts } from "./charts";
import { getForecast, type TUnitForecast } from "./forecast";
import { addSheet, csvFile, exportBasename, newWorkbook, xlsxFile, type ExportFile, type SheetData } from "./sheet-file";

export const EXPORT_FORMATS = ["xlsx", "csv"] as const;
/** table: the dashboard's unit table; categories: the periodic report (admitted by unit × category). */
export const EXPORT_REPORTS = ["table", "categories"] as const;

const ZExport = ZDashboardQuery.extend({
  format: z.enum(EXPORT_FORMATS, { error: msg("invalidOption") }).default("xlsx"),
  report: z.enum(EXPORT_REPORTS, { error: msg("invalidOption") }).default("table"),
});
type Format = (typeof EXPORT_FORMATS)[number];

const t = translatorFor("vi");
const pct = (ratio: number | null) => (ratio === null ? null : Math.round(ratio * 1000) / 10);

/**
 * The dashboard as a file: `report=table` (default) is the unit table (xlsx adds the category
 * breakdown and the unit × category report as further sheets); `report=categories` is the periodic
 * report alone. Vietnamese headers in both formats; VALIDATION_FAILED (422) on a bad parameter.
 */
export async function exportDashboard({ actor, input }: { actor: Actor; input: unknown }): Promise<ExportFile> {
  const { format, report, period, unitId } = parseOrThrow(ZExport, input);
  return report === "categories" ? exportCategoryReport(actor, period, unitId, format) : exportTable(actor, period, unitId, format);
}

async function exportCategoryReport(actor: Actor, period: Period, unitId: string | undefined, format: Format): Promise<ExportFile> {
  const report = await categoryReport(actor, period, unitId);
  // A caller with no unit gets an empty report rather than an error: the same as the dashboard.
  const sheet: SheetData = report?.sheet ?? { name: "Kết nạp theo đơn vị", header: [t("dashboard.report.unit"), t("dashboard.report.total")], rows: [] };
  const basename = exportBasename("ket-nap-theo-doi-tuong", period.label, report?.unit.name ?? null);
  if (format === "csv") return csvFile(sheet, basename);
  const book = newWorkbook();
  addSheet(book, sheet);
  return xlsxFile(book, basename);
}

const TABLE_HEADER = [
  "Đơn vị",
  "Chỉ tiêu",
  "Đã kết nạp",
  "Tỷ lệ đạt (%)",
  "Vượt/thiếu",
  "Dự báo cuối kỳ",
  "Nguy cơ không đạt",
  "Đang trong quy trình",
  "Đảng viên dự bị",
  t("dashboard.exportReason"),
];
const NOT_IN_PIPELINE = ["CEREMONY", "PROBATION", "OFFICIAL"];
/** A unit's forecast and, when it is at risk, why (the dashboard's sentences, in Vietnamese). */
const forecastCells = (f: TUnitForecast | null | undefined) => ({
  projected: f ? Math.round(f.projectedTotal * 10) / 10 : null,
  risk: f?.atRisk ? "Có" : "",
  why: f?.atRisk ? reasonSentences(f.reason, t).join(" ") : "",
});

/** The dashboard table: one row per child unit, and in xlsx a bold sum row for the unit itself. */
async function tableSheet(actor: Actor, period: Period, unitId: string | undefined, withSum: boolean) {
  const q = { period: period.label, unitId };
  const [attainment, forecast] = await Promise.all([getAttainment({ actor, input: q }), getForecast({ actor, input: q })]);
  const rows: SheetData["rows"] = attainment.rows.map((r) => {
    const f = forecast.rows.find((x) => x.unitId === r.unitId);
    const inPipeline = Object.entries(r.pipeline)
      .filter(([s]) => !NOT_IN_PIPELINE.includes(s))
      .reduce((n, [, c]) => n + (c ?? 0), 0);
    const { projected, risk, why } = forecastCells(f);
    return {
      cells: [
        r.name,
        r.quota,
        r.admitted,
        pct(r.attainment),
        r.quota === null ? null : r.admitted - r.quota,
        projected,
        risk,
        inPipeline,
        r.pipeline.PROBATION ?? 0,
        why,
      ],
    };
  });
  const parent = "parent" in attainment ? attainment.parent : null;
  // The unit's own forecast on its sum row: the figure its row shows one level up.
  const own = forecastCells(forecast.parent);
  if (withSum && parent)
    rows.push({
      cells: [
        `Cộng (${parent.name})`,
        parent.quota,
        parent.admitted,
        pct(parent.attainment),
        parent.quota === null ? null : parent.admitted - parent.quota,
        own.projected,
        own.risk,
        null,
        null,
        own.why,
      ],
      bold: true,
    });
  const sheet: SheetData = {
    name: `Chỉ tiêu ${period.label}`,
    title: `Kết quả phát triển đảng viên so với chỉ tiêu — ${period.label}`,
    header: TABLE_HEADER,
    rows,
    otherWidth: 16,
  };
  return { sheet, unitName: parent?.name ?? null };
}

/** Admitted by category with shares and the quota's category targets (the dashboard's breakdown chart). */
async function breakdownSheet(actor: Actor, period: Period, unitId: string | undefined): Promise<SheetData> {
  const charts = await getDashboardCharts({ actor, input: { period: period.label, unitId } });
  const rows: SheetData["rows"] = (charts?.categories ?? []).map((c) => ({
    cells: [t(`dashboard.category.${c.category}`), c.count, pct(c.share), c.target, pct(c.attainment)],
  }));
  rows.push({ cells: ["Tổng số kết nạp", charts?.admittedTotal ?? 0, 100], bold: true });
  return { name: "Cơ cấu kết nạp", header: ["Đối tượng", "Số người", "Tỷ lệ (%)", "Chỉ tiêu", "Tỷ lệ đạt (%)"], rows, firstWidth: 36 };
}

async function exportTable(actor: Actor, period: Period, unitId: string | undefined, format: Format): Promise<ExportFile> {
  if (format === "csv") {
    const { sheet, unitName } = await tableSheet(actor, period, unitId, false);
    return csvFile(sheet, exportBasename("chi-tieu", period.label, unitName));
  }
  const [table, breakdown, report] = await Promise.all([
    tableSheet(actor, period, unitId, true),
    breakdownSheet(actor, period, unitId),
    categoryReport(actor, period, unitId),
  ]);
  const book = newWorkbook();
  addSheet(book, table.sheet);
  addSheet(book, breakdown);
  if (report) addSheet(book, report.sheet);
  return xlsxFile(book, exportBasename("chi-tieu", period.label, table.unitName));
}
