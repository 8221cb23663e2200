import { NextResponse } from "next/server";
import { createTranslator, type Messages as LooseMessages } from "next-intl";
import type { AppError } from "@/lib/errors";
import { loadMessages } from "@/lib/i18n/load-messages";
import { localeFromAcceptLanguage, type Locale } from "@/lib/i18n/locales";
import { translateValidation } from "@/lib/i18n/translate-validation";
import type { Translate } from "@/lib/i18n/translate";
import { OUTAGE_RETRY_AFTER_SECONDS } from "./db-outage";

/**
 * The API's error answer (shared/API.md), shared by the route handlers (lib/api/handler.ts) and the
 * proxy (proxy.ts), which answers some requests before any route runs. Kept free of the session and
 * the database so that the proxy can use it.
 */

/** Every /api/v1 answer: the API returns personal data, which no browser or proxy cache may keep. */
export const API_NO_STORE = "no-store";

const translators = new Map<Locale, Translate>();

/** A message missing from the message files answers with its key rather than throwing or logging per request. */
function apiTranslator(locale: Locale): Translate {
  let t = translators.get(locale);
  if (!t) {
    const messages: LooseMessages = loadMessages(locale);
    t = createTranslator({ locale, messages, onError: () => undefined, getMessageFallback: ({ namespace, key }) => (namespace ? `${namespace}.${key}` : key) });
    translators.set(locale, t);
  }
  return t;
}

export interface ErrorResponseOptions {
  eventId?: string;
  /** Extra answer headers (e.g. `Allow` for a 405). */
  headers?: Record<string, string>;
}

/** The error shape of shared/API.md, with messages in the caller's language (Accept-Language). */
export function errorResponse(error: AppError, acceptLanguage: string | null, options: ErrorResponseOptions = {}): NextResponse {
  const t = apiTranslator(localeFromAcceptLanguage(acceptLanguage));
  const message = t(`errors.${error.messageKey}`, { ...error.params, eventId: options.eventId ?? "" });
  const details = error.details.map((d) => ({ path: d.path, ...(d.code ? { code: d.code } : {}), message: translateValidation(t, d.message) }));
  const headers: Record<string, string> = { "cache-control": API_NO_STORE, ...options.headers };
  if (error.code === "SERVICE_UNAVAILABLE" && !headers["retry-after"]) headers["retry-after"] = String(OUTAGE_RETRY_AFTER_SECONDS);
  return NextResponse.json({ error: { code: error.code, message, details } }, { status: error.status, headers });
}
