import { createHash, randomBytes } from "node:crypto";

/**
 * The device cookie: a random token a browser receives when it signs in successfully, so that the
 * sign-in limits can tell the account's own browsers from strangers (rate-limit-policy.ts) even
 * when no client address can be trusted (next-auth hands `authorize` no socket address, and the
 * X-Forwarded-For that Next.js fills in from the socket keeps any value the client sent itself).
 *
 * It proves nothing by itself and grants no session: it only lets its browser keep its own small
 * allowance of failures for the accounts that signed in on it. Only its SHA-256 is stored, so a
 * copy of the table gives no usable cookie. Sent to the sign-in routes only.
 */
export const DEVICE_COOKIE = "pdv-device";
export const DEVICE_COOKIE_PATH = "/api/auth";
export const DEVICE_COOKIE_MAX_AGE_SECONDS = 365 * 24 * 60 * 60;

/** 32 random bytes, base64url without padding. */
const TOKEN = /^[A-Za-z0-9_-]{43}$/;

export function newDeviceToken(): string {
  return randomBytes(32).toString("base64url");
}

/** The token if the value is one this app could have issued, else null (a junk cookie is no device). */
export function parseDeviceToken(value: string | null | undefined): string | null {
  return typeof value === "string" && TOKEN.test(value) ? value : null;
}

/** What is stored and compared: never the token itself. */
export function deviceKey(token: string | null): string | null {
  const valid = parseDeviceToken(token);
  return valid ? createHash("sha256").update(valid).digest("hex") : null;
}

/** The Set-Cookie value that hands a browser its token. */
export function deviceCookieHeader(token: string, secure: boolean): string {
  return `${DEVICE_COOKIE}=${token}; Path=${DEVICE_COOKIE_PATH}; Max-Age=${DEVICE_COOKIE_MAX_AGE_SECONDS}; HttpOnly; SameSite=Lax${secure ? "; Secure" : ""}`;
}
