/**
 * Pure checks that proxy.ts applies before any route runs (and that the unit tests exercise): a
 * path that cannot be percent-decoded, and next-auth cookies or parameters that would make
 * next-auth itself fail with a 500.
 */

/** True when a segment of the raw path is not valid percent-encoding (`%FF`, `%E0%A4`, `%zz`). */
export function hasMalformedPercentEncoding(rawPathname: string): boolean {
  for (const segment of rawPathname.split("/")) {
    if (!segment.includes("%")) continue;
    try {
      decodeURIComponent(segment);
    } catch {
      return true;
    }
  }
  return false;
}

/**
 * The callback address next-auth accepts: a path on this site ("/candidates") or an absolute http(s)
 * URL. next-auth 4 checks its callback-url cookie and `callbackUrl` query parameter the same way
 * (core/lib/assert.js) and, when they fail, answers *every* auth call — getServerSession included,
 * so every page and API call — with a 500 "server configuration" error.
 */
export function isAcceptableCallbackUrl(value: string): boolean {
  try {
    return /^https?:$/.test(new URL(value, value.startsWith("/") ? "http://placeholder.invalid" : undefined).protocol);
  } catch {
    return false;
  }
}

/** next-auth's callback-url cookie, under http and under https (`__Secure-`). */
export const CALLBACK_URL_COOKIES: readonly string[] = ["next-auth.callback-url", "__Secure-next-auth.callback-url"];

function decodeCookieValue(raw: string): string {
  // As Next.js reads cookies (cookies()): percent-decoded when possible, raw otherwise.
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

/**
 * The Cookie header without the next-auth callback-url cookies that next-auth would choke on, and
 * the names removed (null when nothing changed). Other cookies are passed on byte for byte. A junk
 * session or CSRF cookie needs no help: next-auth treats it as "no session" / "no token".
 */
export function withoutBadAuthCookies(cookieHeader: string | null): { header: string; removed: string[] } | null {
  if (!cookieHeader) return null;
  const removed: string[] = [];
  const kept: string[] = [];
  for (const part of cookieHeader.split(";")) {
    const eq = part.indexOf("=");
    const name = (eq === -1 ? part : part.slice(0, eq)).trim();
    if (CALLBACK_URL_COOKIES.includes(name) && !isAcceptableCallbackUrl(decodeCookieValue(eq === -1 ? "" : part.slice(eq + 1).trim()))) {
      removed.push(name);
      continue;
    }
    if (part.trim()) kept.push(part.trim());
  }
  return removed.length > 0 ? { header: kept.join("; "), removed } : null;
}
