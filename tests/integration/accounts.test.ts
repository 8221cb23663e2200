/**
 * Accounts (issue 11, going live): who manages which accounts, the role rules, the last
 * administrator under concurrency, sessions ended by deactivation and resets, the one-time password
 * and the forced change, the own password change keeping its session, usernames under a race, the
 * first-run page's service and admin:create's core.
 *
 * Unlike the other files, requests here go through the real getActor: setup-env.ts replaces it with
 * support/session.ts's actor, which would skip exactly what is tested (the password change that
 * must come first is enforced inside getActor). So lib/auth/actor.ts is the real module again and
 * next-auth's getServerSession answers with `auth.session`, the session a browser's cookie names.
 */
import bcrypt from "bcryptjs";
import { encode, decode } from "next-auth/jwt";
import { NextRequest } from "next/server";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { GET as getMe } from "@/app/api/v1/me/route";
import { POST as changeOwnPasswordRoute } from "@/app/api/v1/me/password/route";
import { GET as listUsersRoute, POST as createUserRoute } from "@/app/api/v1/users/route";
import { PATCH as patchUserRoute } from "@/app/api/v1/users/[id]/route";
import { POST as resetPasswordRoute } from "@/app/api/v1/users/[id]/password-reset/route";
import { GET as listCandidatesRoute } from "@/app/api/v1/candidates/route";
import { duringPasswordChange, getActor, loadActor, PasswordChangeRequired } from "@/lib/auth/actor";
import { prisma } from "@/lib/db/client";
import { findActiveUser } from "@/lib/db/users";
import { createAdministrator, isSetupOpen, setupFirstAdministrator } from "@/lib/services/accounts/first-run";
import { verifyCredentials } from "@/lib/services/auth/verify-credentials";
import type { RoleCode } from "@/lib/domain/codes";
import { buildTree, expectAppError, resetDb, type Tree } from "./support/fixtures";

const auth = vi.hoisted(() => ({ session: null as null | { userId: string; sessionVersion: number } }));

// The real getActor (setup-env.ts mocks it), reading the session from here.
vi.mock("@/lib/auth/actor", async (importOriginal) => importOriginal());
vi.mock("next-auth", async (importOriginal) => ({
  ...(await importOriginal<typeof import("next-auth")>()),
  getServerSession: async () => auth.session,
}));

const HOST = "localhost:3000";
const SECRET = "a-test-secret-of-at-least-thirty-two-chars";
const savedSecret = process.env.NEXTAUTH_SECRET;

beforeAll(() => {
  process.env.NEXTAUTH_SECRET = SECRET;
});
afterAll(() => {
  if (savedSecret === undefined) delete process.env.NEXTAUTH_SECRET;
  else process.env.NEXTAUTH_SECRET = savedSecret;
});

let tree: Tree;

beforeEach(async () => {
  await resetDb();
  tree = await buildTree();
  auth.session = null;
});

// ── helpers ───────────────────────────────────────────────────────────────────────────────────

const PASSWORD = "mat-khau-rieng-2026";

interface Person {
  id: string;
  username: string;
  /** Signs this person in: the next request carries their session. */
  signIn: () => Promise<void>;
}

let counter = 0;
async function person(role: RoleCode, unitId: string, extra: { mustChangePassword?: boolean; username?: string; fullName?: string } = {}): Promise<Person> {
  counter += 1;
  const username = extra.username ?? `${role.toLowerCase().replace("_", ".")}${counter}`;
  const user = await prisma.user.create({
    data: {
      username,
      passwordHash: await bcrypt.hash(PASSWORD, 4),
      fullName: extra.fullName ?? `Người dùng ${role} ${counter}`,
      role,
      unitId,
      mustChangePassword: extra.mustChangePassword ?? false,
    },
  });
  return {
    id: user.id,
    username,
    signIn: async () => {
      const { sessionVersion } = await prisma.user.findUniqueOrThrow({ where: { id: user.id } });
      auth.session = { userId: user.id, sessionVersion };
    },
  };
}

interface Answer {
  status: number;
  body: Record<string, unknown> & { error?: { code: string; message: string; details: { path: string; code?: string }[] } };
  res: Response;
}

type Route<P> = (req: NextRequest, ctx: { params: Promise<P> }) => Promise<Response>;

