import { describe, expect, it } from "vitest";
import { rollHintOf, stepRefusal } from "@/components/pipeline/step-result";
import { ROLES, UNIT_KINDS } from "@/lib/domain/codes";
import {
  childKindsOf,
  editableUnitFields,
  isInSubtree,
  kindFitsUnder,
  mayCreateUnit,
  mayMergeUnit,
  mergedRoll,
  mergeProblems,
  mergeRoll,
  moveDateProblem,
  nextRollChange,
  rollBodyOfStage,
  rollChanges,
  rollInForce,
  rollProblems,
  unitEditRefusal,
  withRollUnit,
} from "@/lib/domain/unit-rules";

describe("where a unit may sit", () => {
  it("puts branches under grassroots and partial committees, grassroots organisations under the superior committee", () => {
    expect(kindFitsUnder("GRASSROOTS_COMMITTEE", "BRANCH")).toBe(true);
    expect(kindFitsUnder("PARTIAL_COMMITTEE", "BRANCH")).toBe(true);
    expect(kindFitsUnder("GRASSROOTS_COMMITTEE", "PARTIAL_COMMITTEE")).toBe(true);
    expect(kindFitsUnder("SUPERIOR_COMMITTEE", "GRASSROOTS_COMMITTEE")).toBe(true);
    expect(kindFitsUnder("SUPERIOR_COMMITTEE", "GRASSROOTS_BRANCH")).toBe(true);
    // A commune committee with superior powers under the province.
    expect(kindFitsUnder("SUPERIOR_COMMITTEE", "SUPERIOR_COMMITTEE")).toBe(true);
  });

  it("refuses a branch under the superior committee, anything under a branch, a partial committee outside a grassroots committee", () => {
    expect(kindFitsUnder("SUPERIOR_COMMITTEE", "BRANCH")).toBe(false);
    expect(kindFitsUnder("SUPERIOR_COMMITTEE", "PARTIAL_COMMITTEE")).toBe(false);
    expect(kindFitsUnder("PARTIAL_COMMITTEE", "PARTIAL_COMMITTEE")).toBe(false);
    expect(kindFitsUnder("GRASSROOTS_COMMITTEE", "GRASSROOTS_COMMITTEE")).toBe(false);
    expect(kindFitsUnder("GRASSROOTS_COMMITTEE", "GRASSROOTS_BRANCH")).toBe(false);
    for (const kind of UNIT_KINDS) {
      expect(kindFitsUnder("BRANCH", kind)).toBe(false);
      expect(kindFitsUnder("GRASSROOTS_BRANCH", kind)).toBe(false);
    }
  });

  it("lets only a superior committee stand at the top of a tree", () => {
    expect(UNIT_KINDS.filter((k) => kindFitsUnder(null, k))).toEqual(["SUPERIOR_COMMITTEE"]);
  });

  it("lists the kinds a new unit may have under each kind", () => {
    expect(childKindsOf("GRASSROOTS_COMMITTEE")).toEqual(["PARTIAL_COMMITTEE", "BRANCH"]);
    expect(childKindsOf("BRANCH")).toEqual([]);
  });

  it("reads a subtree from the materialised path", () => {
    expect(isInSubtree("/a/b/c/", "b")).toBe(true);
    expect(isInSubtree("/a/b/c/", "c")).toBe(true);
    expect(isInSubtree("/a/b/c/", "d")).toBe(false);
    expect(isInSubtree("/a/bb/", "b")).toBe(false);
  });
});

