/**
 * Issue 9: property-based fuzzing of the API's edge. Every write endpoint under /api/v1 and the
 * list/search query strings get hostile input (any JSON, wrong types, huge numbers, deep nesting,
 * lone surrogates, NUL, long strings, bytes that are not UTF-8, unknown keys, percent-encoded junk),
 * as an administrator and as a branch secretary. For every answer: never a 5xx; a non-2xx carries
 * the error shape `{ error: { code, message, details[] } }`; a refused request leaves the database
 * exactly as it was (every table's row count and a digest of its rows, so versions and updatedAt
 * included). A 2xx may change things: the snapshot is taken again.
 *
 * Bounded: FUZZ_RUNS runs (default 30) per endpoint and role; figures are printed at the end.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import fc from "fast-check";
import { NextRequest } from "next/server";
import { prisma } from "@/lib/db/client";
import { POST as createCandidate, GET as listCandidates } from "@/app/api/v1/candidates/route";
import { PATCH as patchCandidate } from "@/app/api/v1/candidates/[id]/route";
import { POST as transitions } from "@/app/api/v1/candidates/[id]/transitions/route";
import { POST as steps } from "@/app/api/v1/candidates/[id]/steps/route";
import { POST as failedVotes } from "@/app/api/v1/candidates/[id]/failed-votes/route";
import { POST as extensions } from "@/app/api/v1/candidates/[id]/extensions/route";
import { PUT as checklist } from "@/app/api/v1/candidates/[id]/checklist/route";
import { POST as createClass } from "@/app/api/v1/classes/route";
import { POST as enrolments } from "@/app/api/v1/classes/[id]/enrolments/route";
import { POST as classResults } from "@/app/api/v1/classes/[id]/results/route";
import { POST as createTest } from "@/app/api/v1/awareness-tests/route";
import { POST as testResults } from "@/app/api/v1/awareness-tests/[id]/results/route";
import { PUT as putQuota } from "@/app/api/v1/quotas/route";
import { POST as approveQuota } from "@/app/api/v1/quotas/approve/route";
import { POST as lockQuota } from "@/app/api/v1/quotas/lock/route";
import { POST as addHoliday } from "@/app/api/v1/holidays/route";
import { DELETE as removeHoliday } from "@/app/api/v1/holidays/[date]/route";
import { GET as deadlines } from "@/app/api/v1/deadlines/route";
import { GET as attainment } from "@/app/api/v1/dashboard/attainment/route";
import { GET as listUsers, POST as createUser } from "@/app/api/v1/users/route";
import { PATCH as patchUser } from "@/app/api/v1/users/[id]/route";
import { POST as resetUserPassword } from "@/app/api/v1/users/[id]/password-reset/route";
import { POST as changeOwnPassword } from "@/app/api/v1/me/password/route";
import { POST as createUnitRoute } from "@/app/api/v1/units/route";
import { PATCH as patchUnit } from "@/app/api/v1/units/[id]/route";
import { POST as mergeUnitRoute } from "@/app/api/v1/units/[id]/merge/route";
import { POST as transferRoute } from "@/app/api/v1/candidates/[id]/transfer/route";
import { POST as previewCandidates } from "@/app/api/v1/imports/candidates/route";
import { POST as previewUnits } from "@/app/api/v1/imports/units/route";
import { POST as commitImport } from "@/app/api/v1/imports/[importId]/commit/route";
import type { Actor } from "@/lib/auth/actor";
import { RECORDED_STEP_CODES } from "@/lib/domain/pipeline/registry";
import { session } from "./support/session";
import { actorFor, buildTree, insertCandidate, resetDb, validCandidateInput, type Tree } from "./support/fixtures";

const RUNS = Number(process.env.FUZZ_RUNS ?? 30);
const HOST = "localhost:3000";
const SEED = Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31);

type Route = (req: NextRequest, ctx: { params: Promise<Record<string, string>> }) => Promise<Response>;
type Body = { kind: "text"; text: string } | { kind: "bytes"; bytes: Uint8Array };

let tree: Tree;
let actors: Record<"ADMIN" | "BRANCH_SECRETARY", Actor>;
let ids: { candidate: string; course: string; test: string; user: string };
let tables: string[];

// ---------------------------------------------------------------------------------------------
// The database's state: every table's count and a digest of its rows.

let snapshotSql = "";
async function snapshot(): Promise<Record<string, string>> {
  const rows = await prisma.$queryRawUnsafe<{ t: string; n: number; h: string }[]>(snapshotSql);
  return Object.fromEntries(rows.map((r) => [r.t, `${r.n}:${r.h}`]));
}

// ---------------------------------------------------------------------------------------------
// Hostile values.

const charCodes = (max: number) => fc.array(fc.integer({ min: 0, max: 0xffff }), { maxLength: max }).map((a) => String.fromCharCode(...a));
const hostileString = fc.oneof(
  fc.constantFrom(
    "",
    " ",
    "\u0000",
    "\ud800",
    "\udfff",
    "a\u0000b",
    "\ud800\u0000",
    "NaN",
    "Infinity",
    "-1",
    "1e309",
    "0x10",
    "9999-99-99",
    "0000-00-00",
    "2026-02-30",
    "31/02/2026",
    "2026-13-01",
    "00000000-0000-0000-0000-000000000000",
    "' OR 1=1 --",
    "%00",
    "%FF",
    "<script>alert(1)</script>",
    "__proto__",
    "constructor",
    "null",
    "true",
    "١٢٣",
    "Ｎguyễn",
    "\u202e",
  ),
  fc.string({ maxLength: 40 }),
  charCodes(40),
  fc.fullUnicodeString({ maxLength: 40 }),
  fc.integer({ min: 200, max: 120_000 }).chain((n) => fc.constantFrom("x".repeat(n), "ệ".repeat(n), "\ud800".repeat(n), "\u0000".repeat(n))),
);
const hostileNumber = fc.oneof(
  fc.constantFrom(0, -0, -1, 1.5, 2 ** 31, -(2 ** 31) - 1, 2 ** 53 + 2, Number.MAX_SAFE_INTEGER, 1e308, -1e308, Number.MIN_VALUE, 10000, 100001),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);
const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: hostileString },
  { weight: 2, arbitrary: hostileNumber },
  { weight: 1, arbitrary: fc.constantFrom(null, true, false, [], {}, [[[[[]]]]], { $gt: "" }, ["a", 1, null]) },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
  { weight: 1, arbitrary: fc.array(hostileString, { maxLength: 5 }) },
  { weight: 1, arbitrary: fc.integer({ min: 1, max: 400 }).map((n) => Array.from({ length: n }, () => "00000000-0000-0000-0000-000000000000")) },
);

function stringify(value: unknown): string {
  try {
    return JSON.stringify(value) ?? "";
  } catch {
    return "null";
  }
}

/** A body: the endpoint's valid one with fields replaced, dropped or added, or anything at all. */
function bodyArb(base: () => Record<string, unknown>): fc.Arbitrary<Body> {
  const keys = Object.keys(base());
  const mutated = fc
    .record({
      replace: fc.array(fc.tuple(keys.length ? fc.constantFrom(...keys) : fc.string(), hostileValue), { maxLength: 2 }),
      drop: keys.length ? fc.subarray(keys, { maxLength: Math.min(2, keys.length) }) : fc.constant([] as string[]),
      extra: fc.dictionary(
        fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom("__proto__", "constructor", "id", "unitId", "version", "stage", "createdAt")),
        hostileValue,
        { maxKeys: 2 },
      ),
      wrap: fc.constantFrom("none", "none", "none", "array"),
    })
    .map(({ replace, drop, extra, wrap }) => {
      const obj: Record<string, unknown> = base();
      for (const k of drop) delete obj[k];
      for (const [k, v] of replace) obj[k] = v;
      for (const [k, v] of Object.entries(extra)) Object.defineProperty(obj, k, { value: v, enumerable: true, writable: true, configurable: true });
      return { kind: "text" as const, text: stringify(wrap === "array" ? [obj] : obj) };
    });
  const deep = fc
    .integer({ min: 100, max: 200_000 })
    .chain((n) => fc.constantFrom("[".repeat(n) + "]".repeat(n), '{"a":'.repeat(n) + "1" + "}".repeat(n), "[".repeat(n)));
  return fc.oneof(
    { weight: 6, arbitrary: mutated },
    { weight: 1, arbitrary: fc.constant(null).map(() => ({ kind: "text" as const, text: stringify(base()) })) },
    { weight: 2, arbitrary: fc.jsonValue().map((v) => ({ kind: "text" as const, text: stringify(v) })) },
    { weight: 1, arbitrary: fc.anything().map((v) => ({ kind: "text" as const, text: stringify(v) })) },
    {
      weight: 1,
      arbitrary: fc
        .oneof(charCodes(60), fc.constantFrom("", "{", '{"a":', "nul", "1e99999", "\ufeff{}", '{"a":1,"a":2}', '"\\ud800"', '"\\u0000"'))
        .map((text) => ({ kind: "text" as const, text })),
    },
    { weight: 1, arbitrary: fc.uint8Array({ minLength: 1, maxLength: 60 }).map((bytes) => ({ kind: "bytes" as const, bytes })) },
    { weight: 1, arbitrary: deep.map((text) => ({ kind: "text" as const, text })) },
  );
}

