import { describe, expect, it } from "vitest";
import { buildScope } from "@/lib/auth/scope-rules";
import { inScope, unitsInScope } from "@/lib/db/scope-filter";

const units = [
  { id: "sup", isRoot: true },
  { id: "g1", isRoot: false },
  { id: "b1", isRoot: false },
];

describe("the scope as a query filter", () => {
  const staff = buildScope({ role: "GRASSROOTS_STAFF", unitId: "g1", unitPath: "/sup/g1/" }, units.slice(1));

  it("matches the home unit's subtree by path prefix, not by a list of ids", () => {
    expect(inScope(staff)).toEqual({ unit: { path: { startsWith: "/sup/g1/" }, active: true } });
  });

  it("narrows to a unit inside the scope and matches nothing outside it", () => {
    expect(inScope(staff, { path: "/sup/g1/b1/" })).toEqual({ unit: { path: { startsWith: "/sup/g1/b1/" }, active: true } });
    expect(inScope(staff, { path: "/sup/g2/" })).toEqual({ unitId: { in: [] } });
    expect(inScope(staff, { path: "/sup/" })).toEqual({ unitId: { in: [] } });
  });

  it("leaves an administrator unfiltered and falls back to ids when no path is known", () => {
    const admin = buildScope({ role: "ADMIN", unitId: "sup" }, units);
    expect(inScope(admin)).toEqual({});
    expect(inScope(admin, { path: "/sup/g2/" })).toEqual({ unit: { path: { startsWith: "/sup/g2/" }, active: true } });
    const noPath = buildScope({ role: "BRANCH_SECRETARY", unitId: "b1" }, [units[2]!]);
    expect(inScope(noPath)).toEqual({ unitId: { in: ["b1"] } });
  });

  it("filters the units themselves the same way", () => {
    expect(unitsInScope(staff)).toEqual({ path: { startsWith: "/sup/g1/" }, active: true });
    expect(unitsInScope(buildScope({ role: "ADMIN", unitId: "sup" }, units))).toEqual({ active: true });
  });
});