async function call<P = Record<string, never>>(
  route: Route<P>,
  method: string,
  path: string,
  options: { body?: unknown; params?: P; cookie?: string } = {},
): Promise<Answer> {
  const headers: Record<string, string> = { host: HOST, "accept-language": "vi" };
  if (options.body !== undefined) headers["content-type"] = "application/json";
  if (options.cookie) headers.cookie = options.cookie;
  const req = new NextRequest(`http://${HOST}${path}`, { method, headers, body: options.body === undefined ? undefined : JSON.stringify(options.body) });
  const res = await route(req, { params: Promise.resolve((options.params ?? {}) as P) });
  return { status: res.status, body: (await res.json()) as Answer["body"], res };
}

const listUsers = (query = "") => call(listUsersRoute, "GET", `/api/v1/users${query}`);
const createUser = (body: unknown) => call(createUserRoute, "POST", "/api/v1/users", { body });
const patchUser = (id: string, body: unknown) => call(patchUserRoute, "PATCH", `/api/v1/users/${id}`, { body, params: { id } });
const resetUserPassword = (id: string) => call(resetPasswordRoute, "POST", `/api/v1/users/${id}/password-reset`, { params: { id } });
const versionOf = async (id: string) => (await prisma.user.findUniqueOrThrow({ where: { id } })).version;
const sessionVersionOf = async (id: string) => (await prisma.user.findUniqueOrThrow({ where: { id } })).sessionVersion;
const usernames = (a: Answer) => ((a.body.items ?? []) as { username: string }[]).map((u) => u.username).sort();

// ── who manages whose accounts ────────────────────────────────────────────────────────────────

describe("account management by role and scope", () => {
  it("administrators manage every account, superior staff those of their tree, every other role none (403)", async () => {
    const other = await prisma.unit.create({ data: { code: "SUP2", name: "Khối hai", kind: "SUPERIOR_COMMITTEE", path: "/", depth: 0 } });
    const admin = await person("ADMIN", tree.SUP.id);
    const staffSup = await person("SUPERIOR_STAFF", tree.SUP.id);
    const staffG1 = await person("SUPERIOR_STAFF", tree.G1.id);
    const grassroots = await person("GRASSROOTS_STAFF", tree.G1.id);
    const secretary = await person("BRANCH_SECRETARY", tree.B1.id, { username: "bithu.b1" });
    const viewer = await person("VIEWER", tree.B1.id);
    const inB4 = await person("BRANCH_SECRETARY", tree.B4.id, { username: "bithu.b4" });
    const inOtherBloc = await person("BRANCH_SECRETARY", other.id, { username: "bithu.khoi2" });

    await admin.signIn();
    const all = await listUsers("?pageSize=100");
    expect(all.status).toBe(200);
    expect(all.body.total).toBe(8);
    expect(usernames(all)).toContain("bithu.khoi2");

    await staffSup.signIn();
    const bloc = await listUsers("?pageSize=100");
    expect(bloc.status).toBe(200);
    expect(usernames(bloc)).not.toContain("bithu.khoi2");
    expect(bloc.body.total).toBe(7);
    // A foreign account or unit does not exist for them.
    expect((await patchUser(inOtherBloc.id, { version: 1, fullName: "Đổi tên" })).status).toBe(404);
    expect((await resetUserPassword(inOtherBloc.id)).status).toBe(404);
    expect((await createUser({ username: "moi.khoi2", fullName: "Người mới", role: "VIEWER", unitId: other.id })).status).toBe(404);

    // Superior staff of a narrower tree (G1): only G1's accounts.
    await staffG1.signIn();
    const g1 = await listUsers("?pageSize=100");
    expect(usernames(g1)).toEqual([grassroots.username, secretary.username, staffG1.username, viewer.username].sort());
    expect((await patchUser(inB4.id, { version: 1, fullName: "Đổi tên" })).status).toBe(404);
    expect((await listUsers(`?unitId=${tree.B4.id}`)).status).toBe(404);
    expect((await createUser({ username: "moi.b4", fullName: "Người mới", role: "VIEWER", unitId: tree.B4.id })).status).toBe(404);
    // A unit above their tree is not theirs to put an account in either.
    expect((await createUser({ username: "moi.sup", fullName: "Người mới", role: "VIEWER", unitId: tree.SUP.id })).status).toBe(404);
    // Moving an account of their tree out of it: the new unit is not found.
    expect((await patchUser(secretary.id, { version: 1, unitId: tree.B4.id })).status).toBe(404);
    const inside = await createUser({ username: "moi.b2", fullName: "Người mới", role: "BRANCH_SECRETARY", unitId: tree.B2.id });
    expect(inside.status).toBe(201);

    for (const refused of [grassroots, secretary, viewer]) {
      await refused.signIn();
      expect((await listUsers()).status).toBe(403);
      expect((await createUser({ username: "khong.duoc", fullName: "Không được", role: "VIEWER", unitId: tree.B1.id })).status).toBe(403);
      expect((await patchUser(viewer.id, { version: 1, fullName: "Đổi tên" })).status).toBe(403);
      expect((await resetUserPassword(viewer.id)).status).toBe(403);
    }
    expect(await prisma.user.count({ where: { username: "khong.duoc" } })).toBe(0);
    expect(await prisma.user.findUniqueOrThrow({ where: { id: viewer.id } })).toMatchObject({ fullName: expect.stringContaining("Người dùng"), version: 1 });
  });

  it("searches names and usernames with or without accents, filters by unit subtree, role and state, and pages", async () => {
    const admin = await person("ADMIN", tree.SUP.id, { fullName: "Lê Văn Quản" });
    await person("BRANCH_SECRETARY", tree.B1.id, { fullName: "Nguyễn Văn Đức", username: "duc.b1" });
    await person("VIEWER", tree.B2.id, { fullName: "Nguyễn Thị Hoa", username: "hoa.b2" });
    const off = await person("VIEWER", tree.B4.id, { fullName: "Trần Văn An", username: "an.b4" });
    await prisma.user.update({ where: { id: off.id }, data: { active: false } });
    await admin.signIn();

    expect(usernames(await listUsers("?q=nguyen+van"))).toEqual(["duc.b1"]);
    expect(usernames(await listUsers(`?q=${encodeURIComponent("NGUYỄN")}`))).toEqual(["duc.b1", "hoa.b2"]);
    expect(usernames(await listUsers("?q=duc"))).toEqual(["duc.b1"]);
    expect(usernames(await listUsers("?q=an.b4"))).toEqual(["an.b4"]);
    expect(usernames(await listUsers(`?unitId=${tree.P1.id}`))).toEqual(["duc.b1", "hoa.b2"]);
    expect(usernames(await listUsers("?role=VIEWER"))).toEqual(["an.b4", "hoa.b2"]);
    expect(usernames(await listUsers("?active=false"))).toEqual(["an.b4"]);
    // Vietnamese order by given name: An, Đức, Hoa, Quản.
    const ordered = await listUsers("?pageSize=2&page=2");
    expect(ordered.body).toMatchObject({ total: 4, page: 2, pageSize: 2 });
    expect(((ordered.body.items ?? []) as { fullName: string }[]).map((u) => u.fullName)).toEqual(["Nguyễn Thị Hoa", "Lê Văn Quản"]);
    expect((await listUsers("?role=KING")).status).toBe(422);
    // Nothing secret travels with an account.
    expect(JSON.stringify((await listUsers()).body)).not.toMatch(/passwordHash|sessionVersion|\$2[aby]\$/);
  });
});

