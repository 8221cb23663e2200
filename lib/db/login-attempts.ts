import "server-only";
import { prisma, type Tx } from "./client";
import type { AttemptCounts, ClientKey, FailureCount } from "@/lib/services/auth/rate-limit-policy";

/**
 * Advisory lock classes (the two-key form, whose key space is apart from the one-key locks used
 * elsewhere): the account's, then the address's, always in that order, so that two attempts never
 * wait on each other crosswise. A hash collision only makes two accounts wait for each other.
 */
const ACCOUNT_LOCK = 7101;
const ADDRESS_LOCK = 7102;

export interface AdmitInput {
  username: string;
  /** The address counted per address, or null when no trustworthy address is known. */
  address: string | null;
  /** What the row records as its address (a placeholder when none is known). */
  storedAddress: string;
  /** What the row records as its device (a hash of the device cookie), if any. */
  device: string | null;
  /** The keys under which the client may be known (clientKeys()), most specific first. */
  clientKeys: ClientKey[];
  windowStart: Date;
  knownSince: Date;
  now: Date;
}

export interface Admission {
  counts: AttemptCounts;
  /** The recorded attempt (a failure until recordSuccess), or null when the attempt was refused and nothing was recorded. */
  attemptId: bigint | null;
}

/**
 * Counts the failures that apply to an attempt and, unless `isLocked` says a limit is reached,
 * records the attempt as a failure, all under the account's (and the address's) advisory lock. The
 * next attempt of the same account or address waits for the commit and then sees this one, so
 * parallel attempts cannot all read "four failures so far": the caller checks a password only for
 * an admitted attempt.
 */
export async function admitAttempt(input: AdmitInput, isLocked: (counts: AttemptCounts) => boolean): Promise<Admission> {
  return prisma.$transaction(
    async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(${ACCOUNT_LOCK}::int, hashtext(${input.username}))`;
      if (input.address !== null) await tx.$executeRaw`SELECT pg_advisory_xact_lock(${ADDRESS_LOCK}::int, hashtext(${input.address}))`;

      const knownClient = await firstKnownKey(tx, input.username, input.clientKeys, input.knownSince);

      let counts: AttemptCounts;
      if (knownClient !== null) {
        // A known client's own allowance starts afresh after its own latest success.
        const lastSuccess = await tx.loginAttempt.findFirst({
          where: { username: input.username, knownClient, success: true, at: { gte: input.windowStart } },
          orderBy: { at: "desc" },
          select: { at: true },
        });
        counts = {
          knownClient,
          own: await failures(tx, { username: input.username, knownClient }, lastSuccess?.at ?? input.windowStart),
          account: null,
          address: null,
        };
      } else {
        counts = {
          knownClient: null,
          own: null,
          address: input.address !== null ? await failures(tx, { address: input.address, knownClient: null }, input.windowStart) : null,
          account: await failures(tx, { username: input.username, knownClient: null }, input.windowStart),
        };
      }
      if (isLocked(counts)) return { counts, attemptId: null };
      const row = await tx.loginAttempt.create({
        data: { username: input.username, address: input.storedAddress, device: input.device, success: false, at: input.now, knownClient },
        select: { id: true },
      });
      return { counts, attemptId: row.id };
    },
    // Attempts of one account queue on its lock; each holds it for a few short statements.
    { maxWait: 10_000, timeout: 10_000 },
  );
}

/**
 * The first of the client's keys (most specific first) that the account knows: a browser or a
 * trusted address from which it signed in successfully since `since`. The successes recorded here
 * are the record of known clients, so attempts must be kept at least that long.
 */
async function firstKnownKey(tx: Tx, username: string, keys: ClientKey[], since: Date): Promise<string | null> {
  for (const key of keys) {
    const match = "device" in key ? { device: key.device } : { address: key.address };
    const success = await tx.loginAttempt.findFirst({ where: { username, success: true, at: { gte: since }, ...match }, select: { id: true } });
    if (success) return key.key;
  }
  return null;
}

async function failures(tx: Tx, where: { username?: string; address?: string; knownClient: string | null }, since: Date): Promise<FailureCount> {
  const agg = await tx.loginAttempt.aggregate({ where: { ...where, success: false, at: { gte: since } }, _count: { _all: true }, _min: { at: true } });
  return { failures: agg._count._all, oldestAt: agg._min.at };
}

/** The password was right for an active account: the admitted attempt becomes a success (and its client known to the account). */
export async function recordSuccess(attemptId: bigint): Promise<void> {
  await prisma.loginAttempt.update({ where: { id: attemptId }, data: { success: true }, select: { id: true } });
}