describe("who may change what about a unit", () => {
  it("lets administrators change everything, their own unit included", () => {
    expect(editableUnitFields("ADMIN", true)).toEqual(["name", "code", "place", "parent", "roll"]);
    expect(unitEditRefusal("ADMIN", true, ["parent", "roll", "name"])).toBeNull();
    expect(mayMergeUnit("ADMIN", true)).toBe(true);
  });

  it("lets committee staff change their subtree but not their own unit's parent nor dissolve it", () => {
    for (const role of ["SUPERIOR_STAFF", "GRASSROOTS_STAFF"] as const) {
      expect(unitEditRefusal(role, false, ["name", "code", "place", "parent", "roll"])).toBeNull();
      expect(unitEditRefusal(role, true, ["name", "roll"])).toBeNull();
      expect(unitEditRefusal(role, true, ["parent"])).toBe("UNIT_OWN_HOME");
      expect(mayMergeUnit(role, false)).toBe(true);
      expect(mayMergeUnit(role, true)).toBe(false);
      expect(mayCreateUnit(role)).toBe(true);
    }
  });

  it("lets a branch secretary keep the roll of their own branch and nothing else", () => {
    expect(unitEditRefusal("BRANCH_SECRETARY", true, ["roll"])).toBeNull();
    expect(unitEditRefusal("BRANCH_SECRETARY", true, ["name"])).toBe("UNIT_ROLL_ONLY");
    expect(unitEditRefusal("BRANCH_SECRETARY", true, ["roll", "parent"])).toBe("UNIT_ROLL_ONLY");
    expect(unitEditRefusal("BRANCH_SECRETARY", false, ["roll"])).toBe("FORBIDDEN");
    expect(mayCreateUnit("BRANCH_SECRETARY")).toBe(false);
    expect(mayMergeUnit("BRANCH_SECRETARY", true)).toBe(false);
  });

  it("lets a viewer, and a role it does not know, change nothing", () => {
    for (const role of ["VIEWER", "SUPERUSER", "constructor", "__proto__"]) {
      expect(editableUnitFields(role, true)).toEqual([]);
      expect(unitEditRefusal(role, true, ["roll"])).toBe("FORBIDDEN");
      expect(mayCreateUnit(role)).toBe(false);
      expect(mayMergeUnit(role, false)).toBe(false);
    }
  });

  it("refuses nothing when nothing changes", () => {
    for (const role of ROLES) expect(unitEditRefusal(role, true, [])).toBeNull();
  });
});

describe("merging units", () => {
  const unit = (id: string, kind: (typeof UNIT_KINDS)[number], path: string) => ({ id, kind, path });
  const b1 = unit("b1", "BRANCH", "/s/g1/p1/b1/");
  const b3 = unit("b3", "BRANCH", "/s/g1/b3/");
  const g3 = unit("g3", "GRASSROOTS_BRANCH", "/s/g3/");
  const p1 = unit("p1", "PARTIAL_COMMITTEE", "/s/g1/p1/");
  const g1 = unit("g1", "GRASSROOTS_COMMITTEE", "/s/g1/");
  const g2 = unit("g2", "GRASSROOTS_COMMITTEE", "/s/g2/");

  it("merges units that hold the same things, when the children fit under the target", () => {
    expect(mergeProblems(b3, b1, [])).toEqual([]);
    expect(mergeProblems(g3, b1, [])).toEqual([]);
    expect(mergeProblems(p1, g1, ["BRANCH"])).toEqual([]);
    expect(mergeProblems(g1, g2, ["PARTIAL_COMMITTEE", "BRANCH"])).toEqual([]);
  });

  it("refuses a unit into itself, into its own subtree, or into a unit that holds other things", () => {
    expect(mergeProblems(b1, b1, [])).toEqual(["mergeIntoSelf"]);
    expect(mergeProblems(g1, b1, ["PARTIAL_COMMITTEE"])).toEqual(["mergeIntoDescendant"]);
    expect(mergeProblems(b3, g1, [])).toEqual(["mergeKindMismatch"]);
    expect(mergeProblems(g2, b3, [])).toEqual(["mergeKindMismatch"]);
    // A grassroots committee's partial committees cannot go under a partial committee.
    expect(mergeProblems(g2, p1, ["PARTIAL_COMMITTEE"])).toEqual(["mergeKindMismatch"]);
  });
});

