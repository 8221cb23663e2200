/**
 * Sign-in throttling. Per account it stops password guessing against one person; per address it
 * stops one machine from spraying many accounts. Numbers are deliberately small: these accounts
 * guard party personnel records.
 */
export const SIGN_IN_WINDOW_MINUTES = 15;
export const MAX_FAILURES_PER_ACCOUNT = 5;
export const MAX_FAILURES_PER_ADDRESS = 20;

/** What is stored for an attempt whose address is not known: the column requires a value. */
export const UNKNOWN_ADDRESS = "unknown";

/**
 * Whether the per-address limit applies. Attempts without a trustworthy address all share one
 * placeholder; counting them together would let twenty typos by anyone lock everyone out, so for
 * them only the per-account limit counts.
 */
export function limitsAddress(address: string | null): address is string {
  return address !== null && address !== UNKNOWN_ADDRESS;
}

/** Which limit, if any, is reached: the account's is reported first, since it is the one the user can act on. */
export function reachedLimit(accountFailures: number, addressFailures: number): "ACCOUNT" | "ADDRESS" | null {
  if (accountFailures >= MAX_FAILURES_PER_ACCOUNT) return "ACCOUNT";
  if (addressFailures >= MAX_FAILURES_PER_ADDRESS) return "ADDRESS";
  return null;
}

/** Minutes until the lock lifts, given the oldest failure that still counts. */
export function minutesUntilUnlock(oldestFailureAt: Date, now: Date): number {
  const unlockAt = oldestFailureAt.getTime() + SIGN_IN_WINDOW_MINUTES * 60_000;
  return Math.max(1, Math.ceil((unlockAt - now.getTime()) / 60_000));
}
