import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";
import { newDeviceToken, parseDeviceToken } from "./device";

/**
 * What the credentials callback route (app/api/auth/[...nextauth]/route.ts) and `authorize`
 * (lib/auth/options.ts) tell each other about one sign-in request. next-auth sits between them and
 * passes neither the device cookie's fate nor a rate limit's wait on, so the route opens an
 * exchange around next-auth's handler and `authorize`, which runs inside it, fills in the outcome.
 */
export type SignInOutcome =
  | { kind: "SIGNED_IN" }
  | { kind: "INVALID_CREDENTIALS" }
  | { kind: "RATE_LIMITED"; retryAfterSeconds: number; retryInMinutes: number }
  /** Something unexpected (the database down, or a bug), logged under `eventId`. */
  | { kind: "SERVICE_UNAVAILABLE" | "INTERNAL"; eventId: string };

export interface SignInExchange {
  /** The browser's device token: the one its cookie holds, or a fresh one to hand it on success. */
  device: string;
  /** Whether `device` is fresh, so that the answer must set the cookie. */
  newDevice: boolean;
  outcome: SignInOutcome | null;
}

const storage = new AsyncLocalStorage<SignInExchange>();

/** An exchange for a request that sent `cookieValue` as its device cookie (a fresh token when it sent none or junk). */
export function openSignInExchange(cookieValue: string | null | undefined): SignInExchange {
  const sent = parseDeviceToken(cookieValue);
  return { device: sent ?? newDeviceToken(), newDevice: sent === null, outcome: null };
}

export function runInSignInExchange<T>(exchange: SignInExchange, run: () => Promise<T>): Promise<T> {
  return storage.run(exchange, run);
}

/** The exchange of the sign-in request being handled, if any. */
export function currentSignInExchange(): SignInExchange | undefined {
  return storage.getStore();
}
