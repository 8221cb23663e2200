/**
 * The browser security headers of every answer. Pure (no Next.js, no environment) so that
 * next.config.ts, proxy.ts and the unit tests share them.
 *
 * Split by where they can be set:
 * - STATIC_SECURITY_HEADERS never vary: next.config.ts `headers()` puts them on every path,
 *   static files included;
 * - the Content-Security-Policy carries a fresh nonce per request and HSTS depends on how the
 *   request reached us, so proxy.ts sets those.
 */

export interface HeaderPair {
  key: string;
  value: string;
}

/** Powerful browser features the app never uses, switched off for it and for anything it might embed. */
export const PERMISSIONS_POLICY = [
  "accelerometer=()",
  "autoplay=()",
  "camera=()",
  "display-capture=()",
  "geolocation=()",
  "gyroscope=()",
  "magnetometer=()",
  "microphone=()",
  "midi=()",
  "payment=()",
  "publickey-credentials-get=()",
  "screen-wake-lock=()",
  "serial=()",
  "usb=()",
  "xr-spatial-tracking=()",
  "browsing-topics=()",
].join(", ");

export const STATIC_SECURITY_HEADERS: readonly HeaderPair[] = [
  // frame-ancestors 'none' in the CSP says the same to current browsers; this one is for older ones.
  { key: "X-Frame-Options", value: "DENY" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Permissions-Policy", value: PERMISSIONS_POLICY },
  // A window this app opens, or that opens it, gets no handle on the other (no window.opener tricks).
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
];

/** One year; no includeSubDomains/preload: other services of the same domain are not ours to pin. */
export const HSTS_VALUE = "max-age=31536000";

/** JSON answers are never rendered as documents: nothing may load from or frame them. */
export const API_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

export interface CspOptions {
  nonce: string;
  /** `next dev`: React needs eval for its debugging aids (Next.js's CSP guide). */
  dev?: boolean;
  /** Served over https: ask the browser to upgrade any stray http:// subresource. */
  https?: boolean;
}

/**
 * The pages' policy. Scripts: only those carrying this request's nonce (Next.js adds it to its own
 * inline and bundle scripts when it finds the nonce in the request's CSP header) and, through
 * 'strict-dynamic', the chunks they load; no 'unsafe-inline' for scripts. Styles keep
 * 'unsafe-inline': React `style={…}` attributes (progress bars, recharts) cannot carry a nonce, and a
 * nonce in style-src would switch 'unsafe-inline' off. Fonts and images are served by the app
 * itself (the Be Vietnam Pro files are bundled), so nothing outside 'self' is needed.
 */
export function contentSecurityPolicy({ nonce, dev = false, https = false }: CspOptions): string {
  const directives = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(https ? ["upgrade-insecure-requests"] : []),
  ];
  return directives.join("; ");
}

/** A nonce: 128 random bits, base64 (Web Crypto, available in Node and in the proxy alike). */
export function newNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

export interface HttpsPolicy {
  trustProxy: boolean;
  publicUrl?: string | null;
}

/**
 * Whether the browser reached us over https, the condition for HSTS: the request itself came over
 * TLS, or a trusted proxy (TRUST_PROXY=1) says so in X-Forwarded-Proto, or the declared public
 * address (NEXTAUTH_URL) is https. Without TRUST_PROXY, X-Forwarded-Proto is not read.
 */
export function servedOverHttps(headers: { get(name: string): string | null }, requestUrl: URL, policy: HttpsPolicy): boolean {
  if (policy.publicUrl?.toLowerCase().startsWith("https://")) return true;
  if (policy.trustProxy && headers.get("x-forwarded-proto")?.split(",")[0]?.trim().toLowerCase() === "https") return true;
  // Served over TLS directly (`next dev --experimental-https`). (Were the protocol taken from a
  // forged header, the only browser told to insist on https would be the forger's own.)
  return requestUrl.protocol === "https:";
}
