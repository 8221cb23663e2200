import bcrypt from "bcryptjs";
import { beforeEach, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { verifyCredentials } from "@/lib/services/auth/verify-credentials";
import { MAX_FAILURES_PER_ACCOUNT, MAX_FAILURES_PER_ADDRESS, UNKNOWN_ADDRESS } from "@/lib/services/auth/rate-limit-policy";
import { buildTree, resetDb } from "./support/fixtures";

beforeEach(async () => {
  await resetDb();
  const tree = await buildTree();
  await prisma.user.create({ data: { username: "bithu", passwordHash: await bcrypt.hash("dung-mat-khau", 4), fullName: "Bí thư", role: "BRANCH_SECRETARY", unitId: tree.B1.id } });
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
