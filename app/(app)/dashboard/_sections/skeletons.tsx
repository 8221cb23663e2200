import { CardSkeleton, Skeleton } from "@/components/ui/skeleton";

/** The Suspense fallbacks of the dashboard's sections, each the rough shape of what it stands for. */

export function BreadcrumbSkeleton() {
  return <Skeleton className="h-5 w-72" />;
}

export function SummarySkeleton() {
  return (
    <div className="grid gap-3 sm:grid-cols-5" aria-busy="true">
      {[0, 1, 2, 3, 4].map((i) => (
        <div key={i} className="rounded-lg border border-stone-200 bg-white p-3 shadow-sm">
          <Skeleton className="mb-2 h-3 w-24" />
          <Skeleton className="h-7 w-16" />
        </div>
      ))}
    </div>
  );
}

export function AtRiskSkeleton() {
  return <CardSkeleton bodyClassName="h-24" />;
}

export function TableSkeleton() {
  return (
    <CardSkeleton>
      <div className="flex flex-col gap-2">
        {[0, 1, 2, 3, 4, 5].map((i) => (
          <Skeleton key={i} className="h-6" />
        ))}
      </div>
    </CardSkeleton>
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