describe("the date a candidate changes unit", () => {
  it("is not in the future, nor before the step the candidate is in", () => {
    expect(moveDateProblem("2026-03-16", "2026-03-16", "2026-03-01")).toBeNull();
    expect(moveDateProblem("2026-03-01", "2026-03-16", "2026-03-01")).toBeNull();
    expect(moveDateProblem("2026-03-17", "2026-03-16", null)).toEqual({ key: "dateInFuture" });
    expect(moveDateProblem("2026-02-28", "2026-03-16", "2026-03-01")).toEqual({ key: "transferBeforeStep", latestStep: "2026-03-01" });
  });
});

describe("the roll in force on a date", () => {
  const roll = (effectiveFrom: string, officialMembers: number) => ({
    effectiveFrom,
    officialMembers,
    totalMembers: officialMembers + 2,
    committeeMembers: 5,
    hasYouthUnion: false,
  });
  const entries = [roll("2026-06-01", 12), roll("1990-01-01", 9), roll("2027-01-01", 15)];

  it("is the latest entry effective on or before the date, whatever their order", () => {
    expect(rollInForce(entries, "2026-05-31")?.officialMembers).toBe(9);
    expect(rollInForce(entries, "2026-06-01")?.officialMembers).toBe(12);
    expect(rollInForce(entries, "2026-12-31")?.officialMembers).toBe(12);
    expect(rollInForce(entries, "2027-03-01")?.officialMembers).toBe(15);
  });

  it("is the earliest entry before the first one, and none without entries", () => {
    expect(rollInForce(entries, "1980-01-01")?.officialMembers).toBe(9);
    expect(rollInForce([], "2026-01-01")).toBeNull();
  });

  it("governs the votes until the next entry", () => {
    expect(nextRollChange(entries, "2026-06-01")).toBe("2027-01-01");
    expect(nextRollChange(entries, "2026-05-01")).toBe("2026-06-01");
    expect(nextRollChange(entries, "2027-01-01")).toBeNull();
  });

  it("keeps the figures an edit does not give, and says what changed", () => {
    const before = { officialMembers: 9, totalMembers: 11, committeeMembers: 3, hasYouthUnion: false };
    const after = mergeRoll(before, { officialMembers: 10, hasYouthUnion: true });
    expect(after).toEqual({ officialMembers: 10, totalMembers: 11, committeeMembers: 3, hasYouthUnion: true });
    expect(rollChanges(before, after)).toEqual({ officialMembers: { from: 9, to: 10 }, hasYouthUnion: { from: false, to: true } });
    expect(rollChanges(before, before)).toEqual({});
  });

  it("adds up the members of merged units but keeps the target's committee", () => {
    expect(
      mergedRoll(
        { officialMembers: 9, totalMembers: 11, committeeMembers: 3, hasYouthUnion: false },
        { officialMembers: 5, totalMembers: 6, committeeMembers: 1, hasYouthUnion: true },
      ),
    ).toEqual({ officialMembers: 14, totalMembers: 17, committeeMembers: 3, hasYouthUnion: true });
  });
});

describe("a roll that contradicts the record", () => {
  const roll = { officialMembers: 7, totalMembers: 9, committeeMembers: 5, hasYouthUnion: false };

  it("is refused below the largest vote it governs, per body", () => {
    expect(
      rollProblems(roll, [
        { body: "branch", date: "2026-05-10", voters: 7 },
        { body: "branch", date: "2026-05-20", voters: 8 },
        { body: "committee", date: "2026-05-25", voters: 6 },
      ]),
    ).toEqual([
      { path: "officialMembers", key: "rollBelowVotes", votes: 8, date: "2026-05-20" },
      { path: "committeeMembers", key: "rollBelowVotes", votes: 6, date: "2026-05-25" },
    ]);
  });

  it("is accepted when every vote fits, and refused with fewer members than official members", () => {
    expect(
      rollProblems(roll, [
        { body: "branch", date: "2026-05-10", voters: 7 },
        { body: "committee", date: "2026-05-10", voters: 5 },
      ]),
    ).toEqual([]);
    expect(rollProblems({ ...roll, totalMembers: 6 }, [])).toEqual([{ path: "totalMembers", key: "totalBelowOfficial" }]);
  });
});

