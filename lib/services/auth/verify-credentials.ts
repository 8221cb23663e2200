import "server-only";
import bcrypt from "bcryptjs";
import { z } from "zod";
import { findUserForSignIn } from "@/lib/db/users";
import { countFailures, oldestFailure, recordAttempt } from "@/lib/db/login-attempts";
import { prisma } from "@/lib/db/client";
import { MAX_FAILURES_PER_ACCOUNT, MAX_FAILURES_PER_ADDRESS, SIGN_IN_WINDOW_MINUTES, minutesUntilUnlock } from "./rate-limit-policy";

const ZCredentials = z.object({
  username: z.string().trim().toLowerCase().min(1).max(60),
  password: z.string().min(1).max(200),
});

export type SignInResult =
  | { ok: true; user: { id: string; name: string; role: string } }
  | { ok: false; error: "INVALID_CREDENTIALS" | "RATE_LIMITED"; retryInMinutes?: number };

// Compared against when the account does not exist, so that both paths take as long.
const DUMMY_HASH = "$2b$10$CwTycUXWue0Thq9StjUM0uJ8.9f0B3p4l8m8y3Wm3aB5y7o5F2e6.";

export async function verifyCredentials(raw: unknown, address: string, now = new Date()): Promise<SignInResult> {
  const parsed = ZCredentials.safeParse(raw);
  if (!parsed.success) return { ok: false, error: "INVALID_CREDENTIALS" };
  const { username, password } = parsed.data;
  const windowStart = new Date(now.getTime() - SIGN_IN_WINDOW_MINUTES * 60_000);

  // Failures before the account's last successful sign-in no longer count against it.
  const lastSuccess = await prisma.loginAttempt.findFirst({ where: { username, success: true, at: { gte: windowStart } }, orderBy: { at: "desc" }, select: { at: true } });
  const accountSince = lastSuccess && lastSuccess.at > windowStart ? lastSuccess.at : windowStart;
  const [accountFailures, addressFailures] = await Promise.all([countFailures({ username }, accountSince), countFailures({ address }, windowStart)]);
  if (accountFailures >= MAX_FAILURES_PER_ACCOUNT || addressFailures >= MAX_FAILURES_PER_ADDRESS) {
    const oldest = accountFailures >= MAX_FAILURES_PER_ACCOUNT ? await oldestFailure({ username }, accountSince) : await oldestFailure({ address }, windowStart);
    return { ok: false, error: "RATE_LIMITED", retryInMinutes: minutesUntilUnlock(oldest ?? now, now) };
  }

  const user = await findUserForSignIn(username);
  const matches = await bcrypt.compare(password, user?.passwordHash ?? DUMMY_HASH);
  const success = Boolean(user && user.active && matches);
  await recordAttempt(username, address, success);
  if (!success || !user) return { ok: false, error: "INVALID_CREDENTIALS" };
  return { ok: true, user: { id: user.id, name: user.fullName, role: user.role } };
}
