import "server-only";
import { randomUUID } from "node:crypto";
import { getActor, type Actor } from "@/lib/auth/actor";
import { isAppError, type ErrorCode, type ErrorDetail } from "@/lib/errors";
import { log } from "@/lib/log";

/** What a server action answers: plain data the client form can show (messages are keys). */
export type ActionResult<T> = { ok: true; data: T } | { ok: false; code: ErrorCode; messageKey: string; details: ErrorDetail[]; eventId?: string };

/**
 * The one wrapper for mutations called from pages. Server actions are public endpoints, so it
 * authenticates on every call and turns expected errors into data; unexpected ones are logged and
 * reported with an incident id only.
 */
export async function runAction<T>(work: (actor: Actor) => Promise<T>): Promise<ActionResult<T>> {
  try {
    const actor = await getActor();
    if (!actor) return { ok: false, code: "UNAUTHENTICATED", messageKey: "UNAUTHENTICATED", details: [] };
    return { ok: true, data: await work(actor) };
  } catch (error) {
    if (isAppError(error)) return { ok: false, code: error.code, messageKey: error.messageKey, details: error.details };
    const eventId = randomUUID();
    log.error({ err: error, eventId }, "unexpected action error");
    return { ok: false, code: "INTERNAL", messageKey: "INTERNAL", details: [], eventId };
  }
}
