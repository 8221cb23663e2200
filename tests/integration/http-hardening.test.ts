/**
 * Issue 9 (items 3, 5, 6): the HTTP edge of the API. Route handlers, the proxy and runAction are
 * called as Next.js would call them; every refusal is checked for its status, the error shape and
 * that nothing was written.
 */
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import { readdirSync } from "node:fs";
import path from "node:path";
import { NextRequest } from "next/server";
import { getServerSession } from "next-auth/next";
import pg from "pg";
import { prisma, createPrismaClient } from "@/lib/db/client";
import { NOT_ALLOWED_ALLOW, allowHeader, apiRoute } from "@/lib/api/handler";
import { MAX_JSON_BODY_BYTES } from "@/lib/api/body";
import { runAction } from "@/lib/api/action-result";
import { authOptions } from "@/lib/auth/options";
import { proxy } from "@/proxy";
import { POST as createCandidateRoute } from "@/app/api/v1/candidates/route";
import { GET as getCandidateRoute } from "@/app/api/v1/candidates/[id]/route";
import { POST as failedVoteRoute } from "@/app/api/v1/candidates/[id]/failed-votes/route";
import { session } from "./support/session";
import { actorFor, buildTree, insertCandidate, resetDb, validCandidateInput, type Tree } from "./support/fixtures";

// Server actions read the request's headers through next/headers: here, the ones a test sets.
const actionHeaders = { current: new Headers() };
vi.mock("next/headers", async (importOriginal) => ({
  ...(await importOriginal<typeof import("next/headers")>()),
  headers: async () => actionHeaders.current,
}));

let tree: Tree;

beforeEach(async () => {
  await resetDb();
  tree = await buildTree();
  delete process.env.NEXTAUTH_URL;
});

afterAll(() => {
  delete process.env.NEXTAUTH_URL;
});

const HOST = "localhost:3000";
type ErrorBody = { error: { code: string; message: string; details: { path: string; code?: string; message: string }[] } };

async function errorOf(res: Response): Promise<ErrorBody["error"]> {
  const body = (await res.json()) as ErrorBody;
  expect(Object.keys(body)).toEqual(["error"]);
  expect(body.error).toEqual({ code: expect.any(String), message: expect.any(String), details: expect.any(Array) });
  return body.error;
}

async function signIn() {
  session.actor = await actorFor("BRANCH_SECRETARY", tree.B1.id);
}

/** POST /api/v1/candidates as a browser or a script would send it. */
function postCandidate(init: { body?: BodyInit | null; headers?: Record<string, string>; duplex?: "half" } = {}) {
  const req = new NextRequest(`http://${HOST}/api/v1/candidates`, {
    method: "POST",
    headers: { host: HOST, "content-type": "application/json", ...init.headers },
    body: init.body === undefined ? JSON.stringify(validCandidateInput(tree.B1.id)) : init.body,
    ...(init.duplex ? { duplex: init.duplex } : {}),
  } as ConstructorParameters<typeof NextRequest>[1]);
  return createCandidateRoute(req, { params: Promise.resolve({}) });
}

