import "server-only";
import bcrypt from "bcryptjs";
import { z } from "zod";
import { findUserForSignIn } from "@/lib/db/users";
import { admitAttempt, recordSuccess } from "@/lib/db/login-attempts";
import { deviceKey } from "./device";
import { UNKNOWN_ADDRESS, clientKeys, knownSince, limitsAddress, lockedUntil, retryAfter, windowStart } from "./rate-limit-policy";

const ZCredentials = z.object({
  username: z.string().trim().toLowerCase().min(1).max(60),
  password: z.string().min(1).max(200),
});

export type SignInResult =
  | { ok: true; user: { id: string; name: string; role: string; sessionVersion: number } }
  | { ok: false; error: "INVALID_CREDENTIALS" }
  | { ok: false; error: "RATE_LIMITED"; retryInMinutes: number; retryAfterSeconds: number };

/** Where an attempt comes from, as far as it can be told (see client-address.ts and device.ts). */
export interface SignInClient {
  /** The client's address when it can be trusted, else null. */
  address: string | null;
  /** The browser's device cookie, if it sent one. */
  device?: string | null;
}

// Compared against when the account does not exist, so that both paths take as long.
const DUMMY_HASH = "$2b$10$CwTycUXWue0Thq9StjUM0uJ8.9f0B3p4l8m8y3Wm3aB5y7o5F2e6.";

/**
 * Signs in with a username and password: checks the limits (rate-limit-policy.ts explains them),
 * then the password. On success the user's sessionVersion goes into the session's token.
 *
 * The attempt is admitted and recorded atomically before the password is checked, so that no
 * number of parallel requests gets more passwords checked than the limits allow. `client` may be
 * just the address (null when none can be trusted).
 */
export async function verifyCredentials(raw: unknown, client: SignInClient | string | null, now = new Date()): Promise<SignInResult> {
  const parsed = ZCredentials.safeParse(raw);
  if (!parsed.success) return { ok: false, error: "INVALID_CREDENTIALS" };
  const { username, password } = parsed.data;
  const { address, device = null } = typeof client === "object" && client !== null ? client : { address: client };
  const hashedDevice = deviceKey(device);
  const keys = clientKeys({ address, deviceKey: hashedDevice });

  const admission = await admitAttempt(
    {
      username,
      address: limitsAddress(address) ? address : null,
      storedAddress: address ?? UNKNOWN_ADDRESS,
      device: hashedDevice,
      clientKeys: keys,
      windowStart: windowStart(now),
      knownSince: knownSince(now),
      now,
    },
    (counts) => lockedUntil(counts, now) !== null,
  );
  if (admission.attemptId === null) {
    const wait = retryAfter(lockedUntil(admission.counts, now) ?? now, now);
    return { ok: false, error: "RATE_LIMITED", retryInMinutes: wait.minutes, retryAfterSeconds: wait.seconds };
  }

  const user = await findUserForSignIn(username);
  const matches = await bcrypt.compare(password, user?.passwordHash ?? DUMMY_HASH);
  // The attempt stays recorded as a failure unless the password is right for an active account.
  if (!user || !user.active || !matches) return { ok: false, error: "INVALID_CREDENTIALS" };
  await recordSuccess(admission.attemptId);
  return { ok: true, user: { id: user.id, name: user.fullName, role: user.role, sessionVersion: user.sessionVersion } };
}
