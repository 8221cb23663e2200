import { CardSkeleton, Skeleton } from "@/components/ui/skeleton";

/** The Suspense fallbacks of the dashboard's sections, each the rough shape of what it stands for. */

export function BreadcrumbSkeleton() {
  return <Skeleton className="h-5 w-72" />;
}

/**
 * The summary tiles, the at-risk card and the table: taller than a screen, so that the chart
 * skeletons below are out of sight when the figures arrive and push them down.
 */
export function FiguresSkeleton() {
  return (
    <div className="flex min-h-screen flex-col gap-4" aria-busy="true">
      <div className="grid grid-cols-2 gap-3 lg:grid-cols-6">
        {[0, 1, 2, 3, 4].map((i) => (
          <div key={i} className={`rounded-lg border border-stone-200 bg-white p-3 shadow-sm ${i === 4 ? "col-span-2" : ""}`}>
            <Skeleton className="mb-2 h-4 w-24" />
            <Skeleton className="mb-1 h-8 w-16" />
            <Skeleton className="h-8" />
          </div>
        ))}
      </div>
      <CardSkeleton bodyClassName="h-48" />
      <CardSkeleton>
        <div className="flex flex-col gap-2">
          {[0, 1, 2, 3, 4, 5].map((i) => (
            <Skeleton key={i} className="h-8" />
          ))}
        </div>
      </CardSkeleton>
    </div>
  );
}

export function ChartSkeleton() {
  return <CardSkeleton bodyClassName="h-56" />;
}

/** The four cards of DashboardCharts (the last spans both columns). */
export function ChartsSkeleton() {
  return (
    <>
      <ChartSkeleton />
      <ChartSkeleton />
      <ChartSkeleton />
      <CardSkeleton className="lg:col-span-2" bodyClassName="h-32" />
    </>
  );
}