/** A path parameter: mostly the real one (so the body is what gets tested), sometimes junk. */
const paramArb = (valid: () => string) =>
  fc.oneof({ weight: 4, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: hostileString }).map((v) => (v === null ? valid() : v));

const junkEncoded = fc.constantFrom(
  "%",
  "%F",
  "%FF",
  "%E0%A4%A",
  "%00",
  "%u0041",
  "%C0%AF",
  "%ED%A0%80",
  "%F4%90%80%80",
  "+",
  "&&",
  "==",
  "%25",
  "%2",
  "%%",
  "%0A%0D",
  "%EF%BF%BF",
);
function encode(text: string): string {
  try {
    return encodeURIComponent(text);
  } catch {
    return text; // a lone surrogate: sent raw (the URL parser writes U+FFFD)
  }
}

/** A query string: known keys (repeated at times) and unknown ones, valid, hostile or junk values. */
function queryArb(keys: string[], valid: () => Record<string, string[]>): fc.Arbitrary<string> {
  const value = (key: string) =>
    fc.oneof(
      { weight: 2, arbitrary: fc.constantFrom(...(valid()[key] ?? ["1"])).map(encode) },
      { weight: 3, arbitrary: hostileString.map((s) => encode(s.slice(0, 5000))) },
      { weight: 2, arbitrary: junkEncoded },
      { weight: 1, arbitrary: fc.array(fc.oneof(junkEncoded, fc.string({ maxLength: 4 }).map(encode)), { maxLength: 5 }).map((a) => a.join("")) },
      { weight: 1, arbitrary: fc.constantFrom("99999999999999999999", "-1", "0", "1e309", "NaN", "1.5", "0x10", " 1", "١") },
    );
  const pair = fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...keys).chain((k) => value(k).map((v) => `${k}=${v}`)) },
    { weight: 1, arbitrary: fc.tuple(fc.oneof(fc.string({ maxLength: 8 }).map(encode), junkEncoded), value("x")).map(([k, v]) => `${k}=${v}`) },
    { weight: 1, arbitrary: fc.oneof(junkEncoded, fc.constantFrom(...keys)) },
  );
  return fc.array(pair, { maxLength: 7 }).map((pairs) => pairs.join("&"));
}