// ── roles ─────────────────────────────────────────────────────────────────────────────────────

describe("the role rules", () => {
  it("nobody gives a role above their own, touches an account above it, or changes their own role or active flag", async () => {
    const admin = await person("ADMIN", tree.SUP.id);
    const otherAdmin = await person("ADMIN", tree.SUP.id);
    const staff = await person("SUPERIOR_STAFF", tree.SUP.id);
    const viewer = await person("VIEWER", tree.B1.id);

    await staff.signIn();
    const asAdmin = await createUser({ username: "len.admin", fullName: "Lên quyền", role: "ADMIN", unitId: tree.B1.id });
    expect(asAdmin.status).toBe(403);
    expect(asAdmin.body.error).toMatchObject({ code: "FORBIDDEN", details: [{ path: "role", code: "ROLE_ABOVE_OWN" }] });
    expect((await createUser({ username: "ngang.quyen", fullName: "Ngang quyền", role: "SUPERIOR_STAFF", unitId: tree.G1.id })).status).toBe(201);
    expect((await patchUser(viewer.id, { version: 1, role: "ADMIN" })).status).toBe(403);
    // An administrator's account is out of reach: no edit, no reset (no taking it over).
    expect((await patchUser(admin.id, { version: 1, fullName: "Đổi tên" })).status).toBe(403);
    expect((await resetUserPassword(admin.id)).status).toBe(403);
    expect((await patchUser(staff.id, { version: 1, role: "VIEWER" })).body.error).toMatchObject({
      code: "FORBIDDEN",
      details: [{ path: "role", code: "OWN_ROLE" }],
    });
    expect((await patchUser(staff.id, { version: 1, active: false })).body.error).toMatchObject({ details: [{ path: "active", code: "OWN_DEACTIVATION" }] });
    // Their own name is theirs to fix.
    expect((await patchUser(staff.id, { version: 1, fullName: "Trần Thị Hoa" })).status).toBe(200);

    await admin.signIn();
    expect((await patchUser(admin.id, { version: 1, role: "SUPERIOR_STAFF" })).status).toBe(403);
    expect((await patchUser(admin.id, { version: 1, active: false })).status).toBe(403);
    expect((await patchUser(viewer.id, { version: 1, role: "ADMIN" })).status).toBe(200);
    expect((await patchUser(otherAdmin.id, { version: 1, role: "VIEWER" })).status).toBe(200);

    expect(await prisma.user.findUniqueOrThrow({ where: { id: admin.id } })).toMatchObject({ role: "ADMIN", active: true });
    expect(await prisma.user.findUniqueOrThrow({ where: { id: staff.id } })).toMatchObject({ role: "SUPERIOR_STAFF", active: true, fullName: "Trần Thị Hoa" });
    expect(await prisma.user.count({ where: { username: "len.admin" } })).toBe(0);
  });

  it("a stale version changes nothing (409), and every change is in the audit log without any password", async () => {
    const admin = await person("ADMIN", tree.SUP.id);
    const viewer = await person("VIEWER", tree.B1.id);
    await admin.signIn();
    expect((await patchUser(viewer.id, { version: 1, fullName: "Tên mới", unitId: tree.B2.id })).body).toMatchObject({ version: 2, unitId: tree.B2.id });
    const stale = await patchUser(viewer.id, { version: 1, fullName: "Tên cũ" });
    expect(stale.status).toBe(409);
    expect(stale.body.error).toMatchObject({ code: "CONFLICT", details: [{ path: "version" }] });
    expect((await prisma.user.findUniqueOrThrow({ where: { id: viewer.id } })).fullName).toBe("Tên mới");
    expect((await patchUser(viewer.id, { version: 2, active: false })).status).toBe(200);
    expect((await patchUser(viewer.id, { version: 3, active: true })).status).toBe(200);
    expect((await resetUserPassword(viewer.id)).status).toBe(200);
    const created = await createUser({ username: "moi.b1", fullName: "Người mới", role: "VIEWER", unitId: tree.B1.id });

    const events = await prisma.auditEvent.findMany({ where: { kind: "ACCOUNT" }, orderBy: { id: "asc" } });
    expect(events.map((e) => [e.action, e.entityId, e.actorId])).toEqual([
      ["UPDATED", viewer.id, admin.id],
      ["DEACTIVATED", viewer.id, admin.id],
      ["REACTIVATED", viewer.id, admin.id],
      ["PASSWORD_RESET", viewer.id, admin.id],
      ["CREATED", (created.body.account as { id: string }).id, admin.id],
    ]);
    expect(events[0]).toMatchObject({ unitId: tree.B2.id, changes: { fullName: { to: "Tên mới" }, unitId: { from: tree.B1.id, to: tree.B2.id } } });
    const text = JSON.stringify(events.map((e) => e.changes));
    expect(text).not.toMatch(/password|\$2[aby]\$/i);
    expect(text).not.toContain(created.body.oneTimePassword as string);
  });
});