describe("cross-site requests", () => {
  it("refuses a text/plain form body with 415 and writes nothing", async () => {
    await signIn();
    // What <form enctype="text/plain"> sends for an input named `{"unitId":…,"occupation":"` with the
    // value `"}`: name=value, i.e. `{…,"occupation":"="}`, valid JSON in a text/plain body.
    const formBody = `${JSON.stringify({ ...validCandidateInput(tree.B1.id), occupation: "" }).slice(0, -2)}="}`;
    expect(JSON.parse(formBody)).toMatchObject({ occupation: "=" });
    const res = await postCandidate({ headers: { "content-type": "text/plain" }, body: formBody });
    expect(res.status).toBe(415);
    expect((await errorOf(res)).code).toBe("UNSUPPORTED_MEDIA_TYPE");
    for (const type of ["application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "application/json; charset=latin1", "application/jsonp"]) {
      expect((await postCandidate({ headers: { "content-type": type } })).status, type).toBe(415);
    }
    const noType = new NextRequest(`http://${HOST}/api/v1/candidates`, {
      method: "POST",
      headers: { host: HOST },
      body: JSON.stringify(validCandidateInput(tree.B1.id)),
    });
    noType.headers.delete("content-type");
    expect((await createCandidateRoute(noType, { params: Promise.resolve({}) })).status).toBe(415);
    expect(await prisma.candidate.count()).toBe(0);
  });

  it("accepts application/json with or without a UTF-8 charset", async () => {
    await signIn();
    expect((await postCandidate({ headers: { "content-type": "application/json; charset=UTF-8" } })).status).toBe(201);
    expect(
      (
        await postCandidate({
          headers: { "content-type": "Application/JSON" },
          body: JSON.stringify(validCandidateInput(tree.B1.id, { nationalId: "038201001235" })),
        })
      ).status,
    ).toBe(201);
    expect(await prisma.candidate.count()).toBe(2);
  });

  it("refuses another origin or Sec-Fetch-Site cross-site/same-site with 403, before the session, and writes nothing", async () => {
    await signIn();
    const refused: Record<string, string>[] = [
      { origin: "http://localhost:4000", "sec-fetch-site": "same-site" }, // the reported attack: a page on another port
      { origin: "http://localhost:4000" }, // an older browser without Sec-Fetch-Site
      { "sec-fetch-site": "cross-site" }, // Origin stripped by some privacy setting
      { "sec-fetch-site": "same-site" },
      { origin: "null" }, // a sandboxed frame
      { origin: "https://evil.example", "sec-fetch-site": "same-origin" }, // a forged Sec-Fetch-Site does not excuse the Origin
      { origin: "http://evil.example", "x-forwarded-host": "evil.example", "x-forwarded-proto": "http" }, // without TRUST_PROXY
    ];
    for (const headers of refused) {
      const res = await postCandidate({ headers });
      expect(res.status, JSON.stringify(headers)).toBe(403);
      const error = await errorOf(res);
      expect(error.code).toBe("FORBIDDEN");
    }
    session.actor = null;
    expect((await postCandidate({ headers: { origin: "http://localhost:4000" } })).status).toBe(403);
    expect(await prisma.candidate.count()).toBe(0);
  });

  it("lets through our own pages, NEXTAUTH_URL's origin, and scripts that send neither Origin nor Sec-Fetch-Site", async () => {
    await signIn();
    const body = (n: number) => JSON.stringify(validCandidateInput(tree.B1.id, { nationalId: `03820100123${n}` }));
    expect((await postCandidate({ body: body(1), headers: { origin: `http://${HOST}`, "sec-fetch-site": "same-origin" } })).status).toBe(201);
    expect((await postCandidate({ body: body(2) })).status).toBe(201); // curl
    expect((await postCandidate({ body: body(3), headers: { origin: `https://${HOST}` } })).status).toBe(201); // TLS ended at a proxy
    process.env.NEXTAUTH_URL = "https://pdv.example.org";
    expect((await postCandidate({ body: body(4), headers: { origin: "https://pdv.example.org", "sec-fetch-site": "same-origin" } })).status).toBe(201);
    expect((await postCandidate({ body: body(5), headers: { origin: "http://pdv.example.org" } })).status).toBe(403);
    expect(await prisma.candidate.count()).toBe(4);
  });

  it("does not check safe methods", async () => {
    await signIn();
    const c = await insertCandidate(tree.B1.id, "Người A");
    const res = await getCandidateRoute(
      new NextRequest(`http://${HOST}/api/v1/candidates/${c.id}`, { headers: { host: HOST, origin: "http://evil.example", "sec-fetch-site": "cross-site" } }),
      { params: Promise.resolve({ id: c.id }) },
    );
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toBe("no-store");
  });

  it("server actions: refused cross-site, and X-Forwarded-Host counts only with TRUST_PROXY", async () => {
    session.actor = await actorFor("BRANCH_SECRETARY", tree.B1.id);
    const work = vi.fn(async () => "done");
    actionHeaders.current = new Headers({ host: HOST, origin: "http://evil.example", "x-forwarded-host": "evil.example" });
    // Next.js itself would let this one run: its check compares Origin with X-Forwarded-Host when present.
    expect(await runAction(work)).toEqual({ ok: false, code: "FORBIDDEN", messageKey: "CROSS_SITE", details: [] });
    actionHeaders.current = new Headers({ host: HOST, origin: `http://${HOST}`, "sec-fetch-site": "same-site" });
    expect(await runAction(work)).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(work).not.toHaveBeenCalled();
    actionHeaders.current = new Headers({ host: HOST, origin: `http://${HOST}`, "sec-fetch-site": "same-origin" });
    expect(await runAction(work)).toEqual({ ok: true, data: "done" });
  });
});

describe("bodies", () => {
  it("refuses a declared Content-Length over 1 MB with 413 before reading", async () => {
    await signIn();
    const res = await postCandidate({ headers: { "content-length": String(MAX_JSON_BODY_BYTES + 1) }, body: JSON.stringify(validCandidateInput(tree.B1.id)) });
    expect(res.status).toBe(413);
    expect((await errorOf(res)).code).toBe("PAYLOAD_TOO_LARGE");
    expect(await prisma.candidate.count()).toBe(0);
  });

  it("stops reading a streamed body at 1 MB with 413", async () => {
    await signIn();
    let pulled = 0;
    const chunk = new TextEncoder().encode(" ".repeat(64 * 1024));
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += 1;
        if (pulled > 200)
          controller.close(); // 12.5 MB if read to the end
        else controller.enqueue(chunk);
      },
    });
    const res = await postCandidate({ body: stream, duplex: "half" });
    expect(res.status).toBe(413);
    expect((await errorOf(res)).code).toBe("PAYLOAD_TOO_LARGE");
    expect(pulled).toBeLessThan(40);
    expect(await prisma.candidate.count()).toBe(0);
  });

  it("answers bytes that are not UTF-8 with 400 and text that is not JSON with 422", async () => {
    await signIn();
    const bad = await postCandidate({ body: new Uint8Array([0x7b, 0x22, 0xff, 0x22, 0x3a, 0x31, 0x7d]) });
    expect(bad.status).toBe(400);
    expect((await errorOf(bad)).code).toBe("BAD_REQUEST");
    const notJson = await postCandidate({ body: "{not json" });
    expect(notJson.status).toBe(422);
    expect((await errorOf(notJson)).code).toBe("VALIDATION_FAILED");
    expect(await prisma.candidate.count()).toBe(0);
  });
});

