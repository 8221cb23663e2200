export const LOCALES = ["vi", "en"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "vi";
export const LOCALE_COOKIE = "NEXT_LOCALE";

export function toLocale(value: string | null | undefined): Locale {
  return value === "en" ? "en" : "vi";
}

/** For the JSON API: "en", "en-US,en;q=0.9" → en; anything else → Vietnamese. */
export function localeFromAcceptLanguage(header: string | null): Locale {
  const first = header?.split(",")[0]?.trim().toLowerCase() ?? "";
  return first.startsWith("en") ? "en" : "vi";
}
