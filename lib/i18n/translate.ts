import { createTranslator } from "next-intl";
import { loadMessages } from "./load-messages";
import type { Locale } from "./locales";

/** A translator outside React (route handlers, services' error answers). */
export function translatorFor(locale: Locale) {
  return createTranslator({ locale, messages: loadMessages(locale) });
}

export { translateValidation } from "./translate-validation";
