/**
 * Sessions end server-side (sign-out, deactivation, password change), and the sign-in route's
 * answers: the device cookie, 429 with Retry-After, no driver text on an outage. The route is
 * driven through next-auth's real handler; next-auth reads the request through next/headers, which
 * outside Next.js has no request, so Node's module cache is handed one that answers with the
 * request under test.
 */
import { createRequire } from "node:module";
import bcrypt from "bcryptjs";
import { getServerSession } from "next-auth";
import { NextRequest } from "next/server";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { GET, POST } from "@/app/api/auth/[...nextauth]/route";
import { actorFromSession, loadActor } from "@/lib/auth/actor";
import { authOptions, authorizeCredentials } from "@/lib/auth/options";
import { prisma } from "@/lib/db/client";
import { endSessions } from "@/lib/db/users";
import { DEVICE_COOKIE } from "@/lib/services/auth/device";
import { MAX_FAILURES_PER_ACCOUNT } from "@/lib/services/auth/rate-limit-policy";
import { verifyCredentials } from "@/lib/services/auth/verify-credentials";
import { buildTree, resetDb } from "./support/fixtures";

const HOST = "localhost:3000";
const current = { headers: new Headers() };
const nodeRequire = createRequire(import.meta.url);
const nextHeadersPath = nodeRequire.resolve("next/headers");
const savedEnv = { secret: process.env.NEXTAUTH_SECRET, url: process.env.NEXTAUTH_URL };

beforeAll(() => {
  process.env.NEXTAUTH_SECRET = "a-test-secret-of-at-least-thirty-two-chars";
  const cookieList = () =>
    (current.headers.get("cookie") ?? "")
      .split(/;\s*/)
      .filter(Boolean)
      // Next.js hands cookie values over decoded.
      .map((c) => ({ name: c.slice(0, c.indexOf("=")), value: decodeURIComponent(c.slice(c.indexOf("=") + 1)) }));
  const fake = { headers: async () => current.headers, cookies: async () => ({ getAll: cookieList }) };
  nodeRequire.cache[nextHeadersPath] = { id: nextHeadersPath, filename: nextHeadersPath, loaded: true, exports: fake } as unknown as NodeJS.Module;
});

afterAll(() => {
  delete nodeRequire.cache[nextHeadersPath];
  for (const [key, value] of [
    ["NEXTAUTH_SECRET", savedEnv.secret],
    ["NEXTAUTH_URL", savedEnv.url],
  ] as const) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
});

let userId: string;

beforeEach(async () => {
  process.env.NEXTAUTH_URL = `http://${HOST}`;
  await resetDb();
  const tree = await buildTree();
  const user = await prisma.user.create({
    data: { username: "bithu", passwordHash: await bcrypt.hash("dung-mat-khau", 4), fullName: "Bí thư", role: "BRANCH_SECRETARY", unitId: tree.B1.id },
  });
  userId = user.id;
});

/** A browser: keeps the cookies the answers set. */
class Browser {
  cookies = new Map<string, string>();

