/** The query string of a print view as plain strings (repeated or empty parameters are dropped). */
export function pickStrings(search: Record<string, string | string[] | undefined>): Record<string, string> {
  return Object.fromEntries(Object.entries(search).flatMap(([k, v]) => (typeof v === "string" && v !== "" ? [[k, v]] : [])));
}

/** Where the view's back link goes: the page it was opened from, when that is one of ours. */
export function backHrefOf(params: Record<string, string>, fallback: string): string {
  const back = params.back;
  return back && back.startsWith("/") && !back.startsWith("//") ? back : fallback;
}

/** The query minus what only the print view uses (auto-print, the way back, the list's page). */
export function withoutViewParams(params: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(params).filter(([k]) => !["print", "back", "page"].includes(k)));
}
