import { formatVnDate } from "@/lib/time";

/** Message parameters as people read them: ISO dates become dd/MM/yyyy. */
export function formatParams(params: Record<string, string | number> = {}): Record<string, string | number> {
  return Object.fromEntries(Object.entries(params).map(([k, v]) => [k, typeof v === "string" && /^\d{4}-\d{2}-\d{2}$/.test(v) ? formatVnDate(v) : v]));
}
