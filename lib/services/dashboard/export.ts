import "server-only";
import ExcelJS from "exceljs";
import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { translatorFor } from "@/lib/i18n/translate";
import { msg } from "@/lib/validation/messages";
import { parseOrThrow } from "@/lib/validation/parse";
import { ZDashboardQuery } from "@/lib/validation/quota";
import { getAttainment } from "./attainment";
import { getDashboardCharts } from "./charts";
import { getForecast } from "./forecast";

const ZExport = ZDashboardQuery.extend({ format: z.enum(["xlsx", "csv"], { error: msg("invalidOption") }).default("xlsx") });

const csvCell = (v: unknown) => {
  const s = v === null || v === undefined ? "" : String(v);
  return /[",\n;]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

/**
 * The dashboard table and the period report (admitted by category) as an Excel workbook with
 * Vietnamese headers, or the table as CSV (UTF-8 with BOM so Excel opens the accents right).
 */
export async function exportDashboard({ actor, input }: { actor: Actor; input: unknown }) {
  const { format, ...query } = parseOrThrow(ZExport, input);
  const q = { period: query.period.label, unitId: query.unitId };
  const [attainment, forecast, charts] = await Promise.all([getAttainment({ actor, input: q }), getForecast({ actor, input: q }), getDashboardCharts({ actor, input: q })]);
  const t = translatorFor("vi") as unknown as (key: string, params?: Record<string, string | number>) => string;
  const header = ["Đơn vị", "Chỉ tiêu", "Đã kết nạp", "Tỷ lệ đạt (%)", "Vượt/thiếu", "Dự báo cuối kỳ", "Nguy cơ không đạt", "Đang trong quy trình", "Đảng viên dự bị"];
  const rows = attainment.rows.map((r) => {
    const f = forecast.rows.find((x) => x.unitId === r.unitId);
    const inPipeline = Object.entries(r.pipeline).filter(([s]) => !["CEREMONY", "PROBATION", "OFFICIAL"].includes(s)).reduce((n, [, c]) => n + (c ?? 0), 0);
    return [r.name, r.quota, r.admitted, r.attainment === null ? null : Math.round(r.attainment * 1000) / 10, r.quota === null ? null : r.admitted - r.quota, f ? Math.round(f.projectedTotal * 10) / 10 : null, f?.atRisk ? "Có" : "", inPipeline, r.pipeline.PROBATION ?? 0];
  });
  const name = `chi-tieu-${attainment.period}`;
  if (format === "csv") {
    const body = [header, ...rows].map((line) => line.map(csvCell).join(",")).join("\r\n");
    return { filename: `${name}.csv`, contentType: "text/csv; charset=utf-8", body: Buffer.from(`\uFEFF${body}`, "utf8") };
  }
  const book = new ExcelJS.Workbook();
  book.creator = "Phát triển đảng viên";
  const sheet = book.addWorksheet(`Chỉ tiêu ${attainment.period}`);
  sheet.addRow([`Kết quả phát triển đảng viên so với chỉ tiêu — ${attainment.period}`]).font = { bold: true, size: 13 };
  sheet.addRow([]);
  sheet.addRow(header).font = { bold: true };
  rows.forEach((r) => sheet.addRow(r));
  if ("parent" in attainment && attainment.parent) {
    const p = attainment.parent;
    sheet.addRow([`Cộng (${p.name})`, p.quota, p.admitted, p.attainment === null ? null : Math.round(p.attainment * 1000) / 10, p.quota === null ? null : p.admitted - p.quota]).font = { bold: true };
  }
  sheet.columns.forEach((c, i) => (c.width = i === 0 ? 48 : 16));
  const report = book.addWorksheet("Cơ cấu kết nạp");
  report.addRow(["Đối tượng", "Số người", "Tỷ lệ (%)", "Chỉ tiêu", "Tỷ lệ đạt (%)"]).font = { bold: true };
  for (const c of charts?.categories ?? []) report.addRow([t(`dashboard.category.${c.category}`), c.count, Math.round(c.share * 1000) / 10, c.target, c.attainment === null ? null : Math.round(c.attainment * 1000) / 10]);
  report.addRow(["Tổng số kết nạp", charts?.admittedTotal ?? 0, 100]).font = { bold: true };
  report.columns.forEach((c, i) => (c.width = i === 0 ? 36 : 14));
  // The statistical return: admitted in the period by unit and by category.
  const matrix = book.addWorksheet("Kết nạp theo đơn vị");
  const categories = (charts?.categories ?? []).map((c) => c.category);
  matrix.addRow(["Đơn vị", "Tổng số", ...categories.map((c) => t(`dashboard.category.${c}`))]).font = { bold: true };
  for (const row of attainment.rows) {
    const found = charts?.categoriesByUnit.find((u) => u.unitId === row.unitId);
    matrix.addRow([row.name, found?.total ?? 0, ...categories.map((_, i) => found?.counts[i] ?? 0)]);
  }
  matrix.columns.forEach((c, i) => (c.width = i === 0 ? 48 : 12));
  const buffer = Buffer.from(await book.xlsx.writeBuffer());
  return { filename: `${name}.xlsx`, contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", body: buffer };
}
