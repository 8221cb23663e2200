/**
 * Cross-site request refusal for state-changing requests (the API's POST/PUT/PATCH/DELETE and the
 * server actions). Pure: the caller hands in the request's headers and the deployment's settings,
 * so that route handlers, server actions and the unit tests share one decision.
 *
 * Why a request without `Origin` and without `Sec-Fetch-Site` is let through: every browser that
 * can carry the user's cookie sends `Origin` on a cross-site POST/PUT/PATCH/DELETE (fetch or form,
 * including `<form enctype="text/plain">`), and current browsers add `Sec-Fetch-Site` as well. A
 * request with neither comes from curl, a script or another system, which can only send the cookies
 * it was given (shared/API.md's sign-in flow) — refusing it would protect nobody and break the API's
 * documented use.
 */

/** The methods that change state: only these are checked. */
export const STATE_CHANGING_METHODS: ReadonlySet<string> = new Set(["POST", "PUT", "PATCH", "DELETE"]);

export interface HeaderSource {
  get(name: string): string | null;
}

export interface OriginPolicy {
  /** TRUST_PROXY=1: X-Forwarded-Host / X-Forwarded-Proto name the public address. */
  trustProxy: boolean;
  /** NEXTAUTH_URL: the public address the deployment declares (its origin is accepted). */
  publicUrl?: string | null;
}

/** Why a request was refused; null when it may proceed. */
export type CrossSiteRefusal = "SEC_FETCH_SITE" | "ORIGIN_NULL" | "ORIGIN_INVALID" | "ORIGIN_MISMATCH";

function firstValue(header: string | null): string | null {
  const first = header?.split(",")[0]?.trim().toLowerCase();
  return first ? first : null;
}

function parseOrigin(value: string): URL | null {
  try {
    const url = new URL(value);
    return url.protocol === "http:" || url.protocol === "https:" ? url : null;
  } catch {
    return null;
  }
}

/**
 * Whether an `Origin` header names this server. Accepted, in order:
 * - the request's own `Host` (host and port; the scheme is not compared, because behind a TLS
 *   terminator the server sees http while the browser sends https — Next.js compares server
 *   actions the same way);
 * - with TRUST_PROXY=1 only, the first `X-Forwarded-Host` (and, when sent, `X-Forwarded-Proto` must
 *   match the scheme): without a trusted proxy anyone could send these headers;
 * - the origin of NEXTAUTH_URL, scheme included.
 */
export function originMatches(origin: URL, headers: HeaderSource, requestUrl: URL, policy: OriginPolicy): boolean {
  const host = firstValue(headers.get("host")) ?? requestUrl.host.toLowerCase();
  if (origin.host === host) return true;
  if (policy.trustProxy) {
    const forwardedHost = firstValue(headers.get("x-forwarded-host"));
    const forwardedProto = firstValue(headers.get("x-forwarded-proto"));
    if (forwardedHost && origin.host === forwardedHost && (!forwardedProto || `${forwardedProto}:` === origin.protocol)) return true;
  }
  if (policy.publicUrl) {
    const declared = parseOrigin(policy.publicUrl);
    if (declared && declared.origin === origin.origin) return true;
  }
  return false;
}

/**
 * The decision for one request: null to let it through, or why it is refused. Safe methods (GET,
 * HEAD, OPTIONS) are never refused here: they change nothing, and without CORS headers another
 * site cannot read their answers.
 */
export function crossSiteRefusal(method: string, headers: HeaderSource, requestUrl: URL, policy: OriginPolicy): CrossSiteRefusal | null {
  if (!STATE_CHANGING_METHODS.has(method.toUpperCase())) return null;
  // Sec-Fetch-Site is set by the browser itself and cannot be changed by a page: "same-origin"
  // (our own pages) and "none" (the user typed or bookmarked the address) are fine. "same-site" is
  // refused too: another port or a sibling subdomain of the same host is the same *site* (that is
  // how the reported attack came, from a page on another port). Unknown values are refused.
  const fetchSite = headers.get("sec-fetch-site")?.trim().toLowerCase();
  if (fetchSite && fetchSite !== "same-origin" && fetchSite !== "none") return "SEC_FETCH_SITE";
  const originHeader = headers.get("origin")?.trim();
  if (!originHeader) return null;
  // "null": a sandboxed frame, a data: URL or a privacy redirect — never our own pages.
  if (originHeader === "null") return "ORIGIN_NULL";
  const origin = parseOrigin(originHeader);
  if (!origin) return "ORIGIN_INVALID";
  return originMatches(origin, headers, requestUrl, policy) ? null : "ORIGIN_MISMATCH";
}
