import { beforeEach, describe, expect, it, vi } from "vitest";
import { can, canWriteAnything, PERMISSIONS, type Permission } from "@/lib/auth/permissions";
import { cachedScope, clearScopeCache, scopeKey } from "@/lib/auth/scope-cache";
import { buildScope, canRead, canWrite, type Scope } from "@/lib/auth/scope-rules";
import { ROLES } from "@/lib/domain/codes";

/** README, "Roles": who changes what. Administrators alone reopen a final report. */
const EXPECTED: Record<(typeof ROLES)[number], Permission[]> = {
  ADMIN: [
    "candidate.read",
    "candidate.write",
    "unit.read",
    "quota.read",
    "quota.write",
    "quota.propose",
    "quota.unlock",
    "committee.record",
    "holiday.write",
    "account.manage",
  ],
  SUPERIOR_STAFF: ["candidate.read", "candidate.write", "unit.read", "quota.read", "quota.write", "committee.record", "account.manage"],
  GRASSROOTS_STAFF: ["candidate.read", "candidate.write", "unit.read", "quota.read", "quota.write", "quota.propose", "committee.record"],
  BRANCH_SECRETARY: ["candidate.read", "candidate.write", "unit.read", "quota.read", "quota.propose"],
  VIEWER: ["candidate.read", "unit.read", "quota.read"],
};

describe("the permission table", () => {
  it("knows exactly these permissions", () => {
    expect([...PERMISSIONS].sort()).toEqual([...EXPECTED.ADMIN].sort());
  });

  it.each(ROLES)("grants %s exactly what the README says", (role) => {
    expect(PERMISSIONS.filter((p) => can(role, p)).sort()).toEqual([...EXPECTED[role]].sort());
  });

  it("lets only administrators unlock a period and keep the holiday table", () => {
    expect(ROLES.filter((r) => can(r, "quota.unlock"))).toEqual(["ADMIN"]);
    expect(ROLES.filter((r) => can(r, "holiday.write"))).toEqual(["ADMIN"]);
    expect(ROLES.filter((r) => can(r, "committee.record"))).toEqual(["ADMIN", "SUPERIOR_STAFF", "GRASSROOTS_STAFF"]);
    expect(ROLES.filter((r) => can(r, "quota.propose"))).toEqual(["ADMIN", "GRASSROOTS_STAFF", "BRANCH_SECRETARY"]);
  });

  it("denies everything to a role it does not know, whatever its spelling", () => {
    for (const role of ["", "admin", "SUPERUSER", "Viewer"]) {
      for (const p of PERMISSIONS) expect(can(role, p)).toBe(false);
      expect(canWriteAnything(role)).toBe(false);
    }
  });

  it("calls every role but the viewer a writer", () => {
    expect(ROLES.filter(canWriteAnything)).toEqual(["ADMIN", "SUPERIOR_STAFF", "GRASSROOTS_STAFF", "BRANCH_SECRETARY"]);
  });
});

