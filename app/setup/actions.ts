"use server";

import { randomUUID } from "node:crypto";
import { headers } from "next/headers";
import type { ActionResult } from "@/lib/api/action-result";
import { isDatabaseOutage } from "@/lib/api/db-outage";
import { crossSiteRefusal } from "@/lib/api/origin";
import { originPolicy } from "@/lib/api/origin-policy";
import { isAppError } from "@/lib/errors";
import { log } from "@/lib/log";
import { setupFirstAdministrator } from "@/lib/services/accounts/first-run";

/**
 * The first-run form's action. Not runAction: there is nobody signed in yet (runAction answers
 * UNAUTHENTICATED without a session), so this does the rest of what runAction does itself: the
 * cross-site refusal (lib/api/origin.ts, as for every action) and expected errors turned into data.
 * The service checks again, under a lock, that no account exists: a POST after the first
 * administrator is NOT_FOUND, like the page.
 */
export async function setupAction(input: unknown): Promise<ActionResult<{ username: string }>> {
  try {
    const refusal = crossSiteRefusal("POST", await headers(), new URL("http://host.invalid/"), originPolicy());
    if (refusal) {
      log.warn({ refusal }, "cross-site setup action refused");
      return { ok: false, code: "FORBIDDEN", messageKey: "CROSS_SITE", details: [] };
    }
    return { ok: true, data: await setupFirstAdministrator(input) };
  } catch (error) {
    if (isAppError(error)) return { ok: false, code: error.code, messageKey: error.messageKey, details: error.details };
    const eventId = randomUUID();
    const outage = isDatabaseOutage(error);
    log.error({ err: error, eventId }, outage ? "database unavailable (setup)" : "unexpected setup error");
    return { ok: false, code: outage ? "SERVICE_UNAVAILABLE" : "INTERNAL", messageKey: outage ? "SERVICE_UNAVAILABLE" : "INTERNAL", details: [], eventId };
  }
}