// ── the last administrator ────────────────────────────────────────────────────────────────────

describe("the last active administrator", () => {
  it("two administrators demoting each other at the same moment: exactly one wins, one administrator is left", async () => {
    for (let round = 0; round < 5; round++) {
      await resetDb();
      tree = await buildTree();
      const a = await person("ADMIN", tree.SUP.id);
      const b = await person("ADMIN", tree.SUP.id);
      const actorA = (await loadActor(a.id))!;
      const actorB = (await loadActor(b.id))!;
      const { updateAccount } = await import("@/lib/services/accounts/update-account");
      const settled = await Promise.allSettled([
        updateAccount({ actor: actorA, id: b.id, input: { version: 1, role: round % 2 ? "VIEWER" : "SUPERIOR_STAFF" } }),
        updateAccount({ actor: actorB, id: a.id, input: round % 2 ? { version: 1, active: false } : { version: 1, role: "VIEWER" } }),
      ]);
      const won = settled.filter((s) => s.status === "fulfilled");
      const lost = settled.filter((s) => s.status === "rejected").map((s) => (s as PromiseRejectedResult).reason as { code: string; messageKey: string });
      expect(won).toHaveLength(1);
      expect(lost).toEqual([expect.objectContaining({ code: "CONFLICT", messageKey: "LAST_ADMIN" })]);
      expect(await prisma.user.count({ where: { role: "ADMIN", active: true } })).toBe(1);
    }
  });

  it("an administrator whose own account was taken away meanwhile cannot remove the last one (409 LAST_ADMIN)", async () => {
    const a = await person("ADMIN", tree.SUP.id);
    const b = await person("ADMIN", tree.SUP.id);
    const staleB = (await loadActor(b.id))!;
    await a.signIn();
    expect((await patchUser(b.id, { version: 1, active: false })).status).toBe(200);
    const { updateAccount } = await import("@/lib/services/accounts/update-account");
    for (const input of [
      { version: 1, role: "VIEWER" },
      { version: 1, active: false },
    ]) {
      const refused = await expectAppError(updateAccount({ actor: staleB, id: a.id, input }));
      expect(refused).toMatchObject({ code: "CONFLICT", status: 409, messageKey: "LAST_ADMIN" });
    }
    expect(await prisma.user.findUniqueOrThrow({ where: { id: a.id } })).toMatchObject({ role: "ADMIN", active: true, version: 1 });
  });
});

