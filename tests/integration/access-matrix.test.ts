/**
 * Issue 9: an access matrix generated from the route list. Every route file under app/api/v1 and
 * every method it implements is called for every role, with a record inside the caller's scope and
 * with records outside it (G2/B4, and a second bloc), and with no session at all:
 *
 *   - no session → 401 (the OpenAPI document alone is public);
 *   - outside the scope → 404 for a single record, a list without the foreign ids, and nothing
 *     written; a 403 is accepted only where the role lacks the route's permission altogether
 *     (the refusal then says nothing about the record);
 *   - inside the scope → never 401/404; 403 where the role lacks the permission
 *     (lib/auth/permissions.ts); for a permitted write any of 2xx/409/422 (access, not validation);
 *   - never a 5xx, and every non-2xx in the shape { error: { code, message, details } }.
 *
 * MATRIX below is the specification: a route without an entry fails the test by name.
 *
 * Pages are out of scope here (tests/e2e covers them). They are: /, /login, /candidates,
 * /candidates/new, /candidates/[id], /candidates/[id]/edit, /board, /classes, /classes/[id],
 * /awareness-tests, /awareness-tests/[id], /dashboard, /deadlines, /holidays, /quotas, /paperwork,
 * /print/checklists, /print/lists/[kind], /accounts, /accounts/new, /accounts/[id], /account/password, /setup.
 */
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Permission } from "@/lib/auth/permissions";
import { can } from "@/lib/auth/permissions";
import { session } from "./support/session";
import { actorFor, resetDb } from "./support/fixtures";
import {
  buildWorld,
  callRoute,
  changedTables,
  discoverRoutes,
  isErrorShape,
  ROLES,
  snapshot,
  type Answer,
  type Call,
  type DiscoveredRoute,
  type Records,
  type World,
} from "./support/access-matrix";

/**
 * - `record`: the request names one record (path or body); outside → 404.
 * - `list`: a collection filtered by scope; outside → 200 without any foreign id in the body.
 * - `global`: no unit scope (the holiday table): only the permission matters; no outside case.
 * - `public`: answered without a session (the OpenAPI document).
 * - `unknown`: the catch-all: 401 without a session, 404 for everyone.
 */
type Kind = "record" | "list" | "global" | "public" | "unknown";

interface Entry {
  kind: Kind;
  /** The permission the route needs; roles without it get 403 (inside and outside). Null: every role. */
  perm: Permission | null;
  /** A write: inside, a permitted role may get 2xx, 409 or 422; outside, nothing may be written. */
  write?: boolean;
  /**
   * Statuses a permitted role may also get inside its scope, with the reason (a finer authority
   * than the permission table: who decides, who sets a quota).
   */
  alsoInside?: number[];
  /**
   * What a role without the permission gets instead of 403, where the service answers otherwise
   * (checked with nothing written). Deviations from the rule, kept visible here.
   */
  deniedAs?: number[];
  /** The request for the records `r` (inside: B1's; outside: B4's or the other bloc's). */
  call: (r: Records, w: World) => Call;
}

const TODAY = "2026-03-16";

