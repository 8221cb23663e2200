"use client";

import { Bar, BarChart, CartesianGrid, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis, Legend, Cell } from "recharts";

/** One wrapper per chart: the page passes plain, already-labelled data (shaping is tested in lib/domain/quotas). */
const BAND_COLOURS: Record<string, string> = { ACHIEVED: "#047857", ON_TRACK: "#0369a1", AT_RISK: "#b45309", BEHIND: "#b91c1c", NO_QUOTA: "#a8a29e" };

export function AttainmentChart({ data, progress, label }: { data: { name: string; percent: number; band: string }[]; progress: number; label: string }) {
  return (
    <ResponsiveContainer width="100%" height={Math.max(220, data.length * 28 + 40)}>
      <BarChart data={data} layout="vertical" margin={{ left: 8, right: 24 }}>
        <CartesianGrid strokeDasharray="3 3" horizontal={false} />
        <XAxis type="number" unit="%" domain={[0, (max: number) => Math.max(120, Math.ceil(max / 10) * 10)]} />
        <YAxis type="category" dataKey="name" width={190} tick={{ fontSize: 11 }} />
        <Tooltip formatter={(v) => [`${v}%`, label]} />
        <ReferenceLine x={Math.round(progress * 100)} stroke="#57534e" strokeDasharray="4 4" />
        <ReferenceLine x={100} stroke="#047857" />
        <Bar dataKey="percent" name={label} isAnimationActive={false}>
          {data.map((d) => (
            <Cell key={d.name} fill={BAND_COLOURS[d.band] ?? "#78716c"} />
          ))}
        </Bar>
      </BarChart>
    </ResponsiveContainer>
  );
}

export function FunnelChart({ data, label }: { data: { name: string; reached: number; conversion: string }[]; label: string }) {
  return (
    <ResponsiveContainer width="100%" height={data.length * 30 + 40}>
      <BarChart data={data} layout="vertical" margin={{ left: 8, right: 48 }}>
        <XAxis type="number" hide />
        <YAxis type="category" dataKey="name" width={170} tick={{ fontSize: 11 }} />
        <Tooltip formatter={(v, _n, item) => [`${v} (${(item.payload as { conversion: string }).conversion})`, label]} />
        <Bar dataKey="reached" name={label} fill="#991b1b" isAnimationActive={false} label={{ position: "right", fontSize: 11 }} />
      </BarChart>
    </ResponsiveContainer>
  );
}

export function PaceChart({ data, actual, pace }: { data: { month: string; cumulative: number | null; pace: number | null }[]; actual: string; pace: string }) {
  return (
    <ResponsiveContainer width="100%" height={260}>
      <LineChart data={data} margin={{ left: 0, right: 16 }}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis dataKey="month" tick={{ fontSize: 11 }} />
        <YAxis allowDecimals={false} width={40} />
        <Tooltip />
        <Legend />
        <Line type="monotone" dataKey="cumulative" name={actual} stroke="#991b1b" strokeWidth={2} dot={false} connectNulls={false} isAnimationActive={false} />
        <Line type="linear" dataKey="pace" name={pace} stroke="#57534e" strokeDasharray="5 5" dot={false} isAnimationActive={false} />
      </LineChart>
    </ResponsiveContainer>
  );
}

export function CategoryChart({ data, label }: { data: { name: string; percent: number; count: number }[]; label: string }) {
  return (
    <ResponsiveContainer width="100%" height={data.length * 26 + 40}>
      <BarChart data={data} layout="vertical" margin={{ left: 8, right: 48 }}>
        <XAxis type="number" unit="%" domain={[0, 100]} hide />
        <YAxis type="category" dataKey="name" width={190} tick={{ fontSize: 11 }} />
        <Tooltip formatter={(v, _n, item) => [`${v}% (${(item.payload as { count: number }).count})`, label]} />
        <Bar
          dataKey="percent"
          name={label}
          fill="#b91c1c"
          isAnimationActive={false}
          label={{ position: "right", fontSize: 11, formatter: (v: unknown) => `${v}%` }}
        />
      </BarChart>
    </ResponsiveContainer>
  );
}
