"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import type { ComponentProps } from "react";

/**
 * A link that fetches its page only when the reader shows intent: pointer over it, focus, or a finger
 * on it. Next's default fetches every link that scrolls into view, which on a dashboard with a
 * drill-down per unit (and on every page's menu) is dozens of requests nobody asked for.
 */
export function IntentLink({ href, onMouseEnter, onFocus, onTouchStart, ...props }: ComponentProps<typeof Link>) {
  const router = useRouter();
  const url = typeof href === "string" ? href : null;
  const prefetch = () => {
    if (url?.startsWith("/")) router.prefetch(url);
  };
  return (
    <Link
      href={href}
      prefetch={false}
      onMouseEnter={(event) => {
        prefetch();
        onMouseEnter?.(event);
      }}
      onFocus={(event) => {
        prefetch();
        onFocus?.(event);
      }}
      onTouchStart={(event) => {
        prefetch();
        onTouchStart?.(event);
      }}
      {...props}
    />
  );
}
