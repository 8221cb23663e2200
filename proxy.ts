import { NextResponse, type NextRequest } from "next/server";
import { badRequest } from "@/lib/api/body";
import { API_NO_STORE, errorResponse } from "@/lib/api/error-response";
import { originPolicy } from "@/lib/api/origin-policy";
import { hasMalformedPercentEncoding, isAcceptableCallbackUrl, withoutBadAuthCookies } from "@/lib/api/request-guards";
import { API_CSP, HSTS_VALUE, contentSecurityPolicy, newNonce, servedOverHttps } from "@/lib/api/security-headers";

/**
 * Runs before every route (Next.js 16's `proxy.ts`, formerly `middleware.ts`; Node.js runtime):
 *
 * 1. A path that cannot be percent-decoded (`/api/v1/candidates/%FF`) is answered 400 here: Next.js
 *    would fail decoding the route's params later (a DecodeError) and answer with an HTML page.
 *    The API gets its error shape, with or without a session.
 * 2. next-auth's callback-url cookie (or `callbackUrl` parameter of /api/auth) holding something
 *    that is not a URL makes next-auth answer every call — getServerSession included, so every page
 *    and API request — with a 500. Such a cookie is dropped from the request and expired in the
 *    browser; such a parameter is a 400.
 * 3. Security headers that vary per request: the pages' Content-Security-Policy with a fresh nonce
 *    (Next.js reads it from the request's CSP header and puts it on its own scripts; every page is
 *    rendered per request — the root layout reads the locale cookie — so each gets its nonce), the
 *    API's strict policy and `Cache-Control: no-store`, and HSTS when served over https. The fixed
 *    headers (X-Frame-Options, nosniff, Referrer-Policy, Permissions-Policy) come from
 *    next.config.ts, which also covers the static files this proxy skips.
 */
export function proxy(request: NextRequest): NextResponse {
  const { pathname } = request.nextUrl;
  const isApi = pathname.startsWith("/api/");
  const policy = originPolicy();
  const https = servedOverHttps(request.headers, request.nextUrl, policy);
  const lang = request.headers.get("accept-language");

  const finish = (response: NextResponse, nonce?: string): NextResponse => {
    if (isApi) {
      response.headers.set("content-security-policy", API_CSP);
      if (pathname.startsWith("/api/v1/")) response.headers.set("cache-control", API_NO_STORE);
    } else if (nonce) {
      response.headers.set("content-security-policy", contentSecurityPolicy({ nonce, dev: process.env.NODE_ENV === "development", https }));
    }
    if (https) response.headers.set("strict-transport-security", HSTS_VALUE);
    return response;
  };

  if (hasMalformedPercentEncoding(pathname)) {
    return finish(
      isApi
        ? errorResponse(badRequest(), lang)
        : new NextResponse("400 Bad Request", { status: 400, headers: { "content-type": "text/plain; charset=utf-8" } }),
    );
  }
  if (pathname.startsWith("/api/auth/")) {
    const callbackUrl = request.nextUrl.searchParams.get("callbackUrl");
    if (callbackUrl !== null && !isAcceptableCallbackUrl(callbackUrl)) return finish(errorResponse(badRequest(), lang));
  }

  const requestHeaders = new Headers(request.headers);
  const cleaned = withoutBadAuthCookies(request.headers.get("cookie"));
  if (cleaned) {
    if (cleaned.header) requestHeaders.set("cookie", cleaned.header);
    else requestHeaders.delete("cookie");
  }
  const nonce = isApi ? undefined : newNonce();
  if (nonce) requestHeaders.set("content-security-policy", contentSecurityPolicy({ nonce, dev: process.env.NODE_ENV === "development", https }));

  const response = NextResponse.next({ request: { headers: requestHeaders } });
  for (const name of cleaned?.removed ?? []) {
    response.cookies.set({ name, value: "", path: "/", maxAge: 0, httpOnly: true, sameSite: "lax", secure: name.startsWith("__Secure-") });
  }
  return finish(response, nonce);
}

export const config = {
  // Everything but the build's static files and the robots file (the fixed headers of
  // next.config.ts still reach those). Server actions are POSTs to their page's path: covered.
  matcher: ["/((?!_next/static|_next/image|favicon\\.ico|robots\\.txt).*)"],
};