describe("the scope", () => {
  // A bloc with two grassroots committees; the caller's subtree is handed in by lib/db.
  const forest = [
    { id: "bloc", isRoot: true },
    { id: "other-bloc", isRoot: true },
    { id: "g1", isRoot: false },
    { id: "b1", isRoot: false },
  ];
  const underG1 = forest.slice(2);

  it("for committee staff and secretaries: reads and writes the subtree, rooted at the home unit, filtered by its path", () => {
    for (const role of ["SUPERIOR_STAFF", "GRASSROOTS_STAFF", "BRANCH_SECRETARY"] as const) {
      const scope = buildScope({ role, unitId: "g1", unitPath: "/bloc/g1/" }, underG1);
      expect(scope).toEqual({
        rootUnitIds: ["g1"],
        readable: new Set(["g1", "b1"]),
        writable: new Set(["g1", "b1"]),
        everything: false,
        subtreePath: "/bloc/g1/",
      } satisfies Scope);
      expect(canRead(scope, "b1") && canWrite(scope, "b1")).toBe(true);
      expect(canRead(scope, "bloc") || canWrite(scope, "bloc")).toBe(false);
    }
  });

  it("for a viewer: reads the subtree and writes nothing", () => {
    const scope = buildScope({ role: "VIEWER", unitId: "g1", unitPath: "/bloc/g1/" }, underG1);
    expect(scope).toMatchObject({ rootUnitIds: ["g1"], everything: false, subtreePath: "/bloc/g1/" });
    expect([...scope.readable]).toEqual(["g1", "b1"]);
    expect(scope.writable.size).toBe(0);
    expect(canRead(scope, "g1")).toBe(true);
    expect(canWrite(scope, "g1")).toBe(false);
  });

  it("falls back on the unit list when the home unit's path is not given", () => {
    expect(buildScope({ role: "GRASSROOTS_STAFF", unitId: "g1" }, underG1).subtreePath).toBeNull();
  });

  it("is empty at the root when the home unit is not among the units (a unit since removed)", () => {
    const scope = buildScope({ role: "GRASSROOTS_STAFF", unitId: "gone", unitPath: "/bloc/gone/" }, []);
    expect(scope).toEqual({ rootUnitIds: [], readable: new Set(), writable: new Set(), everything: false, subtreePath: null });
    const stray = buildScope({ role: "GRASSROOTS_STAFF", unitId: "gone", unitPath: "/bloc/gone/" }, underG1);
    expect(stray.rootUnitIds).toEqual([]);
    expect(stray.subtreePath).toBeNull();
  });

  it("for an administrator: every unit, rooted at the roots of the forest, with no path filter", () => {
    const scope = buildScope({ role: "ADMIN", unitId: "b1", unitPath: "/bloc/g1/b1/" }, forest);
    expect(scope).toEqual({
      rootUnitIds: ["bloc", "other-bloc"],
      readable: new Set(forest.map((u) => u.id)),
      writable: new Set(forest.map((u) => u.id)),
      everything: true,
      subtreePath: null,
    });
  });

  it("does not read or write a unit it was not handed", () => {
    const scope = buildScope({ role: "BRANCH_SECRETARY", unitId: "b1", unitPath: "/bloc/g1/b1/" }, [{ id: "b1", isRoot: false }]);
    expect(canRead(scope, "g1")).toBe(false);
    expect(canWrite(scope, "g1")).toBe(false);
    expect(canRead(scope, "b1") && canWrite(scope, "b1")).toBe(true);
  });
});

describe("the scope cache", () => {
  beforeEach(() => clearScopeCache());
  const scope = (id: string) => buildScope({ role: "VIEWER", unitId: id }, [{ id, isRoot: false }]);

  it("keys on role, home unit and tree stamp, each of which changes the key", () => {
    const key = scopeKey("VIEWER", "g1", "10@5");
    expect(new Set([key, scopeKey("ADMIN", "g1", "10@5"), scopeKey("VIEWER", "g2", "10@5"), scopeKey("VIEWER", "g1", "11@5")]).size).toBe(4);
    expect(key).toContain("VIEWER");
    expect(key).toContain("g1");
    expect(key).toContain("10@5");
    expect(scopeKey("VIEWER", "g1", "10@5")).toBe(key);
  });

  it("answers from the cache without building again", async () => {
    const build = vi.fn(async () => scope("g1"));
    const first = await cachedScope("k", build);
    expect(await cachedScope("k", build)).toBe(first);
    expect(build).toHaveBeenCalledTimes(1);
  });

  it("keeps 500 scopes and forgets the least recently used one beyond that", async () => {
    const builds = new Map<string, number>();
    const get = (key: string) =>
      cachedScope(key, async () => {
        builds.set(key, (builds.get(key) ?? 0) + 1);
        return scope(key);
      });
    for (let i = 0; i < 500; i++) await get(`k${i}`);
    // All 500 are kept; asking for k0 again makes it the most recently used.
    await get("k0");
    expect(builds.get("k0")).toBe(1);
    // The 501st entry pushes out the least recently used one: k1, not k0.
    await get("k500");
    await get("k0");
    expect(builds.get("k0")).toBe(1);
    await get("k1");
    expect(builds.get("k1")).toBe(2);
  });

  it("forgets everything when cleared", async () => {
    const build = vi.fn(async () => scope("g1"));
    await cachedScope("k", build);
    clearScopeCache();
    await cachedScope("k", build);
    expect(build).toHaveBeenCalledTimes(2);
  });

  it("forgets a failed build, but keeps a good one built after it", async () => {
    await expect(cachedScope("k", () => Promise.reject(new Error("db down")))).rejects.toThrow("db down");
    const build = vi.fn(async () => scope("g1"));
    await cachedScope("k", build);
    await cachedScope("k", build);
    expect(build).toHaveBeenCalledTimes(1);
  });
});

describe("roles named like Object.prototype members", () => {
  it("are unknown roles, denied, never a crash", () => {
    for (const role of ["constructor", "toString", "__proto__", "hasOwnProperty"]) expect(can(role, "candidate.read")).toBe(false);
  });
});
