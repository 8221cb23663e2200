import { createTranslator, type Messages as LooseMessages } from "next-intl";
import { getTranslations } from "next-intl/server";
import { loadMessages } from "./load-messages";
import type { Locale } from "./locales";

/** Parameters of a message ("{count} học viên"): ISO dates are formatted by the caller (format-params.ts). */
export type TranslateParams = Record<string, string | number>;

/**
 * A translator as this app calls it: any key, including keys built at run time (`stage.${code}`,
 * `errors.${messageKey}`), with optional parameters. Pages, components, services and the pure
 * domain (which receives it as an argument) all share this one type.
 *
 * next-intl's own translators (useTranslations(), getTranslations()) are assignable to it without a
 * cast because no `AppConfig` declares typed messages in this project: next-intl's `Messages` is then
 * `Record<string, any>` and its keys are plain strings. Declaring typed messages one day would turn
 * the helpers below (and only them) into compile errors, not every call site.
 */
export type Translate = (key: string, params?: TranslateParams) => string;

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