const MATRIX: Record<string, Entry> = {
  // Catch-all: unknown API paths (every method).
  "GET /api/v1/[...rest]": { kind: "unknown", perm: null, call: () => ({ params: { rest: ["nope"] } }) },
  "POST /api/v1/[...rest]": { kind: "unknown", perm: null, call: () => ({ params: { rest: ["nope"] }, body: {} }) },
  "PUT /api/v1/[...rest]": { kind: "unknown", perm: null, call: () => ({ params: { rest: ["nope"] }, body: {} }) },
  "PATCH /api/v1/[...rest]": { kind: "unknown", perm: null, call: () => ({ params: { rest: ["nope"] }, body: {} }) },
  "DELETE /api/v1/[...rest]": { kind: "unknown", perm: null, call: () => ({ params: { rest: ["nope"] } }) },
  "GET /api/v1/openapi.json": { kind: "public", perm: null, call: () => ({}) },

  "GET /api/v1/me": { kind: "list", perm: null, call: () => ({}) },
  "GET /api/v1/units": { kind: "list", perm: "unit.read", call: () => ({}) },
  // Units (issue 11): a unit's keepers change it in their scope; what each role may change is
  // lib/domain/unit-rules.ts (a branch secretary keeps their own branch's roll only, a viewer
  // nothing). Inside, on B1: a new unit under a branch and a branch merged into its committee are
  // refused as such (422) for staff, by role (403) for the secretary, who adds and merges nothing.
  "GET /api/v1/units/[id]": { kind: "record", perm: "unit.read", call: (r) => ({ params: { id: r.unitId } }) },
  "POST /api/v1/units": {
    kind: "record",
    perm: "candidate.write",
    write: true,
    alsoInside: [403],
    call: (r) => ({ body: { parentId: r.unitId, code: "MOI-1", name: "Chi bộ mới", kind: "BRANCH" } }),
  },
  "PATCH /api/v1/units/[id]": {
    kind: "record",
    perm: "candidate.write",
    write: true,
    call: (r) => ({ params: { id: r.unitId }, body: { version: 1, officialMembers: 10, totalMembers: 12, effectiveFrom: TODAY } }),
  },
  "POST /api/v1/units/[id]/merge": {
    kind: "record",
    perm: "candidate.write",
    write: true,
    alsoInside: [403],
    call: (r) => ({ params: { id: r.unitId }, body: { intoUnitId: r.committeeId, date: TODAY, reason: "Sáp nhập" } }),
  },
  // A transfer to the candidate's own branch: 422 for every role that may write it.
  "POST /api/v1/candidates/[id]/transfer": {
    kind: "record",
    perm: "candidate.write",
    write: true,
    call: (r) => ({ params: { id: r.candidateId }, body: { toUnitId: r.unitId, date: TODAY, reason: "Chuyển công tác", version: 1 } }),
  },

  // Candidates
  "GET /api/v1/candidates": { kind: "list", perm: "candidate.read", call: () => ({ query: { pageSize: "100" } }) },
  "POST /api/v1/candidates": {
    kind: "record",
    perm: "candidate.write",
    write: true,
    call: (r) => ({
      body: {
        unitId: r.unitId,
        fullName: "Nguyễn Văn Mới",
        sex: "MALE",
        birthDate: "15/03/2001",
        educationLevel: "UNIVERSITY",
        occupationGroup: "CIVIL_SERVANT",
      },
    }),
  },
  "GET /api/v1/candidates/[id]": { kind: "record", perm: "candidate.read", call: (r) => ({ params: { id: r.candidateId } }) },
  "PATCH /api/v1/candidates/[id]": {
    kind: "record",
    perm: "candidate.write",
    write: true,
    call: (r) => ({ params: { id: r.candidateId }, body: { version: 1, phone: "0912000111" } }),
  },
  "GET /api/v1/candidates/[id]/checklist": { kind: "record", perm: "candidate.read", call: (r) => ({ params: { id: r.candidateId } }) },
  "PUT /api/v1/candidates/[id]/checklist": {
    kind: "record",
    perm: "candidate.write",
    write: true,
    call: (r) => ({ params: { id: r.candidateId }, body: { code: "A2", status: "RECEIVED" } }),
  },
  "POST /api/v1/candidates/[id]/transitions": {
    kind: "record",
    perm: "candidate.write",
    write: true,
    call: (r) => ({ params: { id: r.candidateId }, body: { to: "SYMPATHIZER", date: TODAY, version: 1 } }),
  },
  "POST /api/v1/candidates/[id]/steps": {
    kind: "record",
    perm: "candidate.write",
    write: true,
    call: (r) => ({ params: { id: r.candidateId }, body: { step: "CONVERSION_RESOLUTION", date: TODAY, version: 1, votesFor: 9 } }),
  },
  "POST /api/v1/candidates/[id]/failed-votes": {
    kind: "record",
    perm: "candidate.write",
    write: true,
    call: (r) => ({ params: { id: r.candidateId }, body: { date: TODAY, membersOnRoll: 9, votesFor: 3, votesAgainst: 6 } }),
  },
  // The extension is the deciding committee's act: staff of a committee that does not decide get 403.
  "POST /api/v1/candidates/[id]/extensions": {
    kind: "record",
    perm: "committee.record",
    write: true,
    alsoInside: [403],
    call: (r) => ({ params: { id: r.candidateId }, body: { kind: "ADMISSION", days: 10 } }),
  },

  // Classes and awareness tests (committee acts)
  "GET /api/v1/classes": { kind: "list", perm: null, call: () => ({}) },
  "POST /api/v1/classes": {
    kind: "record",
    perm: "committee.record",
    write: true,
    call: (r) => ({ body: { kind: "AWARENESS", name: "Lớp mới", unitId: r.committeeId, startDate: "2026-04-01", endDate: "2026-04-05" } }),
  },
  "GET /api/v1/classes/[id]": { kind: "record", perm: "candidate.read", call: (r) => ({ params: { id: r.courseId } }) },
  // A branch secretary enrols in the bloc's class (candidate.write); a viewer gets 200 with every line
  // NOT_FOUND (a read-only caller's candidates are not enrolable), not 403.
  "POST /api/v1/classes/[id]/enrolments": {
    kind: "record",
    perm: "candidate.write",
    write: true,
    deniedAs: [200],
    call: (r) => ({ params: { id: r.courseId }, body: { candidateIds: [r.candidateId], date: "2026-03-02" } }),
  },
  "POST /api/v1/classes/[id]/results": {
    kind: "record",
    perm: "committee.record",
    write: true,
    call: (r) => ({ params: { id: r.courseId }, body: { results: [{ candidateId: r.candidateId, result: "PASSED" }] } }),
  },
  "GET /api/v1/awareness-tests": { kind: "list", perm: null, call: () => ({}) },
  "POST /api/v1/awareness-tests": {
    kind: "record",
    perm: "committee.record",
    write: true,
    call: (r) => ({ body: { unitId: r.committeeId, name: "Kỳ mới", date: "2026-04-10" } }),
  },
  // A role without committee.record is told the session does not exist (404), not 403.
  "POST /api/v1/awareness-tests/[id]/results": {
    kind: "record",
    perm: "committee.record",
    write: true,
    deniedAs: [404],
    call: (r) => ({ params: { id: r.sessionId }, body: { results: [{ candidateId: r.candidateId, outcome: "ABSENT" }] } }),
  },

  // Quotas: a committee sets its units' quotas; a unit proposes its own (lib/services/quotas/authority.ts).
  "GET /api/v1/quotas": { kind: "list", perm: "quota.read", call: () => ({ query: { period: "2026" } }) },
  "PUT /api/v1/quotas": {
    kind: "record",
    perm: "quota.read",
    write: true,
    alsoInside: [403],
    call: (r) => ({ body: { unitId: r.quotaUnitId, period: "2026", mode: "COUNT", target: 4, status: "PROPOSED" } }),
  },
  "POST /api/v1/quotas/approve": {
    kind: "record",
    perm: "quota.write",
    write: true,
    call: (r) => ({ body: { unitId: r.quotaUnitId, period: "2026", version: 1 } }),
  },
  "POST /api/v1/quotas/lock": {
    kind: "record",
    perm: "quota.write",
    write: true,
    call: (r) => ({ body: { unitId: r.quotaUnitId, period: "2026", locked: true } }),
  },

  // Dashboard and deadlines
  "GET /api/v1/dashboard/attainment": { kind: "record", perm: "quota.read", call: (r) => ({ query: { period: "2026", unitId: r.unitId } }) },
  "GET /api/v1/dashboard/forecast": { kind: "record", perm: "quota.read", call: (r) => ({ query: { period: "2026", unitId: r.unitId } }) },
  "GET /api/v1/dashboard/export": { kind: "record", perm: "quota.read", call: (r) => ({ query: { period: "2026", unitId: r.unitId, format: "csv" } }) },
  "GET /api/v1/deadlines": { kind: "list", perm: "candidate.read", call: () => ({ query: { within: "366" } }) },

  // Paperwork (issue 10): files of the caller's scope; a foreign unit or class is not found.
  "GET /api/v1/candidates/export": { kind: "record", perm: "candidate.read", call: (r) => ({ query: { unitId: r.unitId, format: "csv" } }) },
  "GET /api/v1/reports/admitted-members": { kind: "record", perm: "candidate.read", call: (r) => ({ query: { period: "2026", unitId: r.unitId } }) },
  // Accounts (issue 11): administrators manage every account, superior staff those of their tree.
  "GET /api/v1/users": { kind: "record", perm: "account.manage", call: (r) => ({ query: { unitId: r.unitId } }) },
  "POST /api/v1/users": {
    kind: "record",
    perm: "account.manage",
    write: true,
    call: (r) => ({ body: { username: `matrix.${r.unitId.slice(0, 8)}`, fullName: "Tài khoản mới", role: "VIEWER", unitId: r.unitId } }),
  },
  "PATCH /api/v1/users/[id]": {
    kind: "record",
    perm: "account.manage",
    write: true,
    call: (r) => ({ params: { id: r.userId }, body: { version: 1, fullName: "Tên mới" } }),
  },
  "POST /api/v1/users/[id]/password-reset": { kind: "record", perm: "account.manage", write: true, call: (r) => ({ params: { id: r.userId } }) },
  // One's own password: every role; a wrong current password is refused (422) and writes nothing.
  "POST /api/v1/me/password": {
    kind: "global",
    perm: null,
    write: true,
    call: () => ({ body: { currentPassword: "sai-mat-khau", newPassword: "Hoa-sen-no-2026" } }),
  },

  // Imports (issue 11). Uploads are multipart/form-data: with the matrix's JSON body a permitted role gets 415 (after the permission check: 403 without it).
  "POST /api/v1/imports/candidates": { kind: "global", perm: "candidate.write", write: true, alsoInside: [415], call: () => ({ body: {} }) },
  "GET /api/v1/imports/candidates/template": { kind: "global", perm: "candidate.write", call: () => ({}) },
  // The unit tree is imported by administrators and superior staff only: the other writers get 403.
  "POST /api/v1/imports/units": { kind: "global", perm: "candidate.write", write: true, alsoInside: [403, 415], call: () => ({ body: {} }) },
  "GET /api/v1/imports/units/template": { kind: "global", perm: "candidate.write", alsoInside: [403], call: () => ({}) },
  // An import is its uploader's alone: for anyone else, whatever the role or scope, it does not exist (404).
  "POST /api/v1/imports/[importId]/commit": {
    kind: "unknown",
    perm: null,
    call: () => ({ params: { importId: "00000000-0000-4000-8000-000000000000" } }),
  },

  // Audit (issue 11): the log of the caller's scope; opening verification findings is itself logged.
  "GET /api/v1/audit": { kind: "record", perm: null, call: (r) => ({ query: { unitId: r.unitId } }) },
  "GET /api/v1/candidates/[id]/verification": { kind: "record", perm: "candidate.read", call: (r) => ({ params: { id: r.candidateId } }) },
  "GET /api/v1/lists/[kind]": { kind: "record", perm: "candidate.read", call: (r) => ({ params: { kind: "roster" }, query: { classId: r.courseId } }) },

  // Holidays: one table for everyone, kept by administrators.
  "GET /api/v1/holidays": { kind: "global", perm: null, call: () => ({ query: { year: "2026" } }) },
  "POST /api/v1/holidays": { kind: "global", perm: "holiday.write", write: true, call: () => ({ body: { date: "2026-12-31", name: "Ngày thử" } }) },
  "DELETE /api/v1/holidays/[date]": { kind: "global", perm: "holiday.write", write: true, call: (_r, w) => ({ params: { date: w.holiday } }) },
};

