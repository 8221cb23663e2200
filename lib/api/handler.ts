import "server-only";
import { NextResponse, type NextRequest } from "next/server";
import { randomUUID } from "node:crypto";
import { getActor, type Actor } from "@/lib/auth/actor";
import { AppError, isAppError, unauthenticated } from "@/lib/errors";
import { localeFromAcceptLanguage } from "@/lib/i18n/locales";
import { translateValidation, translatorFor } from "@/lib/i18n/translate";
import { log } from "@/lib/log";

type RouteContext<P> = { params: Promise<P> };
type Handler<P> = (args: { req: NextRequest; actor: Actor; params: P }) => Promise<unknown>;

/** The error shape of shared/API.md, with messages in the caller's language. */
export function errorResponse(error: AppError, acceptLanguage: string | null, eventId?: string): NextResponse {
  const t = translatorFor(localeFromAcceptLanguage(acceptLanguage)) as unknown as (key: string, params?: Record<string, string | number>) => string;
  const message = t(`errors.${error.messageKey}`, { ...error.params, eventId: eventId ?? "" });
  const details = error.details.map((d) => ({ path: d.path, ...(d.code ? { code: d.code } : {}), message: translateValidation(t, d.message) }));
  return NextResponse.json({ error: { code: error.code, message, details } }, { status: error.status });
}

/**
 * Wraps a /api/v1 route: signs the caller in from the session cookie (401 otherwise), runs the
 * handler, and turns expected errors into the API's error shape. Anything unexpected is logged
 * with an event id and answered with a generic 500, never a stack trace.
 */
export function apiRoute<P = Record<string, never>>(handler: Handler<P>, options: { status?: number } = {}) {
  return async (req: NextRequest, context: RouteContext<P>) => {
    const lang = req.headers.get("accept-language");
    try {
      const actor = await getActor();
      if (!actor) throw unauthenticated();
      const result = await handler({ req, actor, params: await context.params });
      // A handler that builds its own answer (a file download) returns a Response.
      if (result instanceof Response) return result;
      return NextResponse.json(result, { status: options.status ?? 200 });
    } catch (error) {
      if (isAppError(error)) return errorResponse(error, lang);
      const eventId = randomUUID();
      log.error({ err: error, eventId, path: req.nextUrl.pathname }, "unexpected API error");
      return errorResponse(new AppError("INTERNAL"), lang, eventId);
    }
  };
}

/** Reads a JSON body; a malformed one is a validation error, not a crash. */
export async function readJson(req: NextRequest): Promise<unknown> {
  try {
    return await req.json();
  } catch {
    throw new AppError("VALIDATION_FAILED", "VALIDATION_FAILED", [{ path: "", message: "invalidFormat" }]);
  }
}

export function searchParamsObject(req: NextRequest): Record<string, string> {
  return Object.fromEntries(req.nextUrl.searchParams.entries());
}
