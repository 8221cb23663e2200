import { createTranslator } from "next-intl";
import { decodeMsg } from "@/lib/validation/messages";
import { loadMessages } from "./load-messages";
import type { Locale } from "./locales";

/** A translator outside React (route handlers, services' error answers). */
export function translatorFor(locale: Locale) {
  return createTranslator({ locale, messages: loadMessages(locale) });
}

type Translate = (key: string, params?: Record<string, string | number>) => string;

/** Turns an encoded validation message ("tooLong|max=120") into the reader's language. */
export function translateValidation(t: Translate, encoded: string): string {
  const { key, params } = decodeMsg(encoded);
  try {
    return t(`validation.${key}`, params);
  } catch {
    return t("validation.invalid");
  }
}
