"use client";

import dynamic from "next/dynamic";
import { useEffect, useRef, useState, type ReactNode } from "react";
import { PACE_CHART_HEIGHT, attainmentChartHeight, barChartHeight } from "./chart-data";
import type { AttainmentChartProps, CategoryChartProps, FunnelChartProps, PaceChartProps } from "./charts";

/*
 * recharts is about 110 KB of gzipped JavaScript: the dashboard's first load must not carry it.
 * Each chart is a frame of the chart's exact height (nothing moves when it is drawn) that loads
 * the chart module (next/dynamic, browser only) once the frame comes within a screen of the
 * viewport, and hands the chart the width the frame measured.
 */

/** Renders `draw(width)` once the frame is near the viewport; until then an empty frame of the same height. */
function WhenNear({ height, draw }: { height: number; draw: (width: number) => ReactNode }) {
  const frame = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState<number | null>(null);
  useEffect(() => {
    const el = frame.current;
    if (!el) return;
    const measure = () => setWidth(Math.floor(el.getBoundingClientRect().width));
    // The frame's width follows the card's (rotating a phone, resizing a window).
    const resize = new ResizeObserver(() => setWidth((w) => (w === null ? w : Math.floor(el.getBoundingClientRect().width))));
    const near = new IntersectionObserver(
      (entries) => {
        if (!entries.some((e) => e.isIntersecting)) return;
        near.disconnect();
        measure();
        resize.observe(el);
      },
      { rootMargin: "100% 0px" },
    );
    near.observe(el);
    return () => {
      near.disconnect();
      resize.disconnect();
    };
  }, []);
  return (
    <div ref={frame} style={{ height }} className="w-full" data-testid="chart-frame">
      {width ? draw(width) : null}
    </div>
  );
}

// next/dynamic wants its options written out at each call (the compiler reads them).
const AttainmentChart = dynamic(() => import("./charts").then((m) => m.AttainmentChart), { ssr: false });
const FunnelChart = dynamic(() => import("./charts").then((m) => m.FunnelChart), { ssr: false });
const PaceChart = dynamic(() => import("./charts").then((m) => m.PaceChart), { ssr: false });
const CategoryChart = dynamic(() => import("./charts").then((m) => m.CategoryChart), { ssr: false });

export function LazyAttainmentChart(props: AttainmentChartProps) {
  return <WhenNear height={attainmentChartHeight(props.data.length)} draw={(width) => <AttainmentChart {...props} width={width} />} />;
}

export function LazyFunnelChart(props: FunnelChartProps) {
  return <WhenNear height={barChartHeight(props.data.length)} draw={(width) => <FunnelChart {...props} width={width} />} />;
}

export function LazyPaceChart(props: PaceChartProps) {
  return <WhenNear height={PACE_CHART_HEIGHT} draw={(width) => <PaceChart {...props} width={width} />} />;
}

export function LazyCategoryChart(props: CategoryChartProps) {
  return <WhenNear height={barChartHeight(props.data.length)} draw={(width) => <CategoryChart {...props} width={width} />} />;
}
