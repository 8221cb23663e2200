import bcrypt from "bcryptjs";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { prisma } from "@/lib/db/client";
import { verifyCredentials } from "@/lib/services/auth/verify-credentials";
import { newDeviceToken } from "@/lib/services/auth/device";
import {
  KNOWN_CLIENT_DAYS,
  MAX_FAILURES_PER_ACCOUNT,
  MAX_FAILURES_PER_ADDRESS,
  MAX_FAILURES_PER_KNOWN_CLIENT,
  SIGN_IN_WINDOW_MINUTES,
  UNKNOWN_ADDRESS,
} from "@/lib/services/auth/rate-limit-policy";
import { buildTree, resetDb } from "./support/fixtures";

beforeEach(async () => {
  await resetDb();
  const tree = await buildTree();
  await prisma.user.create({
    data: { username: "bithu", passwordHash: await bcrypt.hash("dung-mat-khau", 4), fullName: "Bí thư", role: "BRANCH_SECRETARY", unitId: tree.B1.id },
  });
});

describe("sign-in", () => {
  it("accepts the right password (username case-insensitive) and refuses a wrong one", async () => {
    expect(await verifyCredentials({ username: "BiThu", password: "dung-mat-khau" }, "10.0.0.1")).toMatchObject({ ok: true });
    expect(await verifyCredentials({ username: "bithu", password: "sai" }, "10.0.0.1")).toEqual({ ok: false, error: "INVALID_CREDENTIALS" });
    expect(await verifyCredentials({ username: "khong-co", password: "sai" }, "10.0.0.1")).toEqual({ ok: false, error: "INVALID_CREDENTIALS" });
    expect(await verifyCredentials({ username: "", password: "" }, "10.0.0.1")).toEqual({ ok: false, error: "INVALID_CREDENTIALS" });
  });

  it("locks an account after repeated failures, even for the right password", async () => {
    for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT; i++) await verifyCredentials({ username: "bithu", password: "sai" }, `10.0.0.${i}`);
    const locked = await verifyCredentials({ username: "bithu", password: "dung-mat-khau" }, "10.0.0.99");
    expect(locked).toMatchObject({ ok: false, error: "RATE_LIMITED" });
    expect((locked as { retryInMinutes: number }).retryInMinutes).toBeGreaterThanOrEqual(1);
  });

  it("lifts the lock when the failures leave the window", async () => {
    for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT; i++) await verifyCredentials({ username: "bithu", password: "sai" }, "10.0.0.1");
    const later = new Date(Date.now() + 16 * 60_000);
    expect(await verifyCredentials({ username: "bithu", password: "dung-mat-khau" }, "10.0.0.1", later)).toMatchObject({ ok: true });
  });

  it("limits one address spraying many accounts", async () => {
    for (let i = 0; i < MAX_FAILURES_PER_ADDRESS; i++) await verifyCredentials({ username: `user${i}`, password: "sai" }, "10.9.9.9");
    expect(await verifyCredentials({ username: "bithu", password: "dung-mat-khau" }, "10.9.9.9")).toMatchObject({ ok: false, error: "RATE_LIMITED" });
    expect(await verifyCredentials({ username: "bithu", password: "dung-mat-khau" }, "10.1.1.1")).toMatchObject({ ok: true });
  });

  it("without a trustworthy address, counts per account only: many people's typos lock no one else out", async () => {
    for (let i = 0; i < MAX_FAILURES_PER_ADDRESS + 5; i++) await verifyCredentials({ username: `user${i}`, password: "sai" }, null);
    expect(await verifyCredentials({ username: "bithu", password: "dung-mat-khau" }, null)).toMatchObject({ ok: true });
    expect(await prisma.loginAttempt.count({ where: { address: UNKNOWN_ADDRESS } })).toBe(MAX_FAILURES_PER_ADDRESS + 6);
  });

  it("without a trustworthy address, still locks the account that is being guessed", async () => {
    for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT; i++) await verifyCredentials({ username: "bithu", password: "sai" }, null);
    expect(await verifyCredentials({ username: "bithu", password: "dung-mat-khau" }, null)).toMatchObject({ ok: false, error: "RATE_LIMITED" });
  });
});

