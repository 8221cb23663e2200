import "server-only";
import { NextResponse, type NextRequest } from "next/server";
import { randomUUID } from "node:crypto";
import { duringPasswordChange, getActor, PasswordChangeRequired, type Actor } from "@/lib/auth/actor";
import { AppError, isAppError, unauthenticated } from "@/lib/errors";
import { log } from "@/lib/log";
import { badRequest, readJsonBody } from "./body";
import { readUploadBody, type UploadedFile } from "./multipart";
import { isDatabaseOutage } from "./db-outage";
import { API_NO_STORE, errorResponse } from "./error-response";
import { crossSiteRefusal } from "./origin";
import { originPolicy } from "./origin-policy";

export { errorResponse } from "./error-response";

type RouteContext<P> = { params: Promise<P> };
type Handler<P> = (args: { req: NextRequest; actor: Actor; params: P }) => Promise<unknown>;

/** A state-changing request from another site: 403 with its own message (errors.CROSS_SITE). */
export const crossSite = () => new AppError("FORBIDDEN", "CROSS_SITE");

/** Refuses a cross-site state-changing request (lib/api/origin.ts); logs what was refused. */
export function assertSameOrigin(method: string, headers: Headers, url: URL): void {
  const refusal = crossSiteRefusal(method, headers, url, originPolicy());
  if (!refusal) return;
  log.warn(
    { refusal, method, path: url.pathname, origin: headers.get("origin")?.slice(0, 200), fetchSite: headers.get("sec-fetch-site") },
    "cross-site request refused",
  );
  throw crossSite();
}

/** A percent-encoding that does not decode (`/candidates/%FF`) is the client's error, not ours. */
function isDecodeError(error: unknown): boolean {
  return error instanceof URIError || (error instanceof Error && error.name === "DecodeError");
}

/**
 * The answer to anything a route threw: expected errors in the API's shape, a database outage as
 * 503 with Retry-After (never the driver's text), anything else logged with an event id and
 * answered with a generic 500, never a stack trace.
 */
export function apiErrorResponse(error: unknown, req: NextRequest): NextResponse {
  const lang = req.headers.get("accept-language");
  if (isAppError(error)) return errorResponse(error, lang);
  if (isDecodeError(error)) return errorResponse(badRequest(), lang);
  const eventId = randomUUID();
  if (isDatabaseOutage(error)) {
    log.error({ err: error, eventId, path: req.nextUrl.pathname }, "database unavailable");
    return errorResponse(new AppError("SERVICE_UNAVAILABLE"), lang, { eventId });
  }
  log.error({ err: error, eventId, path: req.nextUrl.pathname }, "unexpected API error");
  return errorResponse(new AppError("INTERNAL"), lang, { eventId });
}

/**
 * The only /api/v1 calls of a user who must change their password first (lib/auth/actor.ts, where
 * the rule is enforced): who they are, and the change itself. Every other call answers 403 with
 * the code PASSWORD_CHANGE_REQUIRED.
 */
const DURING_PASSWORD_CHANGE = new Set(["GET /api/v1/me", "POST /api/v1/me/password"]);

/**
 * getActor's refusal of a user who must change their password, with its own code in the API's
 * error shape (`{ error: { code: "PASSWORD_CHANGE_REQUIRED", message, details } }`, 403), so that a
 * script can tell it from any other 403 without reading the message.
 */
async function passwordChangeRequiredResponse(error: PasswordChangeRequired, req: NextRequest): Promise<NextResponse> {
  const answer = errorResponse(error, req.headers.get("accept-language"));
  const body = (await answer.json()) as { error: { code: string } };
  return NextResponse.json({ error: { ...body.error, code: "PASSWORD_CHANGE_REQUIRED" } }, { status: answer.status, headers: answer.headers });
}

/**
 * Wraps a /api/v1 route: refuses cross-site state-changing requests (403), signs the caller in
 * from the session cookie (401 otherwise; 403 PASSWORD_CHANGE_REQUIRED for a user who must change
 * their password, but for DURING_PASSWORD_CHANGE), runs the handler, and turns errors into the
 * API's error shape (apiErrorResponse). Every answer carries Cache-Control: no-store.
 */