describe("405 Method Not Allowed", () => {
  const ROOT = path.resolve(import.meta.dirname, "../..");
  function routeFiles(dir: string): string[] {
    return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) return entry.name === "[...rest]" ? [] : routeFiles(full);
      return entry.name === "route.ts" ? [full] : [];
    });
  }
  type Method = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  const METHODS: Method[] = ["GET", "POST", "PUT", "PATCH", "DELETE"];
  type AnyHandler = (req: NextRequest, ctx: { params: Promise<Record<string, string>> }) => Promise<Response> | Response;

  it("every route under app/api/v1 answers its other methods 405 in the error shape with a correct Allow header, without a session", async () => {
    const files = routeFiles(path.join(ROOT, "app/api/v1"));
    expect(files.length).toBeGreaterThan(20);
    for (const file of files) {
      const mod = (await import(file)) as Record<string, AnyHandler & { [NOT_ALLOWED_ALLOW]?: string }>;
      const name = path.relative(ROOT, file);
      const implemented = METHODS.filter((m) => mod[m] && !mod[m][NOT_ALLOWED_ALLOW]);
      expect(implemented.length, name).toBeGreaterThan(0);
      const allow = allowHeader(implemented);
      const missing: string[] = [...METHODS.filter((m) => !implemented.includes(m)), ...(implemented.includes("GET") ? [] : ["HEAD"])];
      for (const method of missing) {
        const handler = mod[method];
        expect(handler, `${name} exports ${method}`).toBeTypeOf("function");
        const res = await handler(new NextRequest(`http://${HOST}/api/v1/x`, { method, headers: { host: HOST } }), { params: Promise.resolve({}) });
        expect(res.status, `${name} ${method}`).toBe(405);
        expect(res.headers.get("allow"), `${name} ${method}`).toBe(allow);
        if (method !== "HEAD") expect((await errorOf(res)).code).toBe("METHOD_NOT_ALLOWED");
      }
      const options = await mod.OPTIONS(new NextRequest(`http://${HOST}/api/v1/x`, { method: "OPTIONS" }), { params: Promise.resolve({}) });
      expect(options.status, name).toBe(204);
      expect(options.headers.get("allow"), name).toBe(allow);
    }
  });

  it("nothing runs: a DELETE on the candidates collection writes nothing", async () => {
    await signIn();
    await insertCandidate(tree.B1.id, "Người B");
    const { DELETE } = await import("@/app/api/v1/candidates/route");
    const res = await DELETE(new NextRequest(`http://${HOST}/api/v1/candidates`, { method: "DELETE" }));
    expect(res.status).toBe(405);
    expect(res.headers.get("allow")).toBe("GET, HEAD, OPTIONS, POST");
    expect(await prisma.candidate.count()).toBe(1);
  });
});

