/**
 * Plumbing for tests/integration/access-matrix.test.ts: the route list read from app/api/v1, the
 * fixture world (buildTree() plus a second bloc), a route call as Next.js makes it, and a snapshot
 * of every table to prove that a refused write wrote nothing.
 */
import { readdirSync } from "node:fs";
import path from "node:path";
import { randomUUID } from "node:crypto";
import { NextRequest } from "next/server";
import { prisma } from "@/lib/db/client";
import { NOT_ALLOWED_ALLOW } from "@/lib/api/handler";
import type { RoleCode, UnitKindCode } from "@/lib/domain/codes";
import { buildTree, insertCandidate, type Tree } from "./fixtures";

export const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;
export type Method = (typeof METHODS)[number];
type RouteHandler = (req: NextRequest, ctx: { params: Promise<Record<string, unknown>> }) => Promise<Response> | Response;

export interface DiscoveredRoute {
  /** "GET /api/v1/candidates/[id]/checklist" */
  key: string;
  method: Method;
  /** "/api/v1/candidates/[id]/checklist" */
  pattern: string;
  handler: RouteHandler;
}

const API_ROOT = path.resolve(import.meta.dirname, "../../../app/api/v1");

function routeFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? routeFiles(path.join(dir, e.name)) : e.name === "route.ts" ? [path.join(dir, e.name)] : [],
  );
}

/**
 * Every route file under app/api/v1 and every method it really implements: the 405 answers that
 * notAllowed() adds are marked with NOT_ALLOWED_ALLOW (lib/api/handler.ts) and left out.
 */
export async function discoverRoutes(): Promise<DiscoveredRoute[]> {
  const routes: DiscoveredRoute[] = [];
  for (const file of routeFiles(API_ROOT).sort()) {
    const rel = path.relative(API_ROOT, path.dirname(file)).split(path.sep).join("/");
    const pattern = `/api/v1${rel ? `/${rel}` : ""}`;
    const mod = (await import(/* @vite-ignore */ `@/app/api/v1/${rel}/route`)) as Record<string, unknown>;
    for (const method of METHODS) {
      const handler = mod[method];
      if (typeof handler !== "function" || NOT_ALLOWED_ALLOW in handler) continue;
      routes.push({ key: `${method} ${pattern}`, method, pattern, handler: handler as RouteHandler });
    }
  }
  return routes;
}

export interface Call {
  /** Values of the path's dynamic segments, by name ("id", "date", "rest"). */
  params?: Record<string, string | string[]>;
  query?: Record<string, string>;
  body?: unknown;
}

export interface Answer {
  status: number;
  text: string;
  json: unknown;
}

/** Calls a route handler as Next.js does: a NextRequest (JSON body, no Origin) and the params promise. */
export async function callRoute(route: DiscoveredRoute, call: Call): Promise<Answer> {
  const params = call.params ?? {};
  const urlPath = route.pattern.replace(/\[(?:\.\.\.)?(\w+)\]/g, (_, name: string) => {
    const v = params[name];
    return Array.isArray(v) ? v.map(encodeURIComponent).join("/") : encodeURIComponent(String(v));
  });
  const url = new URL(`http://localhost:3000${urlPath}`);
  for (const [k, v] of Object.entries(call.query ?? {})) url.searchParams.set(k, v);
  const headers: Record<string, string> = { host: "localhost:3000", "accept-language": "en" };
  if (call.body !== undefined) headers["content-type"] = "application/json";
  const req = new NextRequest(url, { method: route.method, headers, body: call.body === undefined ? undefined : JSON.stringify(call.body) });
  const res = await route.handler(req, { params: Promise.resolve(params) });
  const text = await res.text();
  let json: unknown = undefined;
  if ((res.headers.get("content-type") ?? "").includes("json")) {
    try {
      json = JSON.parse(text);
    } catch {
      json = undefined;
    }
  }
  return { status: res.status, text, json };
}

/** Whether a body is exactly `{ error: { code, message, details[] } }`. */
export function isErrorShape(json: unknown): boolean {
  if (!json || typeof json !== "object") return false;
  const keys = Object.keys(json);
  if (keys.length !== 1 || keys[0] !== "error") return false;
  const e = (json as { error: Record<string, unknown> }).error;
  return !!e && typeof e.code === "string" && typeof e.message === "string" && Array.isArray(e.details);
}

// ---------------------------------------------------------------------------------------------
// The fixture world

/** The records a matrix entry may name: one of each kind, all in one unit. */
export interface Records {
  /** The unit they belong to (a branch). */
  unitId: string;
  /** A committee above it (grassroots level), for bodies that need one (classes, test sessions). */
  committeeId: string;
  candidateId: string;
  courseId: string;
  sessionId: string;
  /** A proposed quota of `unitId` for 2026 (version 1). */
  quotaUnitId: string;
  /** An account whose home unit is `unitId` (a viewer). */
  userId: string;
  /** Every id of this set: none may appear in an answer to a caller outside it. */
  ids: string[];
}