// ── sessions ──────────────────────────────────────────────────────────────────────────────────

describe("sessions", () => {
  it("deactivation and a password reset end the person's sessions (reactivating does not revive them)", async () => {
    const admin = await person("ADMIN", tree.SUP.id);
    const viewer = await person("VIEWER", tree.B1.id);
    const before = await sessionVersionOf(viewer.id);
    expect(await findActiveUser(viewer.id, before)).not.toBeNull();

    await admin.signIn();
    expect((await patchUser(viewer.id, { version: 1, active: false })).status).toBe(200);
    expect(await findActiveUser(viewer.id, before)).toBeNull();
    expect((await patchUser(viewer.id, { version: 2, active: true })).status).toBe(200);
    expect(await findActiveUser(viewer.id, before)).toBeNull();
    const afterReactivation = await sessionVersionOf(viewer.id);
    expect(await findActiveUser(viewer.id, afterReactivation)).not.toBeNull();

    const reset = await resetUserPassword(viewer.id);
    expect(reset.status).toBe(200);
    expect(await findActiveUser(viewer.id, afterReactivation)).toBeNull();
    expect(reset.body.account).toMatchObject({ mustChangePassword: true, version: 4 });
    // An edit that is refused ends nothing.
    const current = await sessionVersionOf(viewer.id);
    await patchUser(viewer.id, { version: 1, active: false });
    expect(await sessionVersionOf(viewer.id)).toBe(current);
  });
});

// ── one-time passwords and the forced change ──────────────────────────────────────────────────

