import "server-only";
import { randomUUID } from "node:crypto";
import { headers } from "next/headers";
import { getActor, type Actor } from "@/lib/auth/actor";
import { isAppError, type ErrorCode, type ErrorDetail } from "@/lib/errors";
import { log } from "@/lib/log";
import { isDatabaseOutage } from "./db-outage";
import { crossSiteRefusal } from "./origin";
import { originPolicy } from "./origin-policy";

/** What a server action answers: plain data the client form can show (messages are keys). */
export type ActionResult<T> = { ok: true; data: T } | { ok: false; code: ErrorCode; messageKey: string; details: ErrorDetail[]; eventId?: string };

/**
 * Next.js refuses a server action whose Origin differs from the request's host, but it takes that
 * host from X-Forwarded-Host whenever the header is present (next/dist/server/app-render/
 * action-handler.js, parseHostHeader), trusted or not, and it ignores Sec-Fetch-Site. So actions get
 * the API's own check (lib/api/origin.ts): X-Forwarded-Host counts only with TRUST_PROXY=1.
 */
const NO_HOST = new URL("http://host.invalid/");

async function crossSiteAction(): Promise<boolean> {
  const h = await headers();
  // The Host header is what is compared; without one, only NEXTAUTH_URL's origin can match.
  const refusal = crossSiteRefusal("POST", h, NO_HOST, originPolicy());
  if (refusal) log.warn({ refusal, origin: h.get("origin")?.slice(0, 200), fetchSite: h.get("sec-fetch-site") }, "cross-site server action refused");
  return refusal !== null;
}

/**
 * The one wrapper for mutations called from pages. Server actions are public endpoints, so it
 * refuses cross-site calls, authenticates on every call and turns expected errors into data; a
 * database outage is SERVICE_UNAVAILABLE; unexpected errors are logged and reported with an
 * incident id only.
 */
export async function runAction<T>(work: (actor: Actor) => Promise<T>): Promise<ActionResult<T>> {
  try {
    if (await crossSiteAction()) return { ok: false, code: "FORBIDDEN", messageKey: "CROSS_SITE", details: [] };
    const actor = await getActor();
    if (!actor) return { ok: false, code: "UNAUTHENTICATED", messageKey: "UNAUTHENTICATED", details: [] };
    return { ok: true, data: await work(actor) };
  } catch (error) {
    if (isAppError(error)) return { ok: false, code: error.code, messageKey: error.messageKey, details: error.details };
    const eventId = randomUUID();
    if (isDatabaseOutage(error)) {
      log.error({ err: error, eventId }, "database unavailable (action)");
      return { ok: false, code: "SERVICE_UNAVAILABLE", messageKey: "SERVICE_UNAVAILABLE", details: [], eventId };
    }
    log.error({ err: error, eventId }, "unexpected action error");
    return { ok: false, code: "INTERNAL", messageKey: "INTERNAL", details: [], eventId };
  }
}
