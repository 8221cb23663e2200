import type { Metadata } from "next";
import { Suspense } from "react";
import { notFound } from "next/navigation";
import { requireActor } from "@/lib/auth/require-actor";
import { canRead } from "@/lib/auth/scope-rules";
import { getTranslate } from "@/lib/i18n/translate";
import { todayVn } from "@/lib/time";
import { AtRiskUnits } from "./_sections/at-risk";
import { AttainmentTable } from "./_sections/attainment-table";
import { DashboardBreadcrumb } from "./_sections/breadcrumb";
import { AttainmentChartCard, DashboardCharts } from "./_sections/charts";
import { dashboardView } from "./_sections/data";
import { BreadcrumbSkeleton, ChartSkeleton, ChartsSkeleton, FiguresSkeleton } from "./_sections/skeletons";
import { ParentSummary } from "./_sections/summary";
import { DashboardToolbar } from "./_sections/toolbar";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslate("meta"))("dashboard") };
}

/**
 * Quotas and results of a unit and its children for a period. The heading and the picker come at
 * once; the sections stream in behind their skeletons (sections asking for the same service share
 * one call per request; those sharing all of it share one boundary). The view lives in the address
 * (?period=&unitId=), and the Suspense boundaries are keyed by it, so a new view shows skeletons,
 * not the old numbers. The charts' code loads only when they come near the screen (lazy-charts.tsx).
 */
export default async function DashboardPage({ searchParams }: { searchParams: Promise<{ period?: string; unitId?: string }> }) {
  const actor = await requireActor();
  const thisYear = todayVn().slice(0, 4);
  const view = dashboardView(await searchParams, thisYear);
  // Before anything streams, so the answer is a real 404: a unit outside the caller's scope does not exist for them.
  if (view.unitId && !canRead(actor.scope, view.unitId)) notFound();
  const t = await getTranslate("dashboard");
  const key = `${view.period}|${view.unitId ?? ""}`;
  return (
    <div className="flex flex-col gap-4">
      {/* The heading above the toolbar at every width: side by side, the toolbar would jump between
          lines as the breadcrumb or the web font arrives (the layout shift of issue 12). */}
      <div className="flex flex-col gap-3">
        <div>
          <Suspense key={`${key}|breadcrumb`} fallback={<BreadcrumbSkeleton />}>
            <DashboardBreadcrumb view={view} />
          </Suspense>
          <h1 className="text-xl font-semibold">{t("title", { period: view.period })}</h1>
        </div>
        <DashboardToolbar view={view} thisYear={thisYear} />
      </div>
      {/* The figures, the units at risk and the table come from the same two computations: one
          boundary shows them together, so the at-risk card never pushes a table skeleton around. */}
      <Suspense key={`${key}|figures`} fallback={<FiguresSkeleton />}>
        <ParentSummary view={view} />
        <AtRiskUnits view={view} />
        <AttainmentTable view={view} />
      </Suspense>
      <div className="grid gap-4 lg:grid-cols-2">
        <Suspense key={`${key}|attainment-chart`} fallback={<ChartSkeleton />}>
          <AttainmentChartCard view={view} />
        </Suspense>
        <Suspense key={`${key}|charts`} fallback={<ChartsSkeleton />}>
          <DashboardCharts view={view} />
        </Suspense>
      </div>
    </div>
  );
}