export function apiRoute<P = Record<string, never>>(handler: Handler<P>, options: { status?: number } = {}) {
  return async (req: NextRequest, context: RouteContext<P>) => {
    try {
      // Before the session: a forged request learns nothing, and costs no database round trip.
      assertSameOrigin(req.method, req.headers, req.nextUrl);
      const actor = DURING_PASSWORD_CHANGE.has(`${req.method} ${req.nextUrl.pathname}`) ? await duringPasswordChange(getActor) : await getActor();
      if (!actor) throw unauthenticated();
      const result = await handler({ req, actor, params: await context.params });
      // A handler that builds its own answer (a file download) returns a Response.
      if (result instanceof Response) {
        if (!result.headers.has("cache-control")) result.headers.set("cache-control", API_NO_STORE);
        return result;
      }
      return NextResponse.json(result, { status: options.status ?? 200, headers: { "cache-control": API_NO_STORE } });
    } catch (error) {
      if (error instanceof PasswordChangeRequired) return passwordChangeRequiredResponse(error, req);
      return apiErrorResponse(error, req);
    }
  };
}

/**
 * Reads a JSON body: 415 unless `application/json`, 413 over 1 MB (declared or read; reading
 * stops at the limit), 400 for bytes that are not UTF-8, 422 for text that is not JSON.
 * File uploads have their own path: readUpload below.
 */
export async function readJson(req: NextRequest): Promise<unknown> {
  return readJsonBody(req);
}

/**
 * Reads a file upload (multipart/form-data, field `file`): the one non-JSON body, on its own path
 * with its own cap (lib/api/multipart.ts): 415 for another type, 413 over 30 MB (declared or read),
 * 400 for a malformed body, 422 without a file. Call it after the route's permission check.
 */
export async function readUpload(req: NextRequest): Promise<UploadedFile> {
  return readUploadBody(req);
}

export function searchParamsObject(req: NextRequest): Record<string, string> {
  return Object.fromEntries(req.nextUrl.searchParams.entries());
}

// ---------------------------------------------------------------------------------------------
// 405 Method Not Allowed

const ROUTE_METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;
type RouteMethod = (typeof ROUTE_METHODS)[number];
type MethodHandler = (req: NextRequest) => Promise<Response> | Response;

/** Marks the handlers made by notAllowed, so that a test can check every route's wiring. */
export const NOT_ALLOWED_ALLOW = Symbol.for("pdv.notAllowed.allow");

/** The value of the `Allow` header for a route implementing `methods` (HEAD comes with GET; OPTIONS is always answered). */
export function allowHeader(methods: readonly RouteMethod[]): string {
  const all = new Set<string>([...methods, "OPTIONS"]);
  if (all.has("GET")) all.add("HEAD");
  return [...all].sort().join(", ");
}

type NotAllowedExports<A extends RouteMethod> = Record<Exclude<RouteMethod, A> | "OPTIONS", MethodHandler> &
  ("GET" extends A ? unknown : Record<"HEAD", MethodHandler>);

/**
 * The methods a route file does not implement, answered 405 in the API's error shape with an
 * `Allow` header (Next.js alone answers an empty 405), plus OPTIONS answered 204 with the same
 * `Allow` (Next's automatic OPTIONS would list these 405 exports as allowed). A route file ends with
 *
 *     export const { PUT, PATCH, DELETE, OPTIONS } = notAllowed("GET", "POST");
 *
 * Exporting a method that is also implemented is a compile error (a duplicate declaration), and
 * tests/integration/http-hardening.test.ts checks every route's `Allow` against its exports. No
 * session is needed for a 405: the OpenAPI document already says which methods exist.
 */
export function notAllowed<A extends RouteMethod>(...allowed: A[]): NotAllowedExports<A> {
  const allow = allowHeader(allowed);
  const refuse: MethodHandler = (req) =>
    errorResponse(new AppError("METHOD_NOT_ALLOWED", "METHOD_NOT_ALLOWED", [], { method: req.method, allow }), req.headers.get("accept-language"), {
      headers: { allow },
    });
  Object.assign(refuse, { [NOT_ALLOWED_ALLOW]: allow });
  const exports: Record<string, MethodHandler> = {};
  for (const method of ROUTE_METHODS) if (!(allowed as RouteMethod[]).includes(method)) exports[method] = refuse;
  if (!(allowed as RouteMethod[]).includes("GET")) exports.HEAD = refuse;
  const options: MethodHandler = () => new Response(null, { status: 204, headers: { allow, "cache-control": API_NO_STORE } });
  Object.assign(options, { [NOT_ALLOWED_ALLOW]: allow });
  exports.OPTIONS = options;
  return exports as NotAllowedExports<A>;
}
