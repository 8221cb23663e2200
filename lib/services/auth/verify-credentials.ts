import "server-only";
import bcrypt from "bcryptjs";
import { z } from "zod";
import { findUserForSignIn } from "@/lib/db/users";
import { countFailures, latestSuccess, oldestFailure, recordAttempt } from "@/lib/db/login-attempts";
import { SIGN_IN_WINDOW_MINUTES, UNKNOWN_ADDRESS, limitsAddress, minutesUntilUnlock, reachedLimit } from "./rate-limit-policy";

const ZCredentials = z.object({
  username: z.string().trim().toLowerCase().min(1).max(60),
  password: z.string().min(1).max(200),
});

export type SignInResult =
  | { ok: true; user: { id: string; name: string; role: string } }
  | { ok: false; error: "INVALID_CREDENTIALS" | "RATE_LIMITED"; retryInMinutes?: number };

// Compared against when the account does not exist, so that both paths take as long.
const DUMMY_HASH = "$2b$10$CwTycUXWue0Thq9StjUM0uJ8.9f0B3p4l8m8y3Wm3aB5y7o5F2e6.";

/**
 * Checks a username and password. `address` is the client's address when it can be trusted, null
 * otherwise (see client-address.ts): then only the per-account limit applies.
 */
export async function verifyCredentials(raw: unknown, address: string | null, now = new Date()): Promise<SignInResult> {
  const parsed = ZCredentials.safeParse(raw);
  if (!parsed.success) return { ok: false, error: "INVALID_CREDENTIALS" };
  const { username, password } = parsed.data;

  const retryInMinutes = await lockedFor(username, address, now);
  if (retryInMinutes !== null) return { ok: false, error: "RATE_LIMITED", retryInMinutes };

  const user = await findUserForSignIn(username);
  const matches = await bcrypt.compare(password, user?.passwordHash ?? DUMMY_HASH);
  const success = Boolean(user && user.active && matches);
  await recordAttempt(username, address ?? UNKNOWN_ADDRESS, success);
  if (!success || !user) return { ok: false, error: "INVALID_CREDENTIALS" };
  return { ok: true, user: { id: user.id, name: user.fullName, role: user.role } };
}

/** Minutes until the account or the address may try again, or null when neither is locked. */
async function lockedFor(username: string, address: string | null, now: Date): Promise<number | null> {
  const windowStart = new Date(now.getTime() - SIGN_IN_WINDOW_MINUTES * 60_000);
  // Failures before the account's last successful sign-in no longer count against it.
  const lastSuccess = await latestSuccess(username, windowStart);
  const accountSince = lastSuccess && lastSuccess > windowStart ? lastSuccess : windowStart;
  const [accountFailures, addressFailures] = await Promise.all([
    countFailures({ username }, accountSince),
    limitsAddress(address) ? countFailures({ address }, windowStart) : 0,
  ]);
  const limit = reachedLimit(accountFailures, addressFailures);
  if (!limit) return null;
  const oldest = limit === "ACCOUNT" ? await oldestFailure({ username }, accountSince) : await oldestFailure({ address: address ?? UNKNOWN_ADDRESS }, windowStart);
  return minutesUntilUnlock(oldest ?? now, now);
}