describe("a one-time password", () => {
  it("signs the new person in, forces the change before anything else, and stops working once changed", async () => {
    const admin = await person("ADMIN", tree.SUP.id);
    await admin.signIn();
    const created = await createUser({ username: " BiThu.Moi ", fullName: "Phạm Minh Mới", role: "BRANCH_SECRETARY", unitId: tree.B1.id });
    expect(created.status).toBe(201);
    const oneTime = created.body.oneTimePassword as string;
    const account = created.body.account as { id: string; username: string; mustChangePassword: boolean };
    expect(account).toMatchObject({ username: "bithu.moi", mustChangePassword: true, role: "BRANCH_SECRETARY", unitId: tree.B1.id, version: 1 });
    expect(oneTime).toMatch(/^[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}$/);
    const stored = await prisma.user.findUniqueOrThrow({ where: { id: account.id } });
    expect(stored.passwordHash).not.toContain(oneTime);

    const signedIn = await verifyCredentials({ username: "bithu.moi", password: oneTime }, null);
    if (!signedIn.ok) throw new Error("the one-time password did not sign in");
    auth.session = { userId: account.id, sessionVersion: signedIn.user.sessionVersion };

    // Everything but GET /me and POST /me/password: 403 PASSWORD_CHANGE_REQUIRED.
    const refused = await call(listCandidatesRoute, "GET", "/api/v1/candidates");
    expect(refused.status).toBe(403);
    expect(refused.body.error).toMatchObject({ code: "PASSWORD_CHANGE_REQUIRED" });
    expect(refused.body.error!.message).toMatch(/đổi mật khẩu/);
    expect((await call(createUserRoute, "POST", "/api/v1/users", { body: {} })).body.error).toMatchObject({ code: "PASSWORD_CHANGE_REQUIRED" });
    expect((await call(getMe, "GET", "/api/v1/me")).body).toMatchObject({ id: account.id, username: "bithu.moi", mustChangePassword: true });
    // Pages and actions: getActor refuses with an error that apiRoute and runAction read as a 403 and Next.js as a redirect.
    const thrown = await getActor().catch((error: unknown) => error);
    expect(thrown).toBeInstanceOf(PasswordChangeRequired);
    expect(thrown).toMatchObject({
      code: "FORBIDDEN",
      status: 403,
      messageKey: "PASSWORD_CHANGE_REQUIRED",
      digest: expect.stringMatching(/^NEXT_REDIRECT;replace;\/account\/password;307;/),
    });
    expect(await duringPasswordChange(getActor)).toMatchObject({ userId: account.id, mustChangePassword: true });

    const changed = await call(changeOwnPasswordRoute, "POST", "/api/v1/me/password", { body: { currentPassword: oneTime, newPassword: "Hoa-sen-no-2026" } });
    expect(changed.status).toBe(200);
    auth.session = { userId: account.id, sessionVersion: await sessionVersionOf(account.id) };
    expect((await call(listCandidatesRoute, "GET", "/api/v1/candidates")).status).toBe(200);
    expect(await getActor()).toMatchObject({ userId: account.id, mustChangePassword: false });

    expect(await verifyCredentials({ username: "bithu.moi", password: oneTime }, null)).toEqual({ ok: false, error: "INVALID_CREDENTIALS" });
    expect((await verifyCredentials({ username: "bithu.moi", password: "Hoa-sen-no-2026" }, null)).ok).toBe(true);
    const events = await prisma.auditEvent.findMany({ where: { entityId: account.id }, orderBy: { id: "asc" } });
    expect(events.map((e) => [e.action, e.actorId])).toEqual([
      ["CREATED", admin.id],
      ["PASSWORD_CHANGED", account.id],
    ]);
  });

  it("a password reset forces the change again", async () => {
    const admin = await person("ADMIN", tree.SUP.id);
    const secretary = await person("BRANCH_SECRETARY", tree.B1.id);
    await admin.signIn();
    const reset = await resetUserPassword(secretary.id);
    const signedIn = await verifyCredentials({ username: secretary.username, password: reset.body.oneTimePassword }, null);
    expect(signedIn.ok).toBe(true);
    expect(await verifyCredentials({ username: secretary.username, password: PASSWORD }, null)).toMatchObject({ ok: false });
    await secretary.signIn();
    expect((await call(listCandidatesRoute, "GET", "/api/v1/candidates")).body.error).toMatchObject({ code: "PASSWORD_CHANGE_REQUIRED" });
  });
});

// ── the own password ──────────────────────────────────────────────────────────────────────────

