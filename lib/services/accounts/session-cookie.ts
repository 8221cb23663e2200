import "server-only";
import { decode, encode, type JWT } from "next-auth/jwt";
import { originPolicy } from "@/lib/api/origin-policy";
import { authOptions } from "@/lib/auth/options";

/**
 * Keeping the current session through one's own password change. The change ends every session of
 * the person (lib/db/users.ts endSessions raises the session version that each session's token
 * carries as `sv`), the current one included; so the answer to the change re-issues the current
 * session's token with the new version, and only this browser keeps working.
 *
 * next-auth 4 has no server-side way to rewrite a JWT session outside its own routes (its `update()`
 * goes through the jwt callback with whatever the browser sends, which must not be trusted to name
 * a session version). So the token is re-encoded here with next-auth's own `encode`, the secret and
 * cookie next-auth itself uses (NEXTAUTH_SECRET; `__Secure-` and Secure when NEXTAUTH_URL is https),
 * and the same expiry: a password change does not lengthen the working day's session. Without the
 * secret (a development server that never set one) nothing is re-issued and the person signs in
 * again.
 */

/** What next-auth calls its session cookie, as next-auth decides (lib/cookie defaultCookies). */
export function sessionCookieName(): { name: string; secure: boolean } {
  const secure = (originPolicy().publicUrl ?? "").startsWith("https://");
  return { name: `${secure ? "__Secure-" : ""}next-auth.session-token`, secure };
}

/** next-auth's own lookup of its secret (next-auth/next: options.secret, else the environment). */
function secret(): string | null {
  return authOptions.secret ?? process.env.NEXTAUTH_SECRET ?? process.env.AUTH_SECRET ?? null;
}

/**
 * The session token of the request's cookie, if it is a valid token of `userId` with a session
 * version; null otherwise (no cookie, chunked or foreign cookie, no secret).
 */
export async function readSessionToken(cookieValue: string | undefined, userId: string): Promise<(JWT & { sv: number }) | null> {
  const key = secret();
  if (!cookieValue || !key) return null;
  try {
    const token = await decode({ token: cookieValue, secret: key });
    if (!token || token.sub !== userId || typeof token.sv !== "number") return null;
    return token as JWT & { sv: number };
  } catch {
    return null;
  }
}

export interface RenewedCookie {
  name: string;
  value: string;
  options: { httpOnly: true; sameSite: "lax"; path: "/"; secure: boolean; maxAge: number };
}

/** The cookie that carries `token` on with the session version `sessionVersion`, expiring when it would have. */
export async function renewedSessionCookie(token: JWT, sessionVersion: number, now = Date.now()): Promise<RenewedCookie | null> {
  const key = secret();
  const expires = typeof token.exp === "number" ? token.exp : 0;
  const maxAge = Math.floor(expires - now / 1000);
  if (!key || maxAge <= 0) return null;
  // iat, exp and jti are encode()'s to set afresh.
  const claims: JWT = { ...token };
  for (const claim of ["iat", "exp", "jti"]) delete claims[claim];
  const value = await encode({ token: { ...claims, sv: sessionVersion }, secret: key, maxAge });
  const { name, secure } = sessionCookieName();
  return { name, value, options: { httpOnly: true, sameSite: "lax", path: "/", secure, maxAge } };
}
