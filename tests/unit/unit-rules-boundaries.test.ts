import { describe, expect, it } from "vitest";
import { mergedRoll, mergeProblems, nextRollChange, rollProblems, unitEditRefusal } from "@/lib/domain/unit-rules";
import type { UnitKindCode } from "@/lib/domain/codes";

describe("why an edit of a unit is refused", () => {
  it("names the roll for a secretary, the own unit for committee staff, and nothing more for the others", () => {
    expect(unitEditRefusal("BRANCH_SECRETARY", true, ["name"])).toBe("UNIT_ROLL_ONLY");
    expect(unitEditRefusal("BRANCH_SECRETARY", true, ["roll"])).toBeNull();
    expect(unitEditRefusal("GRASSROOTS_STAFF", true, ["parent"])).toBe("UNIT_OWN_HOME");
    expect(unitEditRefusal("SUPERIOR_STAFF", true, ["roll", "parent"])).toBe("UNIT_OWN_HOME");
    expect(unitEditRefusal("GRASSROOTS_STAFF", false, ["parent", "roll"])).toBeNull();
    expect(unitEditRefusal("VIEWER", false, ["roll"])).toBe("FORBIDDEN");
    expect(unitEditRefusal("BRANCH_SECRETARY", false, ["roll"])).toBe("FORBIDDEN");
  });
});

describe("merging committees", () => {
  const unit = (id: string, kind: UnitKindCode, path = `/root/${id}/`) => ({ id, kind, path });

  it("merges a grassroots or partial committee into another committee of the grassroots level", () => {
    expect(mergeProblems(unit("a", "PARTIAL_COMMITTEE"), unit("b", "GRASSROOTS_COMMITTEE"), ["BRANCH"])).toEqual([]);
    expect(mergeProblems(unit("a", "GRASSROOTS_COMMITTEE"), unit("b", "GRASSROOTS_COMMITTEE"), [])).toEqual([]);
    expect(mergeProblems(unit("a", "GRASSROOTS_COMMITTEE"), unit("b", "SUPERIOR_COMMITTEE"), [])).toEqual(["mergeKindMismatch"]);
  });

  it("refuses a unit of a kind it does not know rather than failing", () => {
    expect(mergeProblems(unit("a", "COUNCIL" as UnitKindCode), unit("b", "BRANCH"), [])).toEqual(["mergeKindMismatch"]);
  });
});

describe("rolls", () => {
  it("finds the next change after a date among entries in any order", () => {
    const entries = [{ effectiveFrom: "2026-01-01" }, { effectiveFrom: "2026-06-01" }, { effectiveFrom: "2026-03-01" }];
    expect(nextRollChange(entries, "2026-01-15")).toBe("2026-03-01");
    expect(nextRollChange(entries, "2026-03-01")).toBe("2026-06-01");
    expect(nextRollChange(entries, "2026-06-01")).toBeNull();
  });

  it("accepts as many members as official members, and checks the largest vote of each body, the earliest of equal ones", () => {
    const roll = { officialMembers: 7, totalMembers: 7, committeeMembers: 3, hasYouthUnion: false };
    expect(rollProblems(roll, [])).toEqual([]);
    expect(
      rollProblems(roll, [
        { body: "branch", date: "2026-02-01", voters: 9 },
        { body: "branch", date: "2026-03-01", voters: 9 },
        { body: "branch", date: "2026-04-01", voters: 5 },
        { body: "committee", date: "2026-05-01", voters: 2 },
      ]),
    ).toEqual([{ path: "officialMembers", key: "rollBelowVotes", votes: 9, date: "2026-02-01" }]);
  });

  it("keeps no Youth Union after a merge when neither unit had one", () => {
    const none = { officialMembers: 5, totalMembers: 6, committeeMembers: 3, hasYouthUnion: false };
    expect(mergedRoll(none, none).hasYouthUnion).toBe(false);
    expect(mergedRoll(none, { ...none, hasYouthUnion: true }).hasYouthUnion).toBe(true);
  });
});