describe("malformed percent-encoding", () => {
  it("is a 400 in the error shape from the proxy, without a session", async () => {
    for (const url of ["/api/v1/candidates/%FF", "/api/v1/candidates/%E0%A4%A/checklist", "/api/v1/holidays/%zz"]) {
      const res = proxy(new NextRequest(`http://${HOST}${url}`, { method: "DELETE", headers: { host: HOST } }));
      expect(res.status, url).toBe(400);
      expect((await errorOf(res)).code).toBe("BAD_REQUEST");
      expect(res.headers.get("cache-control")).toBe("no-store");
    }
    const page = proxy(new NextRequest(`http://${HOST}/candidates/%FF`));
    expect(page.status).toBe(400);
    // A well-formed one goes on to its route.
    expect(proxy(new NextRequest(`http://${HOST}/api/v1/candidates/%C3%A9`)).headers.get("x-middleware-next")).toBe("1");
  });

  it("is a 400 from apiRoute too when the params cannot be decoded", async () => {
    session.actor = await actorFor("BRANCH_SECRETARY", tree.B1.id);
    const res = await getCandidateRoute(new NextRequest(`http://${HOST}/api/v1/candidates/%FF`), {
      params: Promise.resolve().then(() => ({ id: decodeURIComponent("%FF") })),
    });
    expect(res.status).toBe(400);
    expect((await errorOf(res)).code).toBe("BAD_REQUEST");
  });
});

describe("next-auth cookies", () => {
  beforeEach(() => {
    process.env.NEXTAUTH_SECRET ??= "integration-test-secret-0123456789";
  });

  const sessionWith = (cookies: Record<string, string>) =>
    getServerSession({ headers: { host: HOST }, cookies } as never, { getHeader() {}, setCookie() {}, setHeader() {} } as never, authOptions);

  it("a junk callback-url cookie is dropped by the proxy (next-auth would fail every session read with it)", async () => {
    await expect(sessionWith({ "next-auth.callback-url": "junk" })).rejects.toThrow(); // the bug, reproduced

    const res = proxy(
      new NextRequest(`http://${HOST}/api/v1/me`, {
        headers: { host: HOST, cookie: "next-auth.callback-url=junk; next-auth.session-token=abc; NEXT_LOCALE=en" },
      }),
    );
    expect(res.headers.get("x-middleware-next")).toBe("1");
    const forwarded = res.headers.get("x-middleware-request-cookie");
    expect(forwarded).toBe("next-auth.session-token=abc; NEXT_LOCALE=en");
    expect(res.headers.get("set-cookie")).toMatch(/^next-auth\.callback-url=; Path=\/; .*Max-Age=0/i);
    const cookies = Object.fromEntries(forwarded!.split("; ").map((c) => c.split("=") as [string, string]));
    await expect(sessionWith(cookies)).resolves.toBeNull();
  });

  it("keeps a valid callback-url cookie, and refuses a junk callbackUrl parameter on /api/auth with 400", async () => {
    const ok = proxy(new NextRequest(`http://${HOST}/login`, { headers: { host: HOST, cookie: "next-auth.callback-url=%2Fcandidates" } }));
    expect(ok.headers.get("x-middleware-request-cookie")).toBe("next-auth.callback-url=%2Fcandidates");
    expect(ok.headers.get("set-cookie")).toBeNull();
    const bad = proxy(new NextRequest(`http://${HOST}/api/auth/csrf?callbackUrl=junk`, { headers: { host: HOST } }));
    expect(bad.status).toBe(400);
    expect((await errorOf(bad)).code).toBe("BAD_REQUEST");
  });
});