// ---------------------------------------------------------------------------------------------
// The endpoints.

type Endpoint = {
  name: string;
  method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  route: Route;
  path: (p: Record<string, string>) => string;
  param?: { name: string; valid: () => string };
  body?: () => Record<string, unknown>;
  query?: { keys: string[]; valid: () => Record<string, string[]> };
};

const cand = () => ({ name: "id", valid: () => ids.candidate });
const ENDPOINTS: Endpoint[] = [
  {
    name: "POST candidates",
    method: "POST",
    route: createCandidate as Route,
    path: () => "/api/v1/candidates",
    body: () => validCandidateInput(tree.B1.id, { nationalId: undefined }),
  },
  {
    name: "PATCH candidates/{id}",
    method: "PATCH",
    route: patchCandidate as Route,
    path: (p) => `/api/v1/candidates/${p.id}`,
    param: cand(),
    body: () => ({ version: 1, fullName: "Trần Thị Bình", phone: "0912345679" }),
  },
  {
    name: "POST transitions",
    method: "POST",
    route: transitions as Route,
    path: (p) => `/api/v1/candidates/${p.id}/transitions`,
    param: cand(),
    body: () => ({ to: "SYMPATHIZER", date: "2026-03-02", version: 1, helperName: "Lê Văn C" }),
  },
  {
    name: "POST steps",
    method: "POST",
    route: steps as Route,
    path: (p) => `/api/v1/candidates/${p.id}/steps`,
    param: cand(),
    body: () => ({ step: RECORDED_STEP_CODES[0], date: "2026-03-02", version: 1 }),
  },
  {
    name: "POST failed-votes",
    method: "POST",
    route: failedVotes as Route,
    path: (p) => `/api/v1/candidates/${p.id}/failed-votes`,
    param: cand(),
    body: () => ({ date: "2026-03-02", resolutionNumber: "01-NQ", membersOnRoll: 9, votesFor: 3, votesAgainst: 6 }),
  },
  {
    name: "POST extensions",
    method: "POST",
    route: extensions as Route,
    path: (p) => `/api/v1/candidates/${p.id}/extensions`,
    param: cand(),
    body: () => ({ kind: "ADMISSION", days: 30, document: "CV 12" }),
  },
  {
    name: "PUT checklist",
    method: "PUT",
    route: checklist as Route,
    path: (p) => `/api/v1/candidates/${p.id}/checklist`,
    param: cand(),
    body: () => ({ code: "A1", status: "RECEIVED", number: "12", date: "2026-03-02", note: "ok" }),
  },
  {
    name: "POST classes",
    method: "POST",
    route: createClass as Route,
    path: () => "/api/v1/classes",
    body: () => ({ kind: "AWARENESS", name: "Lớp 2/2026", unitId: tree.SUP.id, startDate: "2026-05-04", endDate: "2026-05-08" }),
  },
  {
    name: "POST classes/{id}/enrolments",
    method: "POST",
    route: enrolments as Route,
    path: (p) => `/api/v1/classes/${p.id}/enrolments`,
    param: { name: "id", valid: () => ids.course },
    body: () => ({ candidateIds: [ids.candidate], date: "2026-05-04" }),
  },
  {
    name: "POST classes/{id}/results",
    method: "POST",
    route: classResults as Route,
    path: (p) => `/api/v1/classes/${p.id}/results`,
    param: { name: "id", valid: () => ids.course },
    body: () => ({ results: [{ candidateId: ids.candidate, result: "PASSED", certificateNumber: "C-1", certificateDate: "2026-05-08" }] }),
  },
  {
    name: "POST awareness-tests",
    method: "POST",
    route: createTest as Route,
    path: () => "/api/v1/awareness-tests",
    body: () => ({ unitId: tree.SUP.id, name: "Sát hạch 2", date: "2026-05-20" }),
  },
  {
    name: "POST awareness-tests/{id}/results",
    method: "POST",
    route: testResults as Route,
    path: (p) => `/api/v1/awareness-tests/${p.id}/results`,
    param: { name: "id", valid: () => ids.test },
    body: () => ({ results: [{ candidateId: ids.candidate, outcome: "PASSED", score: 8.5 }] }),
  },
  {
    name: "PUT quotas",
    method: "PUT",
    route: putQuota as Route,
    path: () => "/api/v1/quotas",
    body: () => ({ unitId: tree.B1.id, period: "2026", mode: "COUNT", target: 3, status: "APPROVED" }),
  },
  {
    name: "POST quotas/approve",
    method: "POST",
    route: approveQuota as Route,
    path: () => "/api/v1/quotas/approve",
    body: () => ({ unitId: tree.B1.id, period: "2026", version: 1 }),
  },
  {
    name: "POST quotas/lock",
    method: "POST",
    route: lockQuota as Route,
    path: () => "/api/v1/quotas/lock",
    body: () => ({ unitId: tree.B1.id, period: "2026", locked: true }),
  },
  { name: "POST holidays", method: "POST", route: addHoliday as Route, path: () => "/api/v1/holidays", body: () => ({ date: "2026-12-31", name: "Nghỉ bù" }) },
  {
    name: "DELETE holidays/{date}",
    method: "DELETE",
    route: removeHoliday as Route,
    path: (p) => `/api/v1/holidays/${encode(p.date)}`,
    param: { name: "date", valid: () => "2026-09-02" },
  },
  {
    name: "GET candidates?",
    method: "GET",
    route: listCandidates as Route,
    path: () => "/api/v1/candidates",
    query: {
      keys: ["q", "unitId", "stage", "page", "pageSize"],
      valid: () => ({
        q: ["nguyen van", "Nguyễn"],
        unitId: [tree.B1.id, tree.SUP.id, tree.G2.id],
        stage: ["SOURCE", "TRAINING"],
        page: ["1", "2"],
        pageSize: ["20", "100"],
      }),
    },
  },
  {
    name: "GET deadlines?",
    method: "GET",
    route: deadlines as Route,
    path: () => "/api/v1/deadlines",
    query: { keys: ["within"], valid: () => ({ within: ["14", "0", "365"] }) },
  },
  {
    name: "GET dashboard/attainment?",
    method: "GET",
    route: attainment as Route,
    path: () => "/api/v1/dashboard/attainment",
    query: { keys: ["period", "unitId"], valid: () => ({ period: ["2026", "2020-2025", "2025-2030"], unitId: [tree.SUP.id, tree.B1.id, tree.G2.id] }) },
  },
  // Accounts (issue 11)
  {
    name: "POST users",
    method: "POST",
    route: createUser as Route,
    path: () => "/api/v1/users",
    body: () => ({ username: "fuzz.moi", fullName: "Người Mới", role: "VIEWER", unitId: tree.B1.id }),
  },
  {
    name: "PATCH users/{id}",
    method: "PATCH",
    route: patchUser as Route,
    path: (p) => `/api/v1/users/${p.id}`,
    param: { name: "id", valid: () => ids.user },
    body: () => ({ version: 1, fullName: "Người Xem Mới", role: "VIEWER", unitId: tree.B2.id, active: true }),
  },
  {
    name: "POST users/{id}/password-reset",
    method: "POST",
    route: resetUserPassword as Route,
    path: (p) => `/api/v1/users/${p.id}/password-reset`,
    param: { name: "id", valid: () => ids.user },
  },
  {
    name: "POST me/password",
    method: "POST",
    route: changeOwnPassword as Route,
    path: () => "/api/v1/me/password",
    body: () => ({ currentPassword: "x", newPassword: "Hoa-sen-no-2026", confirmPassword: "Hoa-sen-no-2026" }),
  },
  {
    name: "GET users?",
    method: "GET",
    route: listUsers as Route,
    path: () => "/api/v1/users",
    query: {
      keys: ["q", "unitId", "role", "active", "page", "pageSize"],
      valid: () => ({
        q: ["nguyen van", "Nguyễn", "fuzz"],
        unitId: [tree.B1.id, tree.SUP.id, tree.G2.id],
        role: ["VIEWER", "ADMIN"],
        active: ["true", "false"],
        page: ["1", "2"],
        pageSize: ["20", "100"],
      }),
    },
  },
  // Units and transfers (issue 11)
  {
    name: "POST units",
    method: "POST",
    route: createUnitRoute as Route,
    path: () => "/api/v1/units",
    body: () => ({ parentId: tree.G1.id, code: "B9", name: "Chi bộ 9", kind: "BRANCH", officialMembers: 5, totalMembers: 6, effectiveFrom: "2026-03-02" }),
  },
  {
    name: "PATCH units/{id}",
    method: "PATCH",
    route: patchUnit as Route,
    path: (p) => `/api/v1/units/${p.id}`,
    param: { name: "id", valid: () => tree.B1.id },
    body: () => ({
      version: 1,
      name: "Chi bộ 1",
      officialMembers: 9,
      totalMembers: 11,
      committeeMembers: 3,
      hasYouthUnion: true,
      effectiveFrom: "2026-03-02",
      note: "Chuyển đến",
    }),
  },
  {
    name: "POST units/{id}/merge",
    method: "POST",
    route: mergeUnitRoute as Route,
    path: (p) => `/api/v1/units/${p.id}/merge`,
    param: { name: "id", valid: () => tree.B3.id },
    body: () => ({ intoUnitId: tree.B2.id, date: "2026-03-02", reason: "Sáp nhập", keepTargetQuotas: true }),
  },
  {
    name: "POST candidates/{id}/transfer",
    method: "POST",
    route: transferRoute as Route,
    path: (p) => `/api/v1/candidates/${p.id}/transfer`,
    param: cand(),
    body: () => ({ toUnitId: tree.B2.id, date: "2026-03-02", reason: "Chuyển công tác", version: 1 }),
  },
  // Imports (issue 11): a JSON body where a multipart upload is expected, and commits of imports that do not exist.
  { name: "POST imports/candidates", method: "POST", route: previewCandidates as Route, path: () => "/api/v1/imports/candidates", body: () => ({ file: "x" }) },
  { name: "POST imports/units", method: "POST", route: previewUnits as Route, path: () => "/api/v1/imports/units", body: () => ({ file: "x" }) },
  {
    name: "POST imports/{importId}/commit",
    method: "POST",
    route: commitImport as Route,
    path: (p) => `/api/v1/imports/${encode(p.importId)}/commit`,
    param: { name: "importId", valid: () => "00000000-0000-4000-8000-000000000000" },
  },
];

