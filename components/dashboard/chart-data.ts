import type { Translate } from "@/lib/i18n/translate-type";

/*
 * The charts' data and sizes, shaped on the server and kept pure so they are tested: the page
 * reserves each chart's height before the chart's code arrives (no layout shift), and the client
 * chart draws at exactly that height.
 */

/** Height per bar of the horizontal bar charts: two lines of 12 px labels fit when a name wraps. */
export const BAR_ROW = 32;
const AXIS_ROOM = 40;

export const attainmentChartHeight = (bars: number) => Math.max(220, bars * BAR_ROW + AXIS_ROOM);
export const barChartHeight = (bars: number) => bars * BAR_ROW + AXIS_ROOM;
export const PACE_CHART_HEIGHT = 280;

/** The name axis of a bar chart: room for the names on a laptop, less of a phone's narrow card. */
export const nameAxisWidth = (chartWidth: number) => Math.max(96, Math.min(190, Math.round(chartWidth * 0.42)));

/** "2026-02" as the reader's month: T2/2026 in Vietnamese, Feb 2026 in English. */
export function monthTick(month: string, t: Translate): string {
  return t("dashboard.monthTick", { month: String(Number(month.slice(5, 7))), year: month.slice(0, 4) });
}

/** Cumulative admissions by month for the pace chart, labelled; the line stops at this month (months to come have no admissions yet, not zero). */
export function paceSeries(
  pace: { month: string; cumulative: number; pace: number | null }[],
  thisMonth: string,
  t: Translate,
): { month: string; cumulative: number | null; pace: number | null }[] {
  return pace.map((p) => ({ month: monthTick(p.month, t), cumulative: p.month <= thisMonth ? p.cumulative : null, pace: p.pace }));
}