describe("numbers and text", () => {
  /** A failed vote is parsed before anything is looked up: the parse alone decides VALIDATION_FAILED. */
  async function failedVote(input: Record<string, unknown>) {
    const c = await insertCandidate(tree.B1.id, "Người C");
    const res = await failedVoteRoute(
      new NextRequest(`http://${HOST}/api/v1/candidates/${c.id}/failed-votes`, {
        method: "POST",
        headers: { host: HOST, "content-type": "application/json" },
        body: JSON.stringify({ date: "2026-06-10", ...input }),
      }),
      { params: Promise.resolve({ id: c.id }) },
    );
    return { status: res.status, error: await errorOf(res) };
  }

  it("refuses booleans, arrays and other non-numbers where a number is expected, and writes nothing", async () => {
    await signIn();
    for (const membersOnRoll of [[[[7]]], true, [7], {}, "1e3", "0x10", "Infinity", "7 7"]) {
      const { status, error } = await failedVote({ membersOnRoll });
      expect(status, JSON.stringify(membersOnRoll)).toBe(422);
      expect(error.code, JSON.stringify(membersOnRoll)).toBe("VALIDATION_FAILED");
      expect(error.details.map((d) => d.path)).toContain("membersOnRoll");
    }
    expect(await prisma.resolution.count()).toBe(0);
  });

  it("still takes JSON numbers and numeric strings (trimmed)", async () => {
    await signIn();
    for (const membersOnRoll of [9, "9", " 9 "]) {
      const { error } = await failedVote({ membersOnRoll });
      // Past the parse: the candidate at SOURCE has no vote to fail, which is a later refusal.
      expect(
        error.details.map((d) => d.path),
        JSON.stringify(membersOnRoll),
      ).not.toContain("membersOnRoll");
    }
  });

  it("refuses a lone surrogate in a free-text field with 422 and writes nothing", async () => {
    await signIn();
    const res = await postCandidate({
      body: `{"unitId":"${tree.B1.id}","fullName":"Nguyễn Văn Đức","sex":"MALE","birthDate":"15/03/2001","educationLevel":"UNIVERSITY","occupationGroup":"CIVIL_SERVANT","occupation":"a\\ud800b"}`,
    });
    expect(res.status).toBe(422);
    const error = await errorOf(res);
    expect(error.code).toBe("VALIDATION_FAILED");
    expect(error.details.map((d) => d.path)).toEqual(["occupation"]);
    expect(await prisma.candidate.count()).toBe(0);
  });
});

describe("database outage", () => {
  const dead = createPrismaClient("postgresql://nobody:nothing@127.0.0.1:1/none?connect_timeout=2", 1);
  afterAll(async () => {
    await dead.$disconnect().catch(() => undefined);
  });

  async function realOutageErrors(): Promise<unknown[]> {
    const prismaError = await dead.user.count().then(
      () => null,
      (e: unknown) => e,
    );
    const client = new pg.Client({ host: "127.0.0.1", port: 1, user: "x", database: "x", connectionTimeoutMillis: 2000 });
    const pgError = await client.connect().then(
      () => null,
      (e: unknown) => e,
    );
    // A connection the server ends under us ("terminating connection due to administrator command").
    const victim = new pg.Client({ connectionString: process.env.DATABASE_URL });
    victim.on("error", () => undefined);
    await victim.connect();
    const { rows } = await victim.query<{ pid: number }>("SELECT pg_backend_pid() AS pid");
    await prisma.$queryRawUnsafe(`SELECT pg_terminate_backend(${Number(rows[0]!.pid)})`);
    const terminated = await victim.query("SELECT 1").then(
      () => null,
      (e: unknown) => e,
    );
    await victim.end().catch(() => undefined);
    return [prismaError, pgError, terminated];
  }

  it("answers 503 with Retry-After and no driver text, for Prisma's and pg's real errors", async () => {
    session.actor = await actorFor("BRANCH_SECRETARY", tree.B1.id);
    const errors = await realOutageErrors();
    for (const error of errors) {
      expect(error).toBeInstanceOf(Error);
      const route = apiRoute(async () => {
        throw error;
      });
      const res = await route(new NextRequest(`http://${HOST}/api/v1/me`), { params: Promise.resolve({}) });
      expect(res.status, String(error)).toBe(503);
      expect(Number(res.headers.get("retry-after"))).toBeGreaterThan(0);
      const text = JSON.stringify(await errorOf(res.clone()));
      expect(JSON.parse(text).code).toBe("SERVICE_UNAVAILABLE");
      for (const leak of ["127.0.0.1", "ECONNREFUSED", "reach", "terminat", "Prisma", "administrator"]) expect(text).not.toContain(leak);
    }
  });

  it("a server action answers SERVICE_UNAVAILABLE", async () => {
    session.actor = await actorFor("BRANCH_SECRETARY", tree.B1.id);
    actionHeaders.current = new Headers({ host: HOST });
    const [prismaError] = await realOutageErrors();
    expect(
      await runAction(async () => {
        throw prismaError;
      }),
    ).toMatchObject({ ok: false, code: "SERVICE_UNAVAILABLE", messageKey: "SERVICE_UNAVAILABLE" });
  });

  it("other unexpected errors stay a 500 with an incident id", async () => {
    session.actor = await actorFor("BRANCH_SECRETARY", tree.B1.id);
    const route = apiRoute(async () => {
      throw new TypeError("x is undefined");
    });
    const res = await route(new NextRequest(`http://${HOST}/api/v1/me`), { params: Promise.resolve({}) });
    expect(res.status).toBe(500);
    expect((await errorOf(res)).code).toBe("INTERNAL");
  });
});