type Case = { param: string | null; body: Body | null; query: string | null };

function caseArb(ep: Endpoint): fc.Arbitrary<Case> {
  return fc.record({
    param: ep.param ? paramArb(ep.param.valid) : fc.constant(null),
    body:
      ep.method === "GET"
        ? fc.constant(null)
        : ep.body
          ? bodyArb(ep.body)
          : fc.oneof(
              fc.constant(null),
              bodyArb(() => ({})),
            ),
    query: ep.query ? queryArb(ep.query.keys, ep.query.valid) : fc.constant(null),
  });
}

function describeCase(c: Case): string {
  const body =
    c.body === null
      ? null
      : c.body.kind === "bytes"
        ? `bytes[${Buffer.from(c.body.bytes).toString("hex")}]`
        : c.body.text.length > 400
          ? `${JSON.stringify(c.body.text.slice(0, 300))}… (${c.body.text.length} chars)`
          : JSON.stringify(c.body.text);
  return JSON.stringify({ param: c.param?.slice(0, 200), query: c.query?.slice(0, 400), body });
}

// ---------------------------------------------------------------------------------------------

type Figures = { requests: number; ok2xx: number; codes: Record<string, number>; fiveXx: number };
const figures = new Map<string, Figures>();
const violations: string[] = [];
const started = Date.now();

