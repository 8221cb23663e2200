import { describe, expect, it } from "vitest";
import { DEVICE_COOKIE, deviceCookieHeader, deviceKey, newDeviceToken, parseDeviceToken } from "@/lib/services/auth/device";
import {
  KNOWN_CLIENT_DAYS,
  MAX_FAILURES_PER_ACCOUNT,
  MAX_FAILURES_PER_ADDRESS,
  MAX_FAILURES_PER_KNOWN_CLIENT,
  SIGN_IN_WINDOW_MINUTES,
  UNKNOWN_ADDRESS,
  applicableLimits,
  clientKeys,
  knownSince,
  lockedUntil,
  retryAfter,
  windowStart,
  type AttemptCounts,
} from "@/lib/services/auth/rate-limit-policy";

const now = new Date("2026-01-01T10:00:00Z");
const minutesAgo = (m: number) => new Date(now.getTime() - m * 60_000);
const count = (failures: number, oldestMinutesAgo = 10) => ({ failures, oldestAt: failures ? minutesAgo(oldestMinutesAgo) : null });
const stranger = (account: number, address: number | null = null): AttemptCounts => ({
  knownClient: null,
  own: null,
  account: count(account),
  address: address === null ? null : count(address, 3),
});
const known = (own: number): AttemptCounts => ({ knownClient: "d:abc", own: count(own), account: null, address: null });

describe("the allowances an attempt uses", () => {
  it("a known client uses its own allowance only; a stranger the address's first, then the account's", () => {
    expect(applicableLimits(known(2)).map((l) => [l.kind, l.max])).toEqual([["KNOWN_CLIENT", MAX_FAILURES_PER_KNOWN_CLIENT]]);
    expect(applicableLimits(stranger(1, 1)).map((l) => [l.kind, l.max])).toEqual([
      ["ADDRESS", MAX_FAILURES_PER_ADDRESS],
      ["ACCOUNT", MAX_FAILURES_PER_ACCOUNT],
    ]);
    expect(applicableLimits(stranger(1)).map((l) => l.kind)).toEqual(["ACCOUNT"]);
  });

  it("a known client is not locked by the account's failures, only by its own", () => {
    expect(lockedUntil({ knownClient: "a:10.0.0.1", own: count(0), account: count(MAX_FAILURES_PER_ACCOUNT), address: null }, now)).toBeNull();
    expect(lockedUntil(known(MAX_FAILURES_PER_KNOWN_CLIENT - 1), now)).toBeNull();
    expect(lockedUntil(known(MAX_FAILURES_PER_KNOWN_CLIENT), now)).toEqual(minutesAgo(10 - SIGN_IN_WINDOW_MINUTES));
  });

  it("a stranger waits for the latest unlock of the allowances it has used up", () => {
    expect(lockedUntil(stranger(MAX_FAILURES_PER_ACCOUNT - 1, MAX_FAILURES_PER_ADDRESS - 1), now)).toBeNull();
    // Account oldest failure 10 minutes ago, address 3 minutes ago: the address frees up last.
    expect(lockedUntil(stranger(MAX_FAILURES_PER_ACCOUNT), now)).toEqual(minutesAgo(10 - SIGN_IN_WINDOW_MINUTES));
    expect(lockedUntil(stranger(0, MAX_FAILURES_PER_ADDRESS), now)).toEqual(minutesAgo(3 - SIGN_IN_WINDOW_MINUTES));
    expect(lockedUntil(stranger(MAX_FAILURES_PER_ACCOUNT, MAX_FAILURES_PER_ADDRESS), now)).toEqual(minutesAgo(3 - SIGN_IN_WINDOW_MINUTES));
  });

  it("says how long to wait in seconds and in whole minutes, at least one of each", () => {
    expect(retryAfter(new Date(now.getTime() + 5 * 60_000), now)).toEqual({ seconds: 300, minutes: 5 });
    expect(retryAfter(new Date(now.getTime() + 61_500), now)).toEqual({ seconds: 62, minutes: 2 });
    expect(retryAfter(now, now)).toEqual({ seconds: 1, minutes: 1 });
  });

  it("counts over the window, and knows a client for a while after its last success", () => {
    expect(windowStart(now)).toEqual(minutesAgo(SIGN_IN_WINDOW_MINUTES));
    expect(knownSince(now)).toEqual(minutesAgo(KNOWN_CLIENT_DAYS * 24 * 60));
  });
});

describe("the keys a client may be known by", () => {
  it("the browser first, then a trusted address; no address key without a real address", () => {
    expect(clientKeys({ address: "10.0.0.1", deviceKey: "abc" })).toEqual([
      { key: "d:abc", device: "abc" },
      { key: "a:10.0.0.1", address: "10.0.0.1" },
    ]);
    expect(clientKeys({ address: null, deviceKey: "abc" })).toEqual([{ key: "d:abc", device: "abc" }]);
    expect(clientKeys({ address: UNKNOWN_ADDRESS, deviceKey: null })).toEqual([]);
  });
});

describe("the device cookie", () => {
  it("is random, and only a token this app could have issued counts", () => {
    const token = newDeviceToken();
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(newDeviceToken()).not.toBe(token);
    expect(parseDeviceToken(token)).toBe(token);
    expect(parseDeviceToken("junk")).toBeNull();
    expect(parseDeviceToken(`${token}x`)).toBeNull();
    expect(parseDeviceToken(undefined)).toBeNull();
  });

  it("is stored as a hash, never as itself", () => {
    const token = newDeviceToken();
    expect(deviceKey(token)).toMatch(/^[0-9a-f]{64}$/);
    expect(deviceKey(token)).toBe(deviceKey(token));
    expect(deviceKey(token)).not.toContain(token);
    expect(deviceKey("junk")).toBeNull();
    expect(deviceKey(null)).toBeNull();
  });

  it("is sent to the sign-in routes only, out of scripts' reach, Secure over HTTPS", () => {
    expect(deviceCookieHeader("t", false)).toBe(`${DEVICE_COOKIE}=t; Path=/api/auth; Max-Age=31536000; HttpOnly; SameSite=Lax`);
    expect(deviceCookieHeader("t", true)).toMatch(/; Secure$/);
  });
});
