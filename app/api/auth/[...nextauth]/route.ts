import NextAuth from "next-auth";
import type { NextRequest } from "next/server";
import { OUTAGE_RETRY_AFTER_SECONDS } from "@/lib/api/db-outage";
import { API_NO_STORE, errorResponse } from "@/lib/api/error-response";
import { authOptions } from "@/lib/auth/options";
import { AppError } from "@/lib/errors";
import { DEVICE_COOKIE, deviceCookieHeader } from "@/lib/services/auth/device";
import { openSignInExchange, runInSignInExchange, type SignInExchange } from "@/lib/services/auth/sign-in-exchange";

type Context = { params: Promise<{ nextauth: string[] }> };

const handler = NextAuth(authOptions) as (req: NextRequest, context: Context) => Promise<Response>;

export async function GET(req: NextRequest, context: Context): Promise<Response> {
  return handler(req, context);
}

/**
 * next-auth's own answers, except for the credentials callback (the sign-in POST), which runs in a
 * sign-in exchange (lib/services/auth/sign-in-exchange.ts) so that its answer can say what next-auth
 * cannot: the browser's device cookie on success, and `Retry-After` when a limit is reached.
 */
export async function POST(req: NextRequest, context: Context): Promise<Response> {
  const { nextauth } = await context.params;
  if (nextauth?.[0] !== "callback" || nextauth[1] !== "credentials") return handler(req, context);
  const exchange = openSignInExchange(req.cookies.get(DEVICE_COOKIE)?.value);
  const answer = await runInSignInExchange(exchange, () => handler(req, context));
  return finishSignIn(answer, exchange, req);
}

/**
 * next-auth answers a refused sign-in with 401 and the error code in the URL it names, as JSON
 * (`{ url }`, what next-auth/react's signIn reads: the login page's message comes from there) or as
 * a redirect. When a limit is reached or something unexpected happens, a JSON answer becomes the
 * API's error (429 RATE_LIMITED or 503 SERVICE_UNAVAILABLE with `Retry-After`, 500 INTERNAL) and
 * keeps its `url`; a redirect keeps its status (a browser follows only a 3xx) and gains
 * `Retry-After`. A wrong password stays next-auth's 401.
 */
function finishSignIn(answer: Response, exchange: SignInExchange, req: NextRequest): Promise<Response> | Response {
  const outcome = exchange.outcome;
  switch (outcome?.kind) {
    case "SIGNED_IN": {
      if (!exchange.newDevice) return answer;
      const headers = new Headers(answer.headers);
      headers.append("set-cookie", deviceCookieHeader(exchange.device, isSecure(req)));
      return new Response(answer.body, { status: answer.status, statusText: answer.statusText, headers });
    }
    case "RATE_LIMITED":
      return refuse(answer, req, new AppError("RATE_LIMITED", "SIGN_IN_RATE_LIMITED", [], { minutes: outcome.retryInMinutes }), {
        retryAfterSeconds: outcome.retryAfterSeconds,
      });
    case "SERVICE_UNAVAILABLE":
      return refuse(answer, req, new AppError("SERVICE_UNAVAILABLE"), { retryAfterSeconds: OUTAGE_RETRY_AFTER_SECONDS, eventId: outcome.eventId });
    case "INTERNAL":
      return refuse(answer, req, new AppError("INTERNAL"), { eventId: outcome.eventId });
    default:
      return answer;
  }
}

async function refuse(answer: Response, req: NextRequest, error: AppError, options: { retryAfterSeconds?: number; eventId?: string }): Promise<Response> {
  const headers = new Headers(answer.headers);
  if (options.retryAfterSeconds !== undefined) headers.set("retry-after", String(options.retryAfterSeconds));
  headers.delete("content-length");
  if (!headers.get("content-type")?.includes("application/json")) {
    return new Response(answer.body, { status: answer.status, statusText: answer.statusText, headers });
  }
  const { url } = (await answer.json()) as { url?: string };
  const apiError = (await errorResponse(error, req.headers.get("accept-language"), { eventId: options.eventId }).json()) as { error: unknown };
  headers.set("cache-control", API_NO_STORE);
  return new Response(JSON.stringify({ url, ...apiError }), { status: error.status, headers });
}

function isSecure(req: NextRequest): boolean {
  return req.nextUrl.protocol === "https:" || req.headers.get("x-forwarded-proto") === "https";
}
