import vi from "./messages/vi.json";
import en from "./messages/en.json";
import type { Locale } from "./locales";

export type Messages = typeof vi;

// The English file must have every key the Vietnamese one has (checked by tests/unit/i18n.test.ts).
const ALL: Record<Locale, Messages> = { vi, en: en as Messages };

export function loadMessages(locale: Locale): Messages {
  return ALL[locale];
}
