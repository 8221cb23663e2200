/**
 * The address a sign-in attempt comes from, as far as it can be trusted. Pure, so that it can be
 * tested without a request.
 *
 * X-Forwarded-For and X-Real-IP are plain request headers: any client can send them. Believing them
 * without a proxy in front would let an attacker pick a fresh "address" for every guess (escaping
 * the per-address limit) or name a colleague's address (locking them out). They are read only when
 * the deployment says a reverse proxy sets them (TRUST_PROXY=1).
 *
 * Without a proxy there is no address to believe either, checked under Next 16: next-auth 4 hands
 * `authorize` only the headers, body, query and method; a route handler's NextRequest has no `ip`
 * (removed in Next 15) and no socket; and the X-Forwarded-For that Next's server fills in from the
 * socket is set only when the request has none (`??=` in next/dist/server/base-server.js), so a
 * client that sends its own keeps it and it cannot be told from the real one. The answer is then
 * null: no per-address limit, and the device cookie (device.ts) is what tells the account's own
 * browsers from strangers (rate-limit-policy.ts).
 */
type Headers = Record<string, unknown> | undefined;

/** The longest address the login_attempts column keeps (an IPv6 address with a zone fits). */
const MAX_ADDRESS_LENGTH = 64;

export function clientAddress(headers: Headers, trustProxy: boolean): string | null {
  if (!trustProxy) return null;
  const address = realIp(headers) ?? lastForwardedHop(headers);
  // RFC 7239 lets a proxy write "unknown": that names no one, so it is no address either.
  if (!address || address.toLowerCase() === "unknown") return null;
  return address.slice(0, MAX_ADDRESS_LENGTH);
}

/** X-Real-IP: set (not appended) by the proxy, so the whole value is the proxy's word. */
function realIp(headers: Headers): string | null {
  const value = headers?.["x-real-ip"];
  return typeof value === "string" && value.trim() ? value.trim() : null;
}

/**
 * X-Forwarded-For: a proxy appends the peer it saw, so with one trusted proxy only the last hop is
 * its word; the hops before it were written by the client.
 */
function lastForwardedHop(headers: Headers): string | null {
  const value = headers?.["x-forwarded-for"];
  if (typeof value !== "string") return null;
  const last = value.split(",").at(-1)?.trim();
  return last ? last : null;
}