describe("refusals that name the roll", () => {
  it("mark the roll reasons with the unit to correct, and leave the others as they are", () => {
    const marked = withRollUnit(
      [
        { code: "ROLL_MISMATCH", params: { supplied: 9, recorded: 12 } },
        { code: "CERTIFICATE_MISSING" },
        { code: "VOTE_BELOW_TWO_THIRDS", params: { votesFor: 5 } },
      ],
      { unitId: "u1", body: "branch" },
    );
    expect(marked).toEqual([
      { code: "ROLL_MISMATCH", params: { supplied: 9, recorded: 12, rollBody: "branch", rollUnit: "u1" } },
      { code: "CERTIFICATE_MISSING" },
      { code: "VOTE_BELOW_TWO_THIRDS", params: { votesFor: 5, rollBody: "branch", rollUnit: "u1" } },
    ]);
    expect(withRollUnit([{ code: "COMMITTEE_SIZE_MISMATCH" }], { unitId: null, body: "committee" })).toEqual([
      { code: "COMMITTEE_SIZE_MISMATCH", params: { rollBody: "committee" } },
    ]);
  });

  it("count the committee review's vote against the committee, every other vote against the branch", () => {
    expect(rollBodyOfStage("COMMITTEE_REVIEW")).toBe("committee");
    expect(rollBodyOfStage("BRANCH_VOTE")).toBe("branch");
    expect(rollBodyOfStage("PROBATION")).toBe("branch");
  });
});

describe("the roll hint of a refused step (components/pipeline/step-result.ts)", () => {
  const uuid = "0b6f1a52-2f0e-4a43-9d3c-2f3a5c9e7d11";
  const t = ((key: string) => key) as unknown as Parameters<typeof stepRefusal>[1];
  const failure = (messages: string[]) =>
    ({ ok: false, code: "TRANSITION_NOT_ALLOWED", messageKey: "TRANSITION_NOT_ALLOWED", details: messages.map((message) => ({ path: "", message })) }) as const;

  it("follows the unmet rules once, naming the unit to correct when the server gave one", () => {
    const refused = stepRefusal(
      failure([
        `rules.CERTIFICATE_MISSING`,
        `rules.ROLL_MISMATCH|supplied=9&recorded=12&rollBody=branch&rollUnit=${uuid}`,
        `rules.VOTE_BELOW_TWO_THIRDS|votesFor=5&rollBody=branch&rollUnit=${uuid}`,
      ]),
      t,
      () => false,
    );
    expect(refused.reasons).toEqual([
      "rules.CERTIFICATE_MISSING",
      "rules.ROLL_MISMATCH",
      "rules.VOTE_BELOW_TWO_THIRDS",
      { kind: "rollHint", body: "branch", unitId: uuid },
    ]);
    expect(refused.belowTwoThirds).toBe(true);
  });

  it("says who corrects a committee's size without a link when the caller may not open it, and nothing for other refusals", () => {
    expect(rollHintOf([{ message: "rules.COMMITTEE_SIZE_MISMATCH|supplied=9&recorded=6&rollBody=committee" }])).toEqual({
      kind: "rollHint",
      body: "committee",
      unitId: null,
    });
    expect(rollHintOf([{ message: "rules.ROLL_MISMATCH|rollBody=branch&rollUnit=not-an-id" }])).toEqual({ kind: "rollHint", body: "branch", unitId: null });
    expect(rollHintOf([{ message: "rules.CERTIFICATE_MISSING" }, { message: "rules.ROLL_MISMATCH|supplied=9&recorded=12" }])).toBeNull();
    expect(stepRefusal(failure(["rules.CERTIFICATE_MISSING"]), t, () => false).reasons).toEqual(["rules.CERTIFICATE_MISSING"]);
  });
});