// ---------------------------------------------------------------------------------------------

type Case = "none" | "inside" | "b4" | "t2";
interface Cell {
  key: string;
  role: string;
  case: Case;
  status: number;
  problem: string;
}

const results: Cell[] = [];
let routes: DiscoveredRoute[] = [];
let world: World;

const is2xx = (s: number) => s >= 200 && s < 300;

/** What is wrong with an answer, whatever the expectation: a 5xx, or an error not in the API's shape. */
function shapeProblem(a: Answer): string | null {
  if (a.status >= 500) return `5xx (${a.status}): ${a.text.slice(0, 200)}`;
  if (!is2xx(a.status) && !isErrorShape(a.json)) return `error not in the API's shape: ${a.status} ${a.text.slice(0, 200)}`;
  return null;
}

/** The expectation for one cell; returns the problem, or "" when the answer is right. */
function judge(entry: Entry, role: string, kase: Case, a: Answer, foreignIds: string[], written: string[]): string {
  const shape = shapeProblem(a);
  if (shape) return shape;
  const permitted = entry.perm === null || can(role, entry.perm);
  if (kase === "none")
    return entry.kind === "public"
      ? a.status === 200
        ? ""
        : `public route answered ${a.status}`
      : a.status === 401
        ? ""
        : `LEAK: no session answered ${a.status}`;
  if (entry.kind === "public") return a.status === 200 ? "" : `public route answered ${a.status}`;
  if (entry.kind === "unknown") return a.status === 404 ? "" : `unknown path answered ${a.status}`;
  if (kase === "inside" || entry.kind === "global") {
    if (!permitted) {
      if (written.length) return `LEAK: refused write by a role without ${entry.perm} changed ${written.join(", ")} (status ${a.status})`;
      return a.status === 403 || entry.deniedAs?.includes(a.status) ? "" : `role without ${entry.perm} answered ${a.status} (expected 403)`;
    }
    if (a.status === 401 || a.status === 404) return `LEAK?: inside record answered ${a.status}`;
    const ok = is2xx(a.status) || (entry.write && (a.status === 409 || a.status === 422)) || entry.alsoInside?.includes(a.status);
    return ok ? "" : `inside record answered ${a.status}: ${a.text.slice(0, 200)}`;
  }
  // Outside the scope.
  if (written.length) return `LEAK: refused write changed ${written.join(", ")} (status ${a.status})`;
  if (entry.kind === "list") {
    if (!is2xx(a.status)) return `list answered ${a.status}`;
    const seen = foreignIds.filter((id) => a.text.includes(id));
    return seen.length ? `LEAK: list shows foreign ids ${seen.join(", ")}` : "";
  }
  if (a.status === 404) return "";
  if (a.status === 403 && !permitted) return ""; // refused by role alone: says nothing about the record
  if (is2xx(a.status)) return `LEAK: outside record answered ${a.status}`;
  return `LEAK?: outside record answered ${a.status} (expected 404): ${a.text.slice(0, 200)}`;
}