async function unitUnder(code: string, kind: UnitKindCode, parent: { id: string; path: string; depth: number } | null) {
  const id = randomUUID();
  return prisma.unit.create({
    data: {
      id,
      code,
      name: `Đơn vị ${code}`,
      kind,
      parentId: parent?.id ?? null,
      path: `${parent?.path ?? "/"}${id}/`,
      depth: parent ? parent.depth + 1 : 0,
      officialMembers: 9,
    },
  });
}

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

async function recordsIn(branchId: string, committeeId: string, label: string, nationalId: string): Promise<Records> {
  const candidate = await insertCandidate(branchId, `Quần Chúng ${label}`, { nationalId });
  const course = await prisma.course.create({
    data: { kind: "AWARENESS", name: `Lớp ${label}`, unitId: branchId, startDate: day("2026-03-02"), endDate: day("2026-03-06") },
  });
  const session = await prisma.awarenessTestSession.create({ data: { unitId: branchId, name: `Kỳ kiểm tra ${label}`, date: day("2026-03-10") } });
  await prisma.quota.create({ data: { unitId: branchId, startYear: 2026, endYear: 2026, mode: "COUNT", target: 3, status: "PROPOSED" } });
  await prisma.dossierItem.create({ data: { candidateId: candidate.id, code: "A1", status: "RECEIVED" } });
  const account = await prisma.user.create({
    data: { username: `matrix.user.${branchId.slice(0, 8)}`, passwordHash: "x", fullName: `Tài khoản ${label}`, role: "VIEWER", unitId: branchId },
  });
  return {
    unitId: branchId,
    committeeId,
    candidateId: candidate.id,
    courseId: course.id,
    sessionId: session.id,
    quotaUnitId: branchId,
    userId: account.id,
    ids: [branchId, candidate.id, course.id, session.id, account.id],
  };
}

export interface World {
  tree: Tree;
  /** The second bloc: SUP2 ─ G21 ─ B21. */
  other: { SUP2: { id: string }; G21: { id: string }; B21: { id: string } };
  /** Records in B1: inside every role's scope. */
  b1: Records;
  /** Records in B4 (under G2): outside the scope of G1's and B1's users. */
  b4: Records;
  /** Records in the other bloc's branch B21: outside every scope but an administrator's. */
  t2: Records;
  /** A public holiday on record (DELETE /holidays/{date}). */
  holiday: string;
}

export async function buildWorld(): Promise<World> {
  const tree = await buildTree();
  const SUP2 = await unitUnder("SUP2", "SUPERIOR_COMMITTEE", null);
  const G21 = await unitUnder("G21", "GRASSROOTS_COMMITTEE", SUP2);
  const B21 = await unitUnder("B21", "BRANCH", G21);
  const b1 = await recordsIn(tree.B1.id, tree.G1.id, "Bê Một", "038201000001");
  const b4 = await recordsIn(tree.B4.id, tree.G2.id, "Bê Bốn", "038201000004");
  const t2 = await recordsIn(B21.id, G21.id, "Khối Hai", "038201000021");
  // The other bloc's units count among its ids too (GET /units, /me must not list them).
  t2.ids.push(SUP2.id, G21.id);
  b4.ids.push(tree.G2.id);
  await prisma.holiday.create({ data: { date: day("2026-09-02"), name: "Quốc khánh" } });
  return { tree, other: { SUP2, G21, B21 }, b1, b4, t2, holiday: "2026-09-02" };
}

/** The caller of each row of the matrix, and which record sets lie outside their scope. */
export const ROLES: { role: RoleCode; unit: keyof Tree; outside: ("b4" | "t2")[] }[] = [
  // An administrator's scope is everything: no record lies outside it.
  { role: "ADMIN", unit: "SUP", outside: [] },
  { role: "SUPERIOR_STAFF", unit: "SUP", outside: ["t2"] },
  { role: "GRASSROOTS_STAFF", unit: "G1", outside: ["b4", "t2"] },
  { role: "BRANCH_SECRETARY", unit: "B1", outside: ["b4", "t2"] },
  { role: "VIEWER", unit: "B1", outside: ["b4", "t2"] },
];

// ---------------------------------------------------------------------------------------------
// Nothing written

let snapshotSql: string | null = null;

/** A fingerprint of every table's contents: equal before and after means nothing was written. */
export async function snapshot(): Promise<Record<string, string>> {
  if (!snapshotSql) {
    const tables = await prisma.$queryRaw<
      { tablename: string }[]
    >`SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations' ORDER BY tablename`;
    snapshotSql = tables
      .map(
        (t) =>
          `SELECT '${t.tablename}' AS t, count(*)::text || ':' || coalesce(md5(string_agg(x::text, '|' ORDER BY x::text)), '') AS h FROM "${t.tablename}" x`,
      )
      .join(" UNION ALL ");
  }
  const rows = await prisma.$queryRawUnsafe<{ t: string; h: string }[]>(snapshotSql);
  return Object.fromEntries(rows.map((r) => [r.t, r.h]));
}

/** The tables whose fingerprint changed. */
export function changedTables(before: Record<string, string>, after: Record<string, string>): string[] {
  return Object.keys(after).filter((t) => before[t] !== after[t]);
}
