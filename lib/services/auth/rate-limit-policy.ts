/**
 * Sign-in throttling. Per account it stops password guessing against one person; per address it
 * stops one machine from spraying many accounts. Numbers are deliberately small: these accounts
 * guard party personnel records.
 */
export const SIGN_IN_WINDOW_MINUTES = 15;
export const MAX_FAILURES_PER_ACCOUNT = 5;
export const MAX_FAILURES_PER_ADDRESS = 20;

/** Minutes until the lock lifts, given the oldest failure that still counts. */
export function minutesUntilUnlock(oldestFailureAt: Date, now: Date): number {
  const unlockAt = oldestFailureAt.getTime() + SIGN_IN_WINDOW_MINUTES * 60_000;
  return Math.max(1, Math.ceil((unlockAt - now.getTime()) / 60_000));
}