describe("sign-in limits under concurrency", () => {
  it("checks at most the allowed number of passwords, however many attempts arrive at once, and then refuses the right one", async () => {
    const compare = vi.spyOn(bcrypt, "compare");
    const results = await Promise.all(Array.from({ length: 60 }, () => verifyCredentials({ username: "bithu", password: "sai" }, null)));
    expect(compare).toHaveBeenCalledTimes(MAX_FAILURES_PER_ACCOUNT);
    expect(await prisma.loginAttempt.count({ where: { username: "bithu" } })).toBe(MAX_FAILURES_PER_ACCOUNT);
    expect(results.filter((r) => !r.ok && r.error === "INVALID_CREDENTIALS")).toHaveLength(MAX_FAILURES_PER_ACCOUNT);
    expect(results.filter((r) => !r.ok && r.error === "RATE_LIMITED")).toHaveLength(60 - MAX_FAILURES_PER_ACCOUNT);
    expect(await verifyCredentials({ username: "bithu", password: "dung-mat-khau" }, null)).toMatchObject({ ok: false, error: "RATE_LIMITED" });
    expect(compare).toHaveBeenCalledTimes(MAX_FAILURES_PER_ACCOUNT);
    compare.mockRestore();
  });

  it("with the right password among 61 parallel guesses, still checks no more than the limit", async () => {
    const compare = vi.spyOn(bcrypt, "compare");
    const guesses = Array.from({ length: 61 }, (_, i) => (i === 30 ? "dung-mat-khau" : `sai-${i}`));
    await Promise.all(guesses.map((password) => verifyCredentials({ username: "bithu", password }, "10.0.0.1")));
    expect(compare.mock.calls.length).toBeLessThanOrEqual(MAX_FAILURES_PER_ACCOUNT);
    compare.mockRestore();
  });

  it("counts one address spraying many accounts atomically too", async () => {
    const hash = await bcrypt.hash("mat-khau-rieng", 4);
    const b1 = await prisma.unit.findFirstOrThrow({ where: { code: "B1" } });
    await prisma.user.createMany({
      data: Array.from({ length: MAX_FAILURES_PER_ADDRESS + 10 }, (_, i) => ({
        username: `nguoi${i}`,
        passwordHash: hash,
        fullName: `Người ${i}`,
        role: "VIEWER" as const,
        unitId: b1.id,
      })),
    });
    const compare = vi.spyOn(bcrypt, "compare");
    await Promise.all(
      Array.from({ length: MAX_FAILURES_PER_ADDRESS + 10 }, (_, i) => verifyCredentials({ username: `nguoi${i}`, password: "sai" }, "10.9.9.9")),
    );
    expect(compare).toHaveBeenCalledTimes(MAX_FAILURES_PER_ADDRESS);
    compare.mockRestore();
  });
});

