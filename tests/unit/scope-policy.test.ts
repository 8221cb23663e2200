import { describe, expect, it } from "vitest";
import { buildScope, type Scope } from "@/lib/auth/scope-rules";
import { ancestorIds, mayWriteUnit, MODEL_REFERENCES, MODEL_SCOPE, NO_ROWS, scopeWhere, withScope } from "@/lib/db/scope-policy";

// A branch secretary of B1, under P1 ← G1 ← SUP; a viewer of the same branch; an administrator.
const PATH = "/sup/g1/p1/b1/";
const secretary: Scope = buildScope({ role: "BRANCH_SECRETARY", unitId: "b1", unitPath: PATH }, [{ id: "b1", isRoot: false }]);
const viewer: Scope = buildScope({ role: "VIEWER", unitId: "b1", unitPath: PATH }, [{ id: "b1", isRoot: false }]);
const admin: Scope = buildScope({ role: "ADMIN", unitId: "sup", unitPath: "/sup/" }, [
  { id: "sup", isRoot: true },
  { id: "b1", isRoot: false },
]);
const subtree = { path: { startsWith: PATH }, active: true };

describe("the scope policy of lib/db (what the scoped client adds to every query)", () => {
  it("reads a unit-tied table in the subtree, a candidate's records through their candidate, a quota's history through its quota", () => {
    expect(scopeWhere(secretary, "Candidate", false)).toEqual({ unit: subtree });
    expect(scopeWhere(secretary, "DossierItem", false)).toEqual({ candidate: { unit: subtree } });
    // The history of a quota: the subtree's own (a committee's figures above are readable, their history is not).
    expect(scopeWhere(secretary, "QuotaChange", false)).toEqual({ quota: { unit: subtree } });
  });

  it("shows the committees above the home unit for classes, quotas and units, but writes only the subtree", () => {
    expect(ancestorIds(secretary)).toEqual(["sup", "g1", "p1"]);
    expect(scopeWhere(secretary, "Course", false)).toEqual({ unit: { OR: [subtree, { id: { in: ["sup", "g1", "p1"] } }] } });
    expect(scopeWhere(secretary, "Unit", false)).toEqual({ OR: [subtree, { id: { in: ["sup", "g1", "p1"] } }] });
    expect(scopeWhere(secretary, "Course", true)).toEqual({ unit: subtree });
    expect(scopeWhere(secretary, "Unit", true)).toEqual(subtree);
    // Candidates never see above: a candidate of the grassroots committee is not the secretary's.
    expect(scopeWhere(secretary, "Candidate", false)).toEqual({ unit: subtree });
  });

  it("lets a viewer read and write nothing; an administrator is unrestricted; global tables are never filtered", () => {
    expect(scopeWhere(viewer, "Candidate", false)).toEqual({ unit: subtree });
    expect(scopeWhere(viewer, "Candidate", true)).toBe(NO_ROWS);
    expect(scopeWhere(viewer, "Holiday", true)).toBeNull();
    expect(scopeWhere(admin, "Candidate", false)).toBeNull();
    expect(scopeWhere(admin, "Candidate", true)).toBeNull();
    expect(scopeWhere(secretary, "Holiday", false)).toBeNull();
    expect(scopeWhere(secretary, "LoginAttempt", true)).toBeNull();
  });

  it("falls back to the exact id list when a scope carries no path", () => {
    const pathless = buildScope({ role: "BRANCH_SECRETARY", unitId: "b1" }, [{ id: "b1", isRoot: false }]);
    expect(ancestorIds(pathless)).toEqual([]);
    expect(scopeWhere(pathless, "Candidate", false)).toEqual({ unit: { id: { in: ["b1"] } } });
  });

  it("knows which units a row may be written under", () => {
    expect(mayWriteUnit(secretary, "b1")).toBe(true);
    expect(mayWriteUnit(secretary, "g1")).toBe(false);
    expect(mayWriteUnit(viewer, "b1")).toBe(false);
    expect(mayWriteUnit(secretary, undefined)).toBe(false);
    expect(mayWriteUnit(secretary, 42)).toBe(false);
  });

  it("adds its filter to the caller's where without losing it, and leaves it alone when there is none", () => {
    const fragment = { unit: subtree };
    expect(withScope(undefined, fragment)).toEqual(fragment);
    expect(withScope({ id: "x" }, null)).toEqual({ id: "x" });
    expect(withScope(undefined, null)).toBeUndefined();
    expect(withScope({ id: "x" }, fragment)).toEqual({ id: "x", AND: [fragment] });
    expect(withScope({ id: "x", AND: { stage: "SOURCE" } }, fragment)).toEqual({ id: "x", AND: [{ stage: "SOURCE" }, fragment] });
    expect(withScope({ id: "x", AND: [{ stage: "SOURCE" }] }, fragment)).toEqual({ id: "x", AND: [{ stage: "SOURCE" }, fragment] });
  });

  it("matches no row when nothing may be written, and names the records a written row may point to", () => {
    expect(NO_ROWS).toEqual({ id: { in: [] } });
    expect(MODEL_REFERENCES).toEqual({
      Enrolment: [{ scalar: "courseId", relation: "course", model: "Course" }],
      AwarenessTestResult: [{ scalar: "sessionId", relation: "session", model: "AwarenessTestSession" }],
    });
  });

  it("decides every table's tie (a new table must be added on purpose)", () => {
    expect(Object.keys(MODEL_SCOPE)).toHaveLength(24);
    expect(MODEL_SCOPE.Candidate).toBe("unit");
    expect(MODEL_SCOPE.Enrolment).toBe("candidate");
    expect(MODEL_SCOPE).toMatchObject({
      Unit: "tree",
      User: "unit",
      Course: "unitWithAncestors",
      Quota: "unitWithAncestors",
      QuotaChange: "quota",
      AwarenessTestSession: "unit",
      Holiday: "global",
      // A roll is read like its unit (the committees above included); audit entries and imports belong to a unit.
      UnitRoll: "unitWithAncestors",
      AuditEvent: "unit",
      Import: "unit",
    });
  });
});