describe("one's own password", () => {
  async function sessionCookie(userId: string, sessionVersion: number, maxAge = 3600) {
    return `next-auth.session-token=${await encode({ token: { sub: userId, name: "x", sv: sessionVersion }, secret: SECRET, maxAge })}`;
  }

  it("a wrong current password or a weak new one changes nothing (422)", async () => {
    const viewer = await person("VIEWER", tree.B1.id);
    await viewer.signIn();
    const version = await sessionVersionOf(viewer.id);
    const wrong = await call(changeOwnPasswordRoute, "POST", "/api/v1/me/password", {
      body: { currentPassword: "sai-mat-khau", newPassword: "Hoa-sen-no-2026" },
    });
    expect(wrong.status).toBe(422);
    expect(wrong.body.error).toMatchObject({ code: "VALIDATION_FAILED", details: [{ path: "currentPassword", code: "WRONG_PASSWORD" }] });
    const weak = await call(changeOwnPasswordRoute, "POST", "/api/v1/me/password", { body: { currentPassword: PASSWORD, newPassword: "1234567890" } });
    expect(weak.status).toBe(422);
    expect(weak.body.error!.details.map((d) => d.path)).toEqual(["newPassword", "newPassword"]);
    expect(await sessionVersionOf(viewer.id)).toBe(version);
    expect(await versionOf(viewer.id)).toBe(1);
    expect(await prisma.auditEvent.count()).toBe(0);
    expect((await verifyCredentials({ username: viewer.username, password: PASSWORD }, null)).ok).toBe(true);
  });

  it("ends the other sessions and keeps this one: the answer re-issues its cookie with the new session version and the same expiry", async () => {
    const viewer = await person("VIEWER", tree.B1.id);
    await viewer.signIn();
    const old = await sessionVersionOf(viewer.id);
    const cookie = await sessionCookie(viewer.id, old, 1800);
    const originalExp = (await decode({ token: cookie.split("=")[1], secret: SECRET }))!.exp as number;

    const changed = await call(changeOwnPasswordRoute, "POST", "/api/v1/me/password", {
      body: { currentPassword: PASSWORD, newPassword: "Hoa-sen-no-2026", confirmPassword: "Hoa-sen-no-2026" },
      cookie,
    });
    expect(changed.status).toBe(200);
    expect(changed.body).toEqual({ changed: true, sessionRenewed: true });
    const setCookie = changed.res.headers.getSetCookie().find((c) => c.startsWith("next-auth.session-token="))!;
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=lax/i);
    const renewed = await decode({ token: setCookie.split(";")[0]!.split("=")[1], secret: SECRET });
    const now = await sessionVersionOf(viewer.id);
    expect(now).toBe(old + 1);
    expect(renewed).toMatchObject({ sub: viewer.id, sv: now });
    expect(Math.abs((renewed!.exp as number) - originalExp)).toBeLessThanOrEqual(2);
    // The renewed session is the user's; every token of the old version (other browsers) is not.
    expect(await findActiveUser(viewer.id, now)).not.toBeNull();
    expect(await findActiveUser(viewer.id, old)).toBeNull();
    expect(await prisma.user.findUniqueOrThrow({ where: { id: viewer.id } })).toMatchObject({ mustChangePassword: false, version: 2 });
  });

  it("a session ended meanwhile cannot change the password and come back to life (401)", async () => {
    const viewer = await person("VIEWER", tree.B1.id);
    await viewer.signIn();
    const old = await sessionVersionOf(viewer.id);
    const cookie = await sessionCookie(viewer.id, old);
    // The request was admitted with this version; then a manager reset the sessions.
    await prisma.user.update({ where: { id: viewer.id }, data: { sessionVersion: { increment: 1 } } });
    auth.session = { userId: viewer.id, sessionVersion: old };
    const { changeOwnPassword } = await import("@/lib/services/accounts/change-own-password");
    const actor = (await loadActor(viewer.id))!;
    const refused = await expectAppError(
      changeOwnPassword({ actor, input: { currentPassword: PASSWORD, newPassword: "Hoa-sen-no-2026" }, sessionVersion: old }),
    );
    expect(refused).toMatchObject({ code: "UNAUTHENTICATED", status: 401 });
    expect(cookie).toBeTruthy();
    expect((await verifyCredentials({ username: viewer.username, password: PASSWORD }, null)).ok).toBe(true);
  });
});

// ── usernames ─────────────────────────────────────────────────────────────────────────────────

describe("usernames", () => {
  it("are unique (409 USERNAME_TAKEN), also when two managers create the same one at the same moment", async () => {
    const admin = await person("ADMIN", tree.SUP.id);
    await admin.signIn();
    expect((await createUser({ username: "trung.ten", fullName: "Một", role: "VIEWER", unitId: tree.B1.id })).status).toBe(201);
    const again = await createUser({ username: "Trung.Ten", fullName: "Hai", role: "VIEWER", unitId: tree.B2.id });
    expect(again.status).toBe(409);
    expect(again.body.error).toMatchObject({ code: "CONFLICT", details: [{ path: "username", code: "USERNAME_TAKEN" }] });

    const { createAccount } = await import("@/lib/services/accounts/create-account");
    const actor = (await loadActor(admin.id))!;
    for (let round = 0; round < 3; round++) {
      const username = `dua.nhau${round}`;
      const settled = await Promise.allSettled(
        [tree.B1.id, tree.B2.id, tree.B3.id].map((unitId) => createAccount({ actor, input: { username, fullName: "Đua", role: "VIEWER", unitId } })),
      );
      expect(settled.filter((s) => s.status === "fulfilled")).toHaveLength(1);
      for (const s of settled.filter((s) => s.status === "rejected")) {
        expect((s as PromiseRejectedResult).reason).toMatchObject({ code: "CONFLICT", messageKey: "USERNAME_TAKEN" });
      }
      expect(await prisma.user.count({ where: { username } })).toBe(1);
    }
    expect((await createUser({ username: "có dấu", fullName: "Sai", role: "VIEWER", unitId: tree.B1.id })).body.error).toMatchObject({
      code: "VALIDATION_FAILED",
      details: [{ path: "username" }],
    });
  });
});

// ── the first run ─────────────────────────────────────────────────────────────────────────────