beforeAll(async () => {
  await resetDb();
  tree = await buildTree();
  actors = { ADMIN: await actorFor("ADMIN", tree.SUP.id), BRANCH_SECRETARY: await actorFor("BRANCH_SECRETARY", tree.B1.id) };
  const candidate = await insertCandidate(tree.B1.id, "Nguyễn Văn An", { nationalId: "038201009999" });
  await insertCandidate(tree.B2.id, "Phạm Thị Hoa");
  const course = await prisma.course.create({
    data: {
      kind: "AWARENESS",
      name: "Lớp nhận thức 1/2026",
      unitId: tree.SUP.id,
      startDate: new Date("2026-01-12T00:00:00Z"),
      endDate: new Date("2026-01-16T00:00:00Z"),
    },
  });
  const test = await prisma.awarenessTestSession.create({ data: { unitId: tree.SUP.id, name: "Đợt 1", date: new Date("2026-02-05T00:00:00Z") } });
  for (const [date, name] of [
    ["2026-09-02", "Quốc khánh"],
    ["2026-04-30", "Giải phóng"],
    ["2026-05-01", "Quốc tế lao động"],
  ]) {
    await prisma.holiday.create({ data: { date: new Date(`${date}T00:00:00Z`), name } });
  }
  const account = await prisma.user.create({ data: { username: "fuzz.viewer", passwordHash: "x", fullName: "Người Xem", role: "VIEWER", unitId: tree.B1.id } });
  ids = { candidate: candidate.id, course: course.id, test: test.id, user: account.id };
  tables = (await prisma.$queryRaw<{ tablename: string }[]>`SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`).map(
    (t) => t.tablename,
  );
  snapshotSql = tables
    .map((t) => `SELECT '${t}' AS t, count(*)::int AS n, md5(coalesce(string_agg(x::text, '|' ORDER BY x::text), '')) AS h FROM "${t}" x`)
    .join(" UNION ALL ");
});