describe("known clients: strangers' failures hand no one a lock-out button", () => {
  const right = { username: "bithu", password: "dung-mat-khau" };
  const wrong = { username: "bithu", password: "sai" };

  it("an attacker address's failures lock the account for strangers, not for an address it signed in from before", async () => {
    expect(await verifyCredentials(right, "10.0.0.1")).toMatchObject({ ok: true });
    for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT; i++) expect(await verifyCredentials(wrong, "10.6.6.6")).toMatchObject({ error: "INVALID_CREDENTIALS" });
    expect(await verifyCredentials(right, "10.6.6.6")).toMatchObject({ ok: false, error: "RATE_LIMITED" });
    expect(await verifyCredentials(right, "10.7.7.7")).toMatchObject({ ok: false, error: "RATE_LIMITED" });
    expect(await verifyCredentials(right, null)).toMatchObject({ ok: false, error: "RATE_LIMITED" });
    expect(await verifyCredentials(right, "10.0.0.1")).toMatchObject({ ok: true });
  });

  it("a known address has its own allowance, renewed by its own success", async () => {
    expect(await verifyCredentials(right, "10.0.0.1")).toMatchObject({ ok: true });
    for (let i = 0; i < MAX_FAILURES_PER_KNOWN_CLIENT - 1; i++) await verifyCredentials(wrong, "10.0.0.1");
    expect(await verifyCredentials(right, "10.0.0.1")).toMatchObject({ ok: true });
    for (let i = 0; i < MAX_FAILURES_PER_KNOWN_CLIENT; i++) await verifyCredentials(wrong, "10.0.0.1");
    expect(await verifyCredentials(right, "10.0.0.1")).toMatchObject({ ok: false, error: "RATE_LIMITED" });
    // Its typos never touched the shared allowance: a stranger (here, the owner on a new machine) may still try.
    expect(await verifyCredentials(right, "10.2.2.2")).toMatchObject({ ok: true });
  });

  it("without any trusted address, a browser that signed in before (device cookie) keeps its own allowance", async () => {
    const mine = newDeviceToken();
    expect(await verifyCredentials(right, { address: null, device: mine })).toMatchObject({ ok: true });
    for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT; i++) await verifyCredentials(wrong, { address: null, device: newDeviceToken() });
    expect(await verifyCredentials(right, { address: null, device: newDeviceToken() })).toMatchObject({ ok: false, error: "RATE_LIMITED" });
    expect(await verifyCredentials(right, { address: null })).toMatchObject({ ok: false, error: "RATE_LIMITED" });
    expect(await verifyCredentials(right, { address: null, device: "not-a-device-token" })).toMatchObject({ ok: false, error: "RATE_LIMITED" });
    expect(await verifyCredentials(right, { address: null, device: mine })).toMatchObject({ ok: true });
    const stored = await prisma.loginAttempt.findMany({ where: { device: { not: null } }, select: { device: true } });
    expect(stored.every((a) => a.device !== mine && /^[0-9a-f]{64}$/.test(a.device!))).toBe(true);
  });

  it("a known client is not held by the address's limit that strangers used up", async () => {
    expect(await verifyCredentials(right, "10.9.9.9")).toMatchObject({ ok: true });
    for (let i = 0; i < MAX_FAILURES_PER_ADDRESS; i++) await verifyCredentials({ username: `user${i}`, password: "sai" }, "10.9.9.9");
    expect(await verifyCredentials({ username: "someone-else", password: "sai" }, "10.9.9.9")).toMatchObject({ ok: false, error: "RATE_LIMITED" });
    expect(await verifyCredentials(right, "10.9.9.9")).toMatchObject({ ok: true });
  });

  it("a success only counts as known for a while, and a failure never makes a client known", async () => {
    for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT - 1; i++) await verifyCredentials(wrong, "10.6.6.6");
    expect(await verifyCredentials(right, "10.0.0.1")).toMatchObject({ ok: true });
    await verifyCredentials(wrong, "10.6.6.6");
    expect(await verifyCredentials(right, "10.6.6.6")).toMatchObject({ ok: false, error: "RATE_LIMITED" });

    const later = new Date(Date.now() + (KNOWN_CLIENT_DAYS + 1) * 24 * 60 * 60_000);
    for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT; i++) await verifyCredentials(wrong, "10.6.6.6", later);
    expect(await verifyCredentials(right, "10.0.0.1", later)).toMatchObject({ ok: false, error: "RATE_LIMITED" });
  });

  it("says how long to wait, in minutes and in seconds", async () => {
    const now = new Date();
    for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT; i++) await verifyCredentials(wrong, null, now);
    const fiveMinutesOn = new Date(now.getTime() + 5 * 60_000);
    expect(await verifyCredentials(right, null, fiveMinutesOn)).toEqual({
      ok: false,
      error: "RATE_LIMITED",
      retryInMinutes: SIGN_IN_WINDOW_MINUTES - 5,
      retryAfterSeconds: (SIGN_IN_WINDOW_MINUTES - 5) * 60,
    });
  });
});
