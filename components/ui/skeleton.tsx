import type { ReactNode } from "react";

/** A grey block the size of what is still loading: the fallback of a Suspense boundary. */
export function Skeleton({ className = "" }: { className?: string }) {
  return <div className={`animate-pulse rounded-md bg-stone-200 ${className}`} aria-hidden />;
}

/** A card-shaped placeholder: a title bar and a body of the given height. */
export function CardSkeleton({ className = "", bodyClassName = "h-40", children }: { className?: string; bodyClassName?: string; children?: ReactNode }) {
  return (
    <div className={`rounded-lg border border-stone-200 bg-white p-4 shadow-sm sm:p-5 ${className}`} aria-busy="true">
      <Skeleton className="mb-3 h-5 w-56" />
      {children ?? <Skeleton className={bodyClassName} />}
    </div>
  );
}
