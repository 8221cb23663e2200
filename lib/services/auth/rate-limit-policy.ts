/**
 * Sign-in throttling: the pure rules. Numbers are deliberately small: these accounts guard party
 * personnel records.
 *
 * The design (verify-credentials.ts applies it, lib/db/login-attempts.ts counts atomically):
 *
 * - A password is checked only after the attempt has been admitted and recorded (as a failure,
 *   turned into a success afterwards), under a transaction-scoped advisory lock of the account
 *   and of the address. Parallel attempts are therefore counted one after another and in-flight
 *   guesses count: at most the allowed number of passwords is ever checked in a window, whatever
 *   the concurrency.
 * - Clients are "known" or not, per account. A known client is a browser holding a device cookie
 *   (device.ts) or a trusted address (TRUST_PROXY=1, client-address.ts) from which the account
 *   signed in successfully in the last KNOWN_CLIENT_DAYS days. Only a successful sign-in makes a
 *   client known, so an attacker cannot make themselves known without the password.
 * - A known client has its own allowance (MAX_FAILURES_PER_KNOWN_CLIENT per window, reset by its
 *   own successful sign-in) and nothing else: strangers' failures neither lock it out nor count
 *   against it. That removes the lock-out button: five wrong passwords from anyone no longer keep
 *   the account's owner (the administrator included) out of their own browser or office.
 * - Every other attempt shares two allowances: the address's (MAX_FAILURES_PER_ADDRESS failures
 *   of unknown clients from one address, over all accounts: stops one machine spraying many
 *   accounts; checked first) and the account's (MAX_FAILURES_PER_ACCOUNT failures of unknown
 *   clients: stops guessing one person's password from anywhere). A success does not reset the
 *   account's shared allowance: the failures in it may be someone else's, and the client that
 *   succeeded becomes known anyway.
 * - Without a trusted address and without a device cookie (a script without a cookie jar), an
 *   attempt is unknown and only the account's shared allowance applies; attempts without an
 *   address are never counted together per address (twenty typos by anyone would lock everyone).
 *
 * Guesses per account and window are thus bounded by MAX_FAILURES_PER_ACCOUNT plus
 * MAX_FAILURES_PER_KNOWN_CLIENT for each client that has signed in as that account.
 */
export const SIGN_IN_WINDOW_MINUTES = 15;
export const MAX_FAILURES_PER_ACCOUNT = 5;
export const MAX_FAILURES_PER_ADDRESS = 20;
export const MAX_FAILURES_PER_KNOWN_CLIENT = 5;
/** How long a client stays known after its last successful sign-in. */
export const KNOWN_CLIENT_DAYS = 90;

/** What is stored for an attempt whose address is not known: the column requires a value. */
export const UNKNOWN_ADDRESS = "unknown";

const WINDOW_MS = SIGN_IN_WINDOW_MINUTES * 60_000;

/**
 * Whether the per-address limit applies. Attempts without a trustworthy address all share one
 * placeholder; counting them together would let twenty typos by anyone lock everyone out, so for
 * them only the per-account limit counts.
 */
export function limitsAddress(address: string | null): address is string {
  return address !== null && address !== UNKNOWN_ADDRESS;
}

/** Which shared limit, if any, is reached: the account's is reported first, since it is the one the user can act on. */
export function reachedLimit(accountFailures: number, addressFailures: number): "ACCOUNT" | "ADDRESS" | null {
  if (accountFailures >= MAX_FAILURES_PER_ACCOUNT) return "ACCOUNT";
  if (addressFailures >= MAX_FAILURES_PER_ADDRESS) return "ADDRESS";
  return null;
}

/** Minutes until the lock lifts, given the oldest failure that still counts. */
export function minutesUntilUnlock(oldestFailureAt: Date, now: Date): number {
  return retryAfter(new Date(oldestFailureAt.getTime() + WINDOW_MS), now).minutes;
}

/** The start of the window that counts at `now`. */
export function windowStart(now: Date): Date {
  return new Date(now.getTime() - WINDOW_MS);
}

/** The oldest moment a client's last success may date from for the client to be known at `now`. */
export function knownSince(now: Date): Date {
  return new Date(now.getTime() - KNOWN_CLIENT_DAYS * 24 * 60 * 60_000);
}

/** A key under which a client may be known to an account, and what identifies it in a recorded attempt. */
export type ClientKey = { key: string; device: string } | { key: string; address: string };

/**
 * The keys under which the client of an attempt may be known to an account, most specific first:
 * the browser (a hash of its device cookie), then the trusted address. The first one the account
 * knows decides whose allowance the attempt uses.
 */
export function clientKeys(client: { address: string | null; deviceKey: string | null }): ClientKey[] {
  const keys: ClientKey[] = [];
  if (client.deviceKey) keys.push({ key: `d:${client.deviceKey}`, device: client.deviceKey });
  if (limitsAddress(client.address)) keys.push({ key: `a:${client.address}`, address: client.address });
  return keys;
}

/** Failures that count against one allowance, and the oldest of them (the lock lifts when it leaves the window). */
export interface FailureCount {
  failures: number;
  oldestAt: Date | null;
}

/** What lib/db counted for an attempt, under the locks. */
export interface AttemptCounts {
  /** The known-client key whose own allowance applies, or null for an unknown client. */
  knownClient: string | null;
  /** A known client's own failures (since its last success in the window). */
  own: FailureCount | null;
  /** Unknown clients' failures for the account. */
  account: FailureCount | null;
  /** Unknown clients' failures from the address, over all accounts (null when the address is not limited). */
  address: FailureCount | null;
}

export type LimitKind = "KNOWN_CLIENT" | "ADDRESS" | "ACCOUNT";

interface Limit {
  kind: LimitKind;
  count: FailureCount;
  max: number;
}

/** The allowances that apply to an attempt: a known client's own only; otherwise the address's, then the account's. */
export function applicableLimits(counts: AttemptCounts): Limit[] {
  if (counts.knownClient !== null) return counts.own ? [{ kind: "KNOWN_CLIENT", count: counts.own, max: MAX_FAILURES_PER_KNOWN_CLIENT }] : [];
  const limits: Limit[] = [];
  if (counts.address) limits.push({ kind: "ADDRESS", count: counts.address, max: MAX_FAILURES_PER_ADDRESS });
  if (counts.account) limits.push({ kind: "ACCOUNT", count: counts.account, max: MAX_FAILURES_PER_ACCOUNT });
  return limits;
}

/**
 * When the attempt may be made, or null when it may be made now: the latest unlock of the
 * allowances it has used up (an allowance at its maximum frees up when its oldest failure leaves
 * the window).
 */
export function lockedUntil(counts: AttemptCounts, now: Date): Date | null {
  let until: Date | null = null;
  for (const limit of applicableLimits(counts)) {
    if (limit.count.failures < limit.max) continue;
    const unlock = new Date((limit.count.oldestAt ?? now).getTime() + WINDOW_MS);
    if (unlock > now && (!until || unlock > until)) until = unlock;
  }
  return until;
}

/** How long to wait, in seconds (for Retry-After) and in whole minutes (for the message), at least one of each. */
export function retryAfter(until: Date, now: Date): { seconds: number; minutes: number } {
  const ms = until.getTime() - now.getTime();
  return { seconds: Math.max(1, Math.ceil(ms / 1000)), minutes: Math.max(1, Math.ceil(ms / 60_000)) };
}
