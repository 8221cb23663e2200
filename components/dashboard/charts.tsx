// No "use client" here: this module is only ever loaded by lazy-charts.tsx (already client code)
// through next/dynamic. Marked as a client boundary of its own, the bundler would list its chunk,
// recharts and all, among the dashboard's first-load scripts.
import { Bar, BarChart, CartesianGrid, Cell, Legend, Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis } from "recharts";
import { BAND_COLOURS } from "./bands";
import { PACE_CHART_HEIGHT, attainmentChartHeight, barChartHeight, nameAxisWidth } from "./chart-data";

/*
 * One wrapper per chart: the page passes plain, already-labelled data (shaping and sizes are in
 * chart-data.ts, tested). This module pulls in recharts, so it is only ever loaded through
 * lazy-charts.tsx, when a chart comes near the screen. Each chart draws at the width its frame
 * measured and at the height the page reserved for it. No text under 12 px.
 */
const TEXT = { fontSize: 12, fill: "#44403c" };

export interface AttainmentChartProps {
  data: { name: string; percent: number; band: string }[];
  progress: number;
  label: string;
}

export function AttainmentChart({ data, progress, label, width }: AttainmentChartProps & { width: number }) {
  // Quarters of the quota on the axis, up to the best unit's attainment (at least 125 %).
  const top = Math.max(125, Math.ceil(Math.max(...data.map((d) => d.percent)) / 25) * 25);
  const ticks = Array.from({ length: top / 25 + 1 }, (_, i) => i * 25);
  return (
    <BarChart width={width} height={attainmentChartHeight(data.length)} data={data} layout="vertical" margin={{ left: 4, right: 16 }}>
      <CartesianGrid strokeDasharray="3 3" horizontal={false} />
      <XAxis type="number" unit="%" tick={TEXT} domain={[0, top]} ticks={ticks} />
      <YAxis type="category" dataKey="name" width={nameAxisWidth(width)} tick={TEXT} interval={0} />
      <Tooltip formatter={(v) => [`${v}%`, label]} contentStyle={{ fontSize: 12 }} />
      <ReferenceLine x={Math.round(progress * 100)} stroke="#57534e" strokeDasharray="4 4" />
      <ReferenceLine x={100} stroke="#047857" />
      <Bar dataKey="percent" name={label} isAnimationActive={false}>
        {data.map((d) => (
          <Cell key={d.name} fill={BAND_COLOURS[d.band] ?? "#78716c"} />
        ))}
      </Bar>
    </BarChart>
  );
}

export interface FunnelChartProps {
  data: { name: string; reached: number; conversion: string }[];
  label: string;
}

export function FunnelChart({ data, label, width }: FunnelChartProps & { width: number }) {
  return (
    <BarChart width={width} height={barChartHeight(data.length)} data={data} layout="vertical" margin={{ left: 4, right: 48 }}>
      <XAxis type="number" hide />
      <YAxis type="category" dataKey="name" width={nameAxisWidth(width)} tick={TEXT} interval={0} />
      <Tooltip formatter={(v, _n, item) => [`${v} (${(item.payload as { conversion: string }).conversion})`, label]} contentStyle={{ fontSize: 12 }} />
      <Bar dataKey="reached" name={label} fill="#991b1b" isAnimationActive={false} label={{ position: "right", ...TEXT }} />
    </BarChart>
  );
}

export interface PaceChartProps {
  data: { month: string; cumulative: number | null; pace: number | null }[];
  actual: string;
  pace: string;
}

export function PaceChart({ data, actual, pace, width }: PaceChartProps & { width: number }) {
  return (
    <LineChart width={width} height={PACE_CHART_HEIGHT} data={data} margin={{ left: 0, right: 16 }}>
      <CartesianGrid strokeDasharray="3 3" />
      <XAxis dataKey="month" tick={TEXT} minTickGap={12} />
      <YAxis allowDecimals={false} width={40} tick={TEXT} />
      <Tooltip contentStyle={{ fontSize: 12 }} />
      <Legend wrapperStyle={{ fontSize: 14 }} />
      <Line type="monotone" dataKey="cumulative" name={actual} stroke="#991b1b" strokeWidth={2} dot={false} connectNulls={false} isAnimationActive={false} />
      <Line type="linear" dataKey="pace" name={pace} stroke="#57534e" strokeDasharray="5 5" dot={false} isAnimationActive={false} />
    </LineChart>
  );
}

export interface CategoryChartProps {
  data: { name: string; percent: number; count: number }[];
  label: string;
}

export function CategoryChart({ data, label, width }: CategoryChartProps & { width: number }) {
  return (
    <BarChart width={width} height={barChartHeight(data.length)} data={data} layout="vertical" margin={{ left: 4, right: 48 }}>
      <XAxis type="number" unit="%" domain={[0, 100]} hide />
      <YAxis type="category" dataKey="name" width={nameAxisWidth(width)} tick={TEXT} interval={0} />
      <Tooltip formatter={(v, _n, item) => [`${v}% (${(item.payload as { count: number }).count})`, label]} contentStyle={{ fontSize: 12 }} />
      <Bar dataKey="percent" name={label} fill="#b91c1c" isAnimationActive={false} label={{ position: "right", ...TEXT, formatter: (v: unknown) => `${v}%` }} />
    </BarChart>
  );
}
