import "server-only";
import { cache } from "react";
import { notFound } from "next/navigation";
import { requireActor } from "@/lib/auth/require-actor";
import { isAppError } from "@/lib/errors";
import { getAttainment } from "@/lib/services/dashboard/attainment";
import { getDashboardCharts } from "@/lib/services/dashboard/charts";
import { getForecast } from "@/lib/services/dashboard/forecast";
import { zId } from "@/lib/validation/common";
import { zPeriod } from "@/lib/validation/quota";

/** What the dashboard looks at: a checked period label, and a unit (none: the caller's top unit). */
export interface DashboardView {
  period: string;
  unitId?: string;
}

/**
 * The view the address asks for. A malformed period falls back to this year and a malformed unit id
 * to the caller's top unit, so a hand-edited address shows a dashboard rather than an error page.
 */
export function dashboardView(params: { period?: string; unitId?: string }, thisYear: string): DashboardView {
  return { period: zPeriod.safeParse(params.period).data?.label ?? thisYear, unitId: zId.safeParse(params.unitId).data };
}

/** The dashboard's address for another unit or period (the breadcrumb, the drill-down links). */
export function dashboardHref(period: string, unitId?: string | null): string {
  return `/dashboard?${new URLSearchParams({ period, ...(unitId ? { unitId } : {}) })}`;
}

// The page answers 404 for a unit outside the caller's scope before anything streams; this is the
// net for a unit that disappears in between.
async function orNotFound<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  }
}

/*
 * One loader per service. React's cache runs each once per request whichever sections ask (the
 * table and the breadcrumb share the attainment), keyed by the period and the unit.
 */
export const loadAttainment = cache(async (period: string, unitId: string | undefined) =>
  orNotFound(getAttainment({ actor: await requireActor(), input: { period, unitId } })),
);

export const loadForecast = cache(async (period: string, unitId: string | undefined) =>
  orNotFound(getForecast({ actor: await requireActor(), input: { period, unitId } })),
);

export const loadCharts = cache(async (period: string, unitId: string | undefined) =>
  orNotFound(getDashboardCharts({ actor: await requireActor(), input: { period, unitId } })),
);

/** Share as a whole percentage; "—" when there is nothing to divide by. */
export const pct = (ratio: number | null) => (ratio === null ? "—" : `${Math.round(ratio * 100)}%`);