beforeAll(async () => {
  routes = await discoverRoutes();
});

beforeEach(async () => {
  await resetDb();
  world = await buildWorld();
});

describe("the access matrix", () => {
  it("has an entry for every route (a new route without an entry fails)", () => {
    const missing = routes.map((r) => r.key).filter((k) => !(k in MATRIX));
    expect(missing, `routes without an entry in MATRIX: ${missing.join(", ")}`).toEqual([]);
    const stale = Object.keys(MATRIX).filter((k) => !routes.some((r) => r.key === k));
    expect(stale, `MATRIX entries for routes that do not exist: ${stale.join(", ")}`).toEqual([]);
  });

  it("answers every route × role × record as the matrix says", { timeout: 120_000 }, async () => {
    const actors = await Promise.all(ROLES.map(async (r) => ({ ...r, actor: await actorFor(r.role, world.tree[r.unit].id) })));
    for (const route of routes) {
      const entry = MATRIX[route.key];
      if (!entry) continue; // reported by the test above
      const run = async (role: string, kase: Case, records: Records) => {
        // Refused writes (outside the scope, or a role without the permission) must write nothing.
        const refused = kase === "b4" || kase === "t2" || (entry.write && kase === "inside" && entry.perm !== null && !can(role, entry.perm));
        const before = refused ? await snapshot() : null;
        const a = await callRoute(route, entry.call(records, world));
        const written = before ? changedTables(before, await snapshot()) : [];
        const foreign = kase === "b4" ? world.b4.ids : kase === "t2" ? world.t2.ids : [];
        results.push({ key: route.key, role, case: kase, status: a.status, problem: judge(entry, role, kase, a, foreign, written) });
      };
      session.actor = null;
      await run("-", "none", world.b1);
      for (const r of actors) {
        session.actor = r.actor;
        await run(r.role, "inside", world.b1);
        if (entry.kind === "global" || entry.kind === "public" || entry.kind === "unknown") continue;
        for (const o of r.outside) await run(r.role, o, world[o]);
      }
    }
    session.actor = null;

    const failures = results.filter((c) => c.problem);
    const leaks = results.filter((c) => c.problem.startsWith("LEAK"));
    const fivexx = results.filter((c) => c.status >= 500);
    console.log(
      `access matrix: ${routes.length} route methods, ${results.length} cells run, ${leaks.length} leaks, ${fivexx.length} 5xx, ${failures.length} failures`,
    );
    for (const f of failures) console.log(`  ${f.key} as ${f.role} (${f.case}): ${f.problem}`);
    expect(fivexx.map((c) => `${c.key} as ${c.role} (${c.case})`)).toEqual([]);
    expect(leaks.map((c) => `${c.key} as ${c.role} (${c.case}): ${c.problem}`)).toEqual([]);
    expect(failures.map((c) => `${c.key} as ${c.role} (${c.case}): ${c.problem}`)).toEqual([]);
  });
});