describe("the first run", () => {
  it("/setup creates the root unit and the first administrator with the chosen password, then closes", async () => {
    await resetDb();
    expect(await isSetupOpen()).toBe(true);
    const weak = await expectAppError(setupFirstAdministrator({ username: "quantri", fullName: "Lê Văn Quản", password: "quantri123" }));
    expect(weak).toMatchObject({
      code: "VALIDATION_FAILED",
      details: [
        { path: "password", message: "passwordContainsUsername" },
        { path: "password", message: "passwordTooCommon" },
      ],
    });
    const input = {
      unitName: "Đảng ủy Khối Thử",
      unitCode: "DUKT",
      username: "quantri",
      fullName: "Lê Văn Quản",
      password: "Hoa-sen-no-2026",
      confirmPassword: "Hoa-sen-no-2026",
    };
    expect(await setupFirstAdministrator(input)).toEqual({ username: "quantri" });
    expect(await isSetupOpen()).toBe(false);
    const root = await prisma.unit.findFirstOrThrow();
    expect(root).toMatchObject({ code: "DUKT", name: "Đảng ủy Khối Thử", kind: "SUPERIOR_COMMITTEE", parentId: null, depth: 0, path: `/${root.id}/` });
    expect(await prisma.user.findFirstOrThrow()).toMatchObject({
      username: "quantri",
      role: "ADMIN",
      unitId: root.id,
      mustChangePassword: false,
      active: true,
    });
    const signedIn = await verifyCredentials({ username: "quantri", password: "Hoa-sen-no-2026" }, null);
    expect(signedIn.ok).toBe(true);
    expect(await prisma.auditEvent.findFirstOrThrow()).toMatchObject({ kind: "ACCOUNT", action: "CREATED", actorId: null, unitId: root.id });

    // Once a user exists, the service refuses (the page answers 404 too), whatever the input.
    const closed = await expectAppError(setupFirstAdministrator({ ...input, username: "quantri2" }));
    expect(closed).toMatchObject({ code: "NOT_FOUND", status: 404 });
    expect(await prisma.user.count()).toBe(1);
    expect(await prisma.unit.count()).toBe(1);
  });

  it("/setup submitted twice at once makes one administrator", async () => {
    await resetDb();
    const settled = await Promise.allSettled(
      ["mot", "hai", "ba"].map((name) => setupFirstAdministrator({ username: `quantri.${name}`, fullName: "Quản trị", password: "Hoa-sen-no-2026" })),
    );
    expect(settled.filter((s) => s.status === "fulfilled")).toHaveLength(1);
    expect(await prisma.user.count()).toBe(1);
    expect(await prisma.unit.count()).toBe(1);
  });

  it("admin:create's core: on an empty database the root unit and an administrator with a one-time password; a taken username refused", async () => {
    await resetDb();
    const first = await createAdministrator({ username: "QuanTri" });
    expect(first).toMatchObject({ username: "quantri", createdUnit: true, unit: { code: "DANG-UY", name: "Đảng ủy cấp trên" } });
    expect(await prisma.user.findFirstOrThrow()).toMatchObject({ role: "ADMIN", mustChangePassword: true, fullName: "Quản trị hệ thống" });
    const signedIn = await verifyCredentials({ username: "quantri", password: first.oneTimePassword }, null);
    if (!signedIn.ok) throw new Error("the one-time password did not sign in");
    // It must be changed before anything else.
    auth.session = { userId: signedIn.user.id, sessionVersion: signedIn.user.sessionVersion };
    expect((await call(listUsersRoute, "GET", "/api/v1/users")).body.error).toMatchObject({ code: "PASSWORD_CHANGE_REQUIRED" });

    const taken = await expectAppError(createAdministrator({ username: "quantri" }));
    expect(taken).toMatchObject({ code: "CONFLICT", messageKey: "USERNAME_TAKEN" });
    // With data: the only root is the home unit, or the unit named by code; no second root is made.
    const second = await createAdministrator({ username: "quantri2", fullName: "Người thứ hai" });
    expect(second).toMatchObject({ createdUnit: false, unit: { code: "DANG-UY" } });
    const unknown = await expectAppError(createAdministrator({ username: "quantri3", unitCode: "KHONG-CO" }));
    expect(unknown).toMatchObject({ code: "VALIDATION_FAILED", details: [{ path: "unitCode" }] });
    expect(await prisma.unit.count()).toBe(1);
    expect(await prisma.user.count()).toBe(2);
    // A database of the seeded kind: the administrator goes to the unit named.
    await resetDb();
    tree = await buildTree();
    expect(await createAdministrator({ username: "quantri.g1", unitCode: "G1" })).toMatchObject({ createdUnit: false, unit: { code: "G1" } });
  });
});