  async call(method: "GET" | "POST", path: string, form?: Record<string, string>, headers: Record<string, string> = {}): Promise<Response> {
    const h = new Headers({ host: HOST, ...headers });
    if (this.cookies.size) h.set("cookie", [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; "));
    if (form) h.set("content-type", "application/x-www-form-urlencoded");
    current.headers = h;
    const req = new NextRequest(`http://${HOST}/api/auth/${path}`, { method, headers: h, body: form ? new URLSearchParams(form).toString() : undefined });
    const context = { params: Promise.resolve({ nextauth: path.split("?")[0].split("/") }) };
    const res = await (method === "GET" ? GET : POST)(req, context);
    for (const line of res.headers.getSetCookie()) {
      const [pair] = line.split(";");
      const name = pair.slice(0, pair.indexOf("="));
      const value = pair.slice(pair.indexOf("=") + 1);
      if (value && !/max-age=0/i.test(line)) this.cookies.set(name, value);
      else this.cookies.delete(name);
    }
    return res;
  }

  async csrf(): Promise<string> {
    return ((await (await this.call("GET", "csrf")).json()) as { csrfToken: string }).csrfToken;
  }

  /** What the login page does (next-auth/react signIn with redirect: false). */
  async signIn(password: string, headers: Record<string, string> = {}): Promise<Response> {
    return this.call(
      "POST",
      "callback/credentials",
      { csrfToken: await this.csrf(), username: "bithu", password, callbackUrl: `http://${HOST}/candidates`, json: "true" },
      headers,
    );
  }

  async signOut(): Promise<Response> {
    return this.call("POST", "signout", { csrfToken: await this.csrf(), callbackUrl: `http://${HOST}/login`, json: "true" });
  }

  /** What getActor does with this browser's cookies. */
  async session(): Promise<unknown> {
    return getServerSession(
      { headers: { host: HOST }, cookies: Object.fromEntries([...this.cookies].map(([k, v]) => [k, decodeURIComponent(v)])) } as never,
      { getHeader() {}, setCookie() {}, setHeader() {} } as never,
      authOptions,
    );
  }
}

describe("sessions end server-side", () => {
  it("signs in through the route and out again: the old cookie no longer names anyone", async () => {
    const browser = new Browser();
    const signedIn = await browser.signIn("dung-mat-khau");
    expect(signedIn.status).toBe(200);
    expect(browser.cookies.has("next-auth.session-token")).toBe(true);
    const session = await browser.session();
    expect(session).toMatchObject({ userId, sessionVersion: 1 });
    expect(await actorFromSession(session)).toMatchObject({ userId, role: "BRANCH_SECRETARY" });

    const oldCookies = new Map(browser.cookies);
    await browser.signOut();
    expect(browser.cookies.has("next-auth.session-token")).toBe(false);
    const replay = new Browser();
    replay.cookies = oldCookies;
    const replayed = await replay.session();
    // next-auth still decodes the old cookie (its JWT lasts 8 hours): the app refuses it.
    expect(replayed).toMatchObject({ userId, sessionVersion: 1 });
    expect(await actorFromSession(replayed)).toBeNull();
    expect((await prisma.user.findUniqueOrThrow({ where: { id: userId } })).sessionVersion).toBe(2);
  });

  it("the signOut event raises the version only for a current token: an old cookie cannot sign newer sessions out", async () => {
    const signOut = authOptions.events!.signOut!;
    await signOut({ token: { sub: userId, sv: 1 }, session: undefined as never });
    expect((await prisma.user.findUniqueOrThrow({ where: { id: userId } })).sessionVersion).toBe(2);
    await signOut({ token: { sub: userId, sv: 1 }, session: undefined as never });
    expect((await prisma.user.findUniqueOrThrow({ where: { id: userId } })).sessionVersion).toBe(2);
    await signOut({ token: { sub: userId }, session: undefined as never });
    expect((await prisma.user.findUniqueOrThrow({ where: { id: userId } })).sessionVersion).toBe(2);
  });

  it("a stale session version makes loadActor answer null; endSessions ends every session", async () => {
    const signedIn = await verifyCredentials({ username: "bithu", password: "dung-mat-khau" }, null);
    if (!signedIn.ok) throw new Error("sign-in failed");
    const version = signedIn.user.sessionVersion;
    expect(await loadActor(userId, { sessionVersion: version })).toMatchObject({ userId });
    expect(await loadActor(userId, { sessionVersion: version + 1 })).toBeNull();

    expect(await endSessions(userId)).toBe(version + 1);
    expect(await loadActor(userId, { sessionVersion: version })).toBeNull();
    expect(await actorFromSession({ userId, sessionVersion: version })).toBeNull();
    expect(await loadActor(userId, { sessionVersion: version + 1 })).toMatchObject({ userId });
    expect(await endSessions("not-a-uuid")).toBeNull();
    // Ending sessions is not an edit of the account.
    const before = await prisma.user.findUniqueOrThrow({ where: { id: userId } });
    await endSessions(userId);
    expect((await prisma.user.findUniqueOrThrow({ where: { id: userId } })).updatedAt).toEqual(before.updatedAt);
  });

  it("refuses the token of a deactivated user, and a token without a session version", async () => {
    const browser = new Browser();
    await browser.signIn("dung-mat-khau");
    const session = await browser.session();
    expect(await actorFromSession(session)).not.toBeNull();
    await prisma.user.update({ where: { id: userId }, data: { active: false } });
    expect(await actorFromSession(session)).toBeNull();
    await prisma.user.update({ where: { id: userId }, data: { active: true } });
    expect(await actorFromSession(session)).not.toBeNull();
    // Issued before versions existed: the holder signs in again.
    expect(await actorFromSession({ userId })).toBeNull();
    expect(await actorFromSession(null)).toBeNull();
  });

  it("puts the session version into the token and the session", async () => {
    const token = await authOptions.callbacks!.jwt!({ token: {}, user: { id: userId, sv: 3 }, account: null });
    expect(token).toMatchObject({ sub: userId, sv: 3 });
    const session = await authOptions.callbacks!.session!({
      session: { expires: "" },
      token,
      user: undefined as never,
      newSession: undefined,
      trigger: "update",
    });
    expect(session).toMatchObject({ userId, sessionVersion: 3 });
  });
});

describe("the sign-in route's answers", () => {
  it("hands a browser its device cookie on success, once, and the device then keeps its own allowance", async () => {
    const browser = new Browser();
    expect((await browser.signIn("sai")).headers.getSetCookie().some((c) => c.startsWith(`${DEVICE_COOKIE}=`))).toBe(false);
    const first = await browser.signIn("dung-mat-khau");
    const cookie = first.headers.getSetCookie().find((c) => c.startsWith(`${DEVICE_COOKIE}=`));
    expect(cookie).toMatch(/; Path=\/api\/auth; Max-Age=\d+; HttpOnly; SameSite=Lax$/);
    expect((await browser.signIn("dung-mat-khau")).headers.getSetCookie().some((c) => c.startsWith(`${DEVICE_COOKIE}=`))).toBe(false);

    // The browser's typo before it was known counts against the shared allowance too.
    const stranger = new Browser();
    for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT - 1; i++) expect((await stranger.signIn("sai")).status).toBe(401);
    expect((await stranger.signIn("dung-mat-khau")).status).toBe(429);
    expect((await browser.signIn("dung-mat-khau")).status).toBe(200);
  });

  it("answers a reached limit with 429, Retry-After and the API's error, keeping the URL the login page reads its message from", async () => {
    const browser = new Browser();
    for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT; i++) {
      const refused = await browser.signIn("sai");
      expect(refused.status).toBe(401);
      expect(new URL(((await refused.json()) as { url: string }).url).searchParams.get("error")).toBe("INVALID_CREDENTIALS");
    }
    const limited = await browser.signIn("dung-mat-khau", { "accept-language": "en" });
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(14 * 60);
    expect(Number(limited.headers.get("retry-after"))).toBeLessThanOrEqual(15 * 60);
    const body = (await limited.json()) as { url: string; error: { code: string; message: string; details: unknown[] } };
    expect(new URL(body.url).searchParams.get("error")).toMatch(/^RATE_LIMITED:1[45]$/);
    expect(body.error).toMatchObject({ code: "RATE_LIMITED", details: [] });
    expect(browser.cookies.has("next-auth.session-token")).toBe(false);

    // A form post without JavaScript gets next-auth's redirect, with Retry-After.
    const redirected = await browser.call("POST", "callback/credentials", { csrfToken: await browser.csrf(), username: "bithu", password: "dung-mat-khau" });
    expect(redirected.status).toBe(302);
    expect(redirected.headers.get("location")).toContain("error=RATE_LIMITED");
    expect(Number(redirected.headers.get("retry-after"))).toBeGreaterThan(0);
  });

  it("never passes a driver's text on: a database outage answers 503 SERVICE_UNAVAILABLE", async () => {
    const outage = Object.assign(new Error('Can\'t reach database server at `db.internal:5432` (password authentication failed for user "pdv")'), {
      code: "P1001",
    });
    const transaction = vi.spyOn(prisma, "$transaction").mockRejectedValue(outage);
    try {
      await expect(authorizeCredentials({ username: "bithu", password: "dung-mat-khau" }, {})).rejects.toThrow(/^SERVICE_UNAVAILABLE$/);
      const browser = new Browser();
      const res = await browser.signIn("dung-mat-khau");
      expect(res.status).toBe(503);
      expect(res.headers.get("retry-after")).toBe("30");
      const text = await res.text();
      expect(text).not.toMatch(/db\.internal|password authentication|reach database/i);
      const body = JSON.parse(text) as { url: string; error: { code: string } };
      expect(new URL(body.url).searchParams.get("error")).toBe("SERVICE_UNAVAILABLE");
      expect(body.error.code).toBe("SERVICE_UNAVAILABLE");

      transaction.mockRejectedValue(new TypeError("Cannot read properties of undefined (reading 'secret')"));
      await expect(authorizeCredentials({ username: "bithu", password: "dung-mat-khau" }, {})).rejects.toThrow(/^INTERNAL$/);
      const bug = await browser.signIn("dung-mat-khau");
      expect(bug.status).toBe(500);
      expect(await bug.text()).not.toContain("secret");
    } finally {
      transaction.mockRestore();
    }
  });
});
