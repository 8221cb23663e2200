import { createTranslator, type Messages as LooseMessages } from "next-intl";
import { getTranslations } from "next-intl/server";
import { loadMessages } from "./load-messages";
import type { Locale } from "./locales";

/**
 * next-intl's own translators (useTranslations(), getTranslations()) are assignable to Translate
 * without a cast because no `AppConfig` declares typed messages in this project: next-intl's
 * `Messages` is then `Record<string, any>` and its keys are plain strings. Declaring typed messages
 * one day would turn the helpers below (and only them) into compile errors, not every call site.
 */
export type { Translate, TranslateParams } from "./translate-type";
import type { Translate } from "./translate-type";

/** Server components and actions: the reader's translator (namespace optional), typed as Translate. */
export async function getTranslate(namespace?: string): Promise<Translate> {
  return getTranslations(namespace);
}

/** A translator outside React (route handlers, services' error answers). */
export function translatorFor(locale: Locale): Translate {
  // Widened to next-intl's loose message type so the translator takes run-time keys (see Translate).
  const messages: LooseMessages = loadMessages(locale);
  return createTranslator({ locale, messages });
}

export { translateValidation } from "./translate-validation";