afterAll(() => {
  const total = [...figures.values()].reduce((s, f) => ({ requests: s.requests + f.requests, fiveXx: s.fiveXx + f.fiveXx, ok: s.ok + f.ok2xx }), {
    requests: 0,
    fiveXx: 0,
    ok: 0,
  });
  const lines = [...figures.entries()].map(
    ([name, f]) =>
      `  ${name.padEnd(50)} ${String(f.requests).padStart(4)} req  2xx ${String(f.ok2xx).padStart(3)}  5xx ${f.fiveXx}  ${Object.entries(f.codes)
        .map(([c, n]) => `${c}:${n}`)
        .join(" ")}`,
  );
  console.log(
    [
      `fuzz (seed ${SEED}, ${RUNS} runs per endpoint and role): ${total.requests} requests, ${total.ok} 2xx, ${total.fiveXx} 5xx, ${violations.length} violations, ${((Date.now() - started) / 1000).toFixed(1)} s`,
      ...lines,
      ...violations.map((v) => `  VIOLATION ${v}`),
    ].join("\n"),
  );
});

describe.each(["ADMIN", "BRANCH_SECRETARY"] as const)("as %s", (role) => {
  for (const [index, ep] of ENDPOINTS.entries()) {
    it(`${ep.name}: never a 5xx, always the error shape, nothing written when refused`, { timeout: 120_000 }, async () => {
      const key = `${role} ${ep.name}`;
      const f: Figures = { requests: 0, ok2xx: 0, codes: {}, fiveXx: 0 };
      figures.set(key, f);
      const found: string[] = [];
      let before = await snapshot();
      await fc.assert(
        fc.asyncProperty(caseArb(ep), async (c) => {
          session.actor = actors[role];
          const params: Record<string, string> = ep.param ? { [ep.param.name]: c.param ?? ep.param.valid() } : {};
          let url = `http://${HOST}${ep.path(params)}`;
          if (c.query !== null) url += `?${c.query}`;
          const body: BodyInit | undefined =
            c.body === null ? undefined : c.body.kind === "bytes" ? new Blob([c.body.bytes as Uint8Array<ArrayBuffer>]) : c.body.text;
          let res: Response;
          try {
            const req = new NextRequest(url, { method: ep.method, headers: { host: HOST, "content-type": "application/json", "accept-language": "en" }, body });
            res = await ep.route(req, { params: Promise.resolve(params) });
          } catch (error) {
            // The route itself threw: Next.js would answer 500.
            f.requests++;
            f.fiveXx++;
            found.push(`${key} threw ${(error as Error)?.message?.slice(0, 200)} on ${describeCase(c)}`);
            before = await snapshot();
            return;
          }
          f.requests++;
          const text = await res.text();
          const ok = res.status >= 200 && res.status < 300;
          if (ok) {
            f.ok2xx++;
            before = await snapshot();
            return;
          }
          let code = "?";
          let shapeOk = false;
          try {
            const parsed = JSON.parse(text) as { error?: { code?: unknown; message?: unknown; details?: unknown } };
            const e = parsed.error;
            shapeOk = Object.keys(parsed).length === 1 && !!e && typeof e.code === "string" && typeof e.message === "string" && Array.isArray(e.details);
            if (e && typeof e.code === "string") code = e.code;
          } catch {
            shapeOk = false;
          }
          f.codes[`${res.status}${code === "?" ? "" : ` ${code}`}`] = (f.codes[`${res.status}${code === "?" ? "" : ` ${code}`}`] ?? 0) + 1;
          if (res.status >= 500) {
            f.fiveXx++;
            found.push(`${key} → ${res.status} ${text.slice(0, 200)} on ${describeCase(c)}`);
          }
          if (!shapeOk) found.push(`${key} → ${res.status} without the error shape: ${text.slice(0, 200)} on ${describeCase(c)}`);
          const after = await snapshot();
          const changed = tables.filter((t) => before[t] !== after[t]);
          if (changed.length) {
            found.push(`${key} → ${res.status} but changed ${changed.join(", ")} on ${describeCase(c)}`);
            before = after;
          }
        }),
        { numRuns: RUNS, seed: (SEED + index * 7919 + (role === "ADMIN" ? 0 : 104_729)) % 2 ** 31, endOnFailure: true },
      );
      violations.push(...found);
      expect(found).toEqual([]);
    });
  }
});
