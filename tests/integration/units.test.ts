/**
 * The unit tree as its keepers change it (issue 11): creating, editing, moving and merging units,
 * each in the caller's scope and for the roles allowed (lib/domain/unit-rules.ts), rolls kept as
 * history and refused below the votes on record, the roll-ups still equal to a rebuild from scratch
 * after a move, and an audit entry for every change.
 */
import { beforeEach, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { loadActor, type Actor } from "@/lib/auth/actor";
import type { RoleCode } from "@/lib/domain/codes";
import { createUnit } from "@/lib/services/units/create-unit";
import { getUnit } from "@/lib/services/units/get-unit";
import { mergeUnit } from "@/lib/services/units/merge-unit";
import { rethrowUnitWrite } from "@/lib/services/units/unit-errors";
import { updateUnit } from "@/lib/services/units/update-unit";
import { actorFor, buildTree, expectAppError, insertCandidate, recordMove, resetDb, type Tree } from "./support/fixtures";

let tree: Tree;
const today = "2026-11-24";

beforeEach(async () => {
  await resetDb();
  tree = await buildTree();
});

const key = (e: { message: string }) => e.message.split("|")[0];
const version = async (id: string) => (await prisma.unit.findUniqueOrThrow({ where: { id } })).version;
const audits = (where: Record<string, unknown> = {}) => prisma.auditEvent.findMany({ where, orderBy: { id: "asc" } });
/** The actor again, with a scope built from the tree as it is now (a scope is cached per tree stamp). */
const reload = async (actor: Actor) => (await loadActor(actor.userId))!;
const as = (role: RoleCode, unit: keyof Tree) => actorFor(role, tree[unit].id);

describe("creating units", () => {
  it("adds a unit of a kind that fits under a parent the caller writes, with its first roll, audited", async () => {
    const staff = await as("GRASSROOTS_STAFF", "G1");
    const created = await createUnit({
      actor: staff,
      input: { parentId: tree.P1.id, code: "B5", name: "Chi bộ 5", kind: "BRANCH", officialMembers: "7", totalMembers: "9" },
      today,
    });
    expect(created).toMatchObject({
      code: "B5",
      kind: "BRANCH",
      parentId: tree.P1.id,
      version: 1,
      roll: { effectiveFrom: today, officialMembers: 7, totalMembers: 9 },
    });
    const row = await prisma.unit.findUniqueOrThrow({ where: { id: created.id } });
    expect(row.path).toBe(`${tree.P1.path}${created.id}/`);
    expect(await prisma.unitRoll.findMany({ where: { unitId: created.id }, select: { officialMembers: true, totalMembers: true } })).toEqual([
      { officialMembers: 7, totalMembers: 9 },
    ]);
    expect(await audits({ entityId: created.id })).toMatchObject([{ kind: "UNIT", action: "CREATED", unitId: created.id, actorId: staff.userId }]);
    // Its own page, once the caller's scope knows it.
    expect(await getUnit({ actor: await reload(staff), id: created.id, today })).toMatchObject({
      code: "B5",
      may: { fields: ["name", "code", "place", "parent", "roll"] },
    });
  });

  it("refuses a kind that does not fit, a parent outside the scope, a taken code, and roles that do not create", async () => {
    const staff = await as("GRASSROOTS_STAFF", "G1");
    const body = { code: "X1", name: "Đơn vị X", kind: "BRANCH" };
    expect(key((await expectAppError(createUnit({ actor: staff, input: { ...body, parentId: tree.B1.id }, today }))).details[0]!)).toBe("unitKindNotAllowed");
    expect(
      key((await expectAppError(createUnit({ actor: staff, input: { ...body, parentId: tree.G1.id, kind: "GRASSROOTS_COMMITTEE" }, today }))).details[0]!),
    ).toBe("unitKindNotAllowed");
    expect((await expectAppError(createUnit({ actor: staff, input: { ...body, parentId: tree.G2.id }, today }))).code).toBe("NOT_FOUND");
    expect((await expectAppError(createUnit({ actor: staff, input: { ...body, parentId: null, kind: "SUPERIOR_COMMITTEE" }, today }))).code).toBe(
      "VALIDATION_FAILED",
    );
    const taken = await expectAppError(createUnit({ actor: staff, input: { ...body, parentId: tree.G1.id, code: "B1" }, today }));
    expect([taken.code, taken.messageKey]).toEqual(["CONFLICT", "UNIT_CODE_TAKEN"]);
    expect((await expectAppError(createUnit({ actor: await as("BRANCH_SECRETARY", "B1"), input: { ...body, parentId: tree.B1.id }, today }))).code).toBe(
      "FORBIDDEN",
    );
    expect((await expectAppError(createUnit({ actor: await as("VIEWER", "G1"), input: { ...body, parentId: tree.G1.id }, today }))).code).toBe("FORBIDDEN");
    expect(await prisma.unit.count({ where: { code: "X1" } })).toBe(0);
    expect(await prisma.auditEvent.count()).toBe(0);
    // Superior staff add a grassroots branch under the bloc; administrators start a new tree.
    await createUnit({ actor: await as("SUPERIOR_STAFF", "SUP"), input: { ...body, parentId: tree.SUP.id, kind: "GRASSROOTS_BRANCH" }, today });
    const root = await createUnit({
      actor: await as("ADMIN", "SUP"),
      input: { code: "SUP9", name: "Khối 9", kind: "SUPERIOR_COMMITTEE", parentId: null },
      today,
    });
    expect(root.parentId).toBeNull();
  });
});

describe("editing a unit", () => {
  it("lets a branch secretary change the roll of their own branch, and only that", async () => {
    const secretary = await as("BRANCH_SECRETARY", "B1");
    const edited = await updateUnit({
      actor: secretary,
      id: tree.B1.id,
      input: { version: 1, officialMembers: 11, totalMembers: 13, effectiveFrom: "01/11/2026", note: "Chuyển đến 2 đảng viên" },
      today,
    });
    expect(edited).toMatchObject({ version: 2, roll: { effectiveFrom: "2026-11-01", officialMembers: 11, totalMembers: 13 } });
    expect(await prisma.unit.findUniqueOrThrow({ where: { id: tree.B1.id } })).toMatchObject({ officialMembers: 11, totalMembers: 13 });
    // The roll as it stood before becomes the first entry, so that earlier votes keep their base.
    expect(edited.rollHistory.map((e) => [e.effectiveFrom, e.officialMembers])).toEqual([
      ["2026-11-01", 11],
      ["1990-01-01", 9],
    ]);
    expect(await audits({ unitId: tree.B1.id })).toMatchObject([
      {
        kind: "UNIT",
        action: "ROLL_CHANGED",
        actorId: secretary.userId,
        changes: { effectiveFrom: { to: "2026-11-01" }, officialMembers: { from: 9, to: 11 }, totalMembers: { from: 9, to: 13 } },
      },
    ]);
    const rename = await expectAppError(updateUnit({ actor: secretary, id: tree.B1.id, input: { version: 2, name: "Tên mới" }, today }));
    expect([rename.code, rename.messageKey]).toEqual(["FORBIDDEN", "UNIT_ROLL_ONLY"]);
    // The same name again is no change at all.
    await updateUnit({ actor: secretary, id: tree.B1.id, input: { version: 2, name: tree.B1.name }, today });
    expect(
      (await expectAppError(updateUnit({ actor: secretary, id: tree.B2.id, input: { version: 1, officialMembers: 3, effectiveFrom: today }, today }))).code,
    ).toBe("NOT_FOUND");
    expect(
      (
        await expectAppError(
          updateUnit({ actor: await as("VIEWER", "B1"), id: tree.B1.id, input: { version: 2, officialMembers: 3, effectiveFrom: today }, today }),
        )
      ).code,
    ).toBe("FORBIDDEN");
    expect(await version(tree.B1.id)).toBe(2);
  });

  it("lets grassroots staff rename and move the units of their subtree, but not move their own unit or leave their scope", async () => {
    const staff = await as("GRASSROOTS_STAFF", "G1");
    await updateUnit({ actor: staff, id: tree.G1.id, input: { version: 1, name: "Đảng bộ Sở Tư pháp", place: "Thanh Hóa" }, today });
    const moved = await updateUnit({ actor: staff, id: tree.B3.id, input: { version: 1, parentId: tree.P1.id, code: "B3-P1" }, today });
    expect(moved).toMatchObject({ parentId: tree.P1.id, code: "B3-P1", version: 2 });
    expect((await prisma.unit.findUniqueOrThrow({ where: { id: tree.B3.id } })).path).toBe(`${tree.P1.path}${tree.B3.id}/`);
    const own = await expectAppError(updateUnit({ actor: staff, id: tree.G1.id, input: { version: 2, parentId: tree.G2.id }, today }));
    expect([own.code, own.messageKey]).toEqual(["FORBIDDEN", "UNIT_OWN_HOME"]);
    expect((await expectAppError(updateUnit({ actor: staff, id: tree.B3.id, input: { version: 2, parentId: tree.G2.id }, today }))).code).toBe("NOT_FOUND");
    expect((await expectAppError(updateUnit({ actor: staff, id: tree.B4.id, input: { version: 1, name: "X" }, today }))).code).toBe("NOT_FOUND");
    const stale = await expectAppError(updateUnit({ actor: staff, id: tree.B3.id, input: { version: 1, name: "Chi bộ 3 mới" }, today }));
    expect([stale.code, stale.messageKey]).toEqual(["CONFLICT", "STALE_VERSION"]);
    expect(
      (await audits()).map((a) => [
        a.action,
        a.unitId,
        Object.keys(a.changes as object)
          .sort()
          .join(","),
      ]),
    ).toEqual([
      ["UPDATED", tree.G1.id, "name,place"],
      ["UPDATED", tree.B3.id, "code"],
      ["MOVED", tree.B3.id, "parentId"],
    ]);
  });

  it("refuses a move that would make a cycle or put a kind where it does not fit", async () => {
    const superior = await as("SUPERIOR_STAFF", "SUP");
    const cycle = await expectAppError(updateUnit({ actor: superior, id: tree.G1.id, input: { version: 1, parentId: tree.P1.id }, today }));
    expect(cycle.details.map(key)).toEqual(["unitCycle"]);
    const kind = await expectAppError(updateUnit({ actor: superior, id: tree.P1.id, input: { version: 1, parentId: tree.SUP.id }, today }));
    expect(kind.details.map(key)).toEqual(["unitKindNotAllowed"]);
    const admin = await as("ADMIN", "SUP");
    expect((await expectAppError(updateUnit({ actor: admin, id: tree.SUP.id, input: { version: 1, parentId: tree.G2.id }, today }))).details.map(key)).toEqual([
      "unitCycle",
    ]);
    expect((await expectAppError(updateUnit({ actor: admin, id: tree.G1.id, input: { version: 1, parentId: tree.G1.id }, today }))).details.map(key)).toEqual([
      "unitCycle",
    ]);
    expect(await prisma.unit.findMany({ where: { version: { gt: 1 } } })).toEqual([]);
    expect(await prisma.auditEvent.count()).toBe(0);
    // A cycle only the database sees (a race with another move) gets the same answer, not a 500.
    const raced = await prisma.unit.update({ where: { id: tree.G1.id }, data: { parentId: tree.B1.id } }).catch((e: unknown) => e);
    const answer = await expectAppError(Promise.resolve().then(() => rethrowUnitWrite(raced)));
    expect([answer.code, answer.details.map(key)]).toEqual(["VALIDATION_FAILED", ["unitCycle"]]);
  });

  it("refuses a roll below the members who voted in a resolution it would govern", async () => {
    const staff = await as("GRASSROOTS_STAFF", "G1");
    const c = await insertCandidate(tree.B1.id, "Người Bỏ Phiếu");
    await prisma.resolution.create({
      data: {
        candidateId: c.id,
        kind: "BRANCH_ADMISSION",
        unitId: tree.B1.id,
        date: new Date("2026-05-10T00:00:00Z"),
        membersOnRoll: 9,
        votesFor: 8,
        votesAgainst: 1,
        passed: true,
      },
    });
    await prisma.resolution.create({
      data: {
        candidateId: c.id,
        kind: "GRASSROOTS_ADMISSION",
        unitId: tree.G1.id,
        date: new Date("2026-05-20T00:00:00Z"),
        membersOnRoll: 9,
        votesFor: 7,
        passed: true,
      },
    });
    const below = await expectAppError(
      updateUnit({ actor: staff, id: tree.B1.id, input: { version: 1, officialMembers: 8, totalMembers: 10, effectiveFrom: "2026-05-01" }, today }),
    );
    expect(below.code).toBe("VALIDATION_FAILED");
    expect(below.details).toEqual([{ path: "officialMembers", message: "rollBelowVotes|votes=9&date=2026-05-10" }]);
    // A roll from after the vote governs later votes only.
    await updateUnit({ actor: staff, id: tree.B1.id, input: { version: 1, officialMembers: 8, totalMembers: 10, effectiveFrom: "2026-05-11" }, today });
    // The committee's size is checked against the committee's own votes.
    const committee = await expectAppError(
      updateUnit({ actor: staff, id: tree.G1.id, input: { version: 1, committeeMembers: 5, effectiveFrom: "2026-01-01" }, today }),
    );
    expect(committee.details).toEqual([{ path: "committeeMembers", message: "rollBelowVotes|votes=7&date=2026-05-20" }]);
    const total = await expectAppError(
      updateUnit({ actor: staff, id: tree.B2.id, input: { version: 1, officialMembers: 12, totalMembers: 10, effectiveFrom: today }, today }),
    );
    expect(total.details.map(key)).toEqual(["totalBelowOfficial"]);
    // Before a later entry (from 11/05), the window ends there: a vote after it does not bind a roll from 01/05.
    await prisma.resolution.deleteMany({ where: { kind: "BRANCH_ADMISSION" } });
    await prisma.resolution.create({
      data: {
        candidateId: c.id,
        kind: "BRANCH_ADMISSION",
        unitId: tree.B1.id,
        date: new Date("2026-06-10T00:00:00Z"),
        membersOnRoll: 8,
        votesFor: 8,
        passed: true,
      },
    });
    await updateUnit({ actor: staff, id: tree.B1.id, input: { version: 2, officialMembers: 6, totalMembers: 8, effectiveFrom: "2026-05-01" }, today });
    expect((await getUnit({ actor: staff, id: tree.B1.id, today })).rollHistory.map((e) => [e.effectiveFrom, e.officialMembers])).toEqual([
      ["2026-05-11", 8],
      ["2026-05-01", 6],
      ["1990-01-01", 9],
    ]);
  });

  it("keeps a roll entered ahead of its date out of the unit's columns until then", async () => {
    const staff = await as("GRASSROOTS_STAFF", "G1");
    const unit = await updateUnit({
      actor: staff,
      id: tree.B2.id,
      input: { version: 1, officialMembers: 20, totalMembers: 22, effectiveFrom: "2027-01-01" },
      today,
    });
    expect(unit.roll).toMatchObject({ effectiveFrom: "1990-01-01", officialMembers: 9 });
    expect(unit.rollHistory[0]).toMatchObject({ effectiveFrom: "2027-01-01", officialMembers: 20, upcoming: true });
    expect(await prisma.unit.findUniqueOrThrow({ where: { id: tree.B2.id } })).toMatchObject({ officialMembers: 9, version: 2 });
    expect((await getUnit({ actor: staff, id: tree.B2.id, today: "2027-01-02" })).roll).toMatchObject({ officialMembers: 20, totalMembers: 22 });
  });
});

// ---------------------------------------------------------------------------------------------
// Roll-ups after a move

/** Both roll-up tables, rows with counts only, in a stable order. */
async function rollups() {
  const exits = await prisma.$queryRaw<unknown[]>`
    SELECT "unitId"::text, stage::text, month::text, forward, exits, b0, b1, b2, b3, b4, b5, b6, b7, b8, b9, b10, b11, b12
    FROM "StageExitRollup" WHERE forward <> 0 OR exits <> 0 ORDER BY 1, 2, 3`;
  const counts = await prisma.$queryRaw<unknown[]>`SELECT "unitId"::text, stage::text, count FROM "UnitStageCount" WHERE count <> 0 ORDER BY 1, 2`;
  return { exits, counts };
}

/** The same computed from scratch: the migrations' own rebuild of the stage-exit roll-up, and a GROUP BY over the candidates. */
async function rebuilt() {
  const before = await rollups();
  await prisma.$executeRaw`SELECT stage_exit_rollup_rebuild()`;
  const exits = (await rollups()).exits;
  const counts = await prisma.$queryRaw<unknown[]>`SELECT "unitId"::text, stage::text, count(*)::int AS count FROM "Candidate" GROUP BY 1, 2 ORDER BY 1, 2`;
  return { before, after: { exits, counts } };
}

async function pipelineIn(unitId: string, name: string) {
  const c = await insertCandidate(unitId, name);
  await prisma.candidateEvent.create({
    data: { candidateId: c.id, kind: "CREATED", changes: { sourceDate: { from: null, to: "2026-01-05" } }, at: new Date("2026-01-05T03:00:00Z") },
  });
  await recordMove(c.id, "SOURCE", "SYMPATHIZER", "2026-02-10");
  await recordMove(c.id, "SYMPATHIZER", "TRAINING", "2026-04-20");
  return c;
}

describe("roll-ups after a move", () => {
  it("equal a rebuild from scratch after a subtree moves to another grassroots committee, and follow it on the dashboards", async () => {
    await pipelineIn(tree.B1.id, "Người Một");
    await pipelineIn(tree.B2.id, "Người Hai");
    await pipelineIn(tree.B4.id, "Người Bốn");
    const forwardAt = async (unitId: string) => (await prisma.stageExitRollup.aggregate({ where: { unitId }, _sum: { forward: true } }))._sum.forward ?? 0;
    expect([await forwardAt(tree.G1.id), await forwardAt(tree.G2.id), await forwardAt(tree.SUP.id)]).toEqual([4, 2, 6]);

    const superior = await as("SUPERIOR_STAFF", "SUP");
    await updateUnit({ actor: superior, id: tree.P1.id, input: { version: 1, parentId: tree.G2.id }, today });
    // P1's moves (B1's and B2's) left G1 for G2; the bloc counts them all once.
    expect([await forwardAt(tree.G1.id), await forwardAt(tree.G2.id), await forwardAt(tree.SUP.id)]).toEqual([0, 6, 6]);
    const { before, after } = await rebuilt();
    expect(before).toEqual(after);

    // Back up a level and across: B1 straight under G1 again.
    await updateUnit({ actor: await reload(superior), id: tree.B1.id, input: { version: 1, parentId: tree.G1.id }, today });
    expect([await forwardAt(tree.G1.id), await forwardAt(tree.G2.id), await forwardAt(tree.P1.id)]).toEqual([2, 4, 2]);
    const again = await rebuilt();
    expect(again.before).toEqual(again.after);
    expect(await audits({ action: "MOVED" })).toHaveLength(2);
  });
});

// ---------------------------------------------------------------------------------------------
// Merging

describe("merging a unit into another", () => {
  it("moves its candidates (with a transfer each), children, accounts and quotas, adds its members to the roll, and dissolves it", async () => {
    const superior = await as("SUPERIOR_STAFF", "SUP");
    const c1 = await insertCandidate(tree.B3.id, "Người Ba Một");
    await recordMove(c1.id, "SOURCE", "SYMPATHIZER", "2026-02-10");
    const c2 = await insertCandidate(tree.B3.id, "Người Ba Hai");
    const secretary = await as("BRANCH_SECRETARY", "B3");
    await prisma.unit.update({ where: { id: tree.B3.id }, data: { officialMembers: 4, totalMembers: 5 } });
    await prisma.quota.create({ data: { unitId: tree.B3.id, startYear: 2026, endYear: 2026, target: 2 } });
    await prisma.quota.create({ data: { unitId: tree.B3.id, startYear: 2027, endYear: 2027, target: 3 } });
    await prisma.quota.create({ data: { unitId: tree.B1.id, startYear: 2026, endYear: 2026, target: 4 } });

    const clash = await expectAppError(
      mergeUnit({ actor: superior, id: tree.B3.id, input: { intoUnitId: tree.B1.id, date: "2026-11-02", reason: "Sáp nhập" }, today }),
    );
    expect([clash.code, clash.messageKey, clash.details]).toEqual([
      "CONFLICT",
      "MERGE_QUOTA_CONFLICT",
      [{ path: "keepTargetQuotas", message: "mergeQuotaConflict|period=2026" }],
    ]);
    expect(await prisma.candidate.count({ where: { unitId: tree.B3.id } })).toBe(2);

    const merged = await mergeUnit({
      actor: superior,
      id: tree.B3.id,
      input: { intoUnitId: tree.B1.id, date: "2026-11-02", reason: "Sáp nhập theo Quyết định 12", keepTargetQuotas: true },
      today,
    });
    expect(merged.moved).toEqual({ candidates: 2, children: 0, users: 1, quotas: 1, quotasKept: 1 });
    expect(await prisma.unit.findUniqueOrThrow({ where: { id: tree.B3.id } })).toMatchObject({ active: false, version: 2 });
    for (const c of [c1, c2]) expect(await prisma.candidate.findUniqueOrThrow({ where: { id: c.id } })).toMatchObject({ unitId: tree.B1.id, version: 2 });
    expect(await prisma.user.findUniqueOrThrow({ where: { id: secretary.userId } })).toMatchObject({ unitId: tree.B1.id });
    // Sorted by year and unit label here: the units' ids are random, so the database's order by id is not.
    const quotas = (await prisma.quota.findMany({ select: { unitId: true, startYear: true, target: true } }))
      .map((q) => [q.startYear, q.unitId === tree.B1.id ? "B1" : "B3", q.target] as const)
      .sort((a, b) => a[0] - b[0] || a[1].localeCompare(b[1]));
    expect(quotas).toEqual([
      [2026, "B1", 4],
      [2026, "B3", 2],
      [2027, "B1", 3],
    ]);
    // The transfers are filed under the dissolved unit, with the candidates' earlier history.
    const transfers = await prisma.candidateEvent.findMany({ where: { kind: "TRANSFER" } });
    expect(transfers.map((e) => [e.unitId, (e.changes as { date: string }).date])).toEqual([
      [tree.B3.id, "2026-11-02"],
      [tree.B3.id, "2026-11-02"],
    ]);
    expect((await prisma.candidateEvent.findFirstOrThrow({ where: { candidateId: c1.id, kind: "TRANSITION" } })).unitId).toBe(tree.B3.id);
    // B1's roll adds B3's members from the merge's date.
    expect(
      (await prisma.unitRoll.findMany({ where: { unitId: tree.B1.id }, orderBy: { effectiveFrom: "asc" } })).map((r) => [
        r.effectiveFrom.toISOString().slice(0, 10),
        r.officialMembers,
        r.totalMembers,
      ]),
    ).toEqual([
      ["1990-01-01", 9, 9],
      ["2026-11-02", 13, 14],
    ]);
    expect((await audits()).map((a) => [a.kind, a.action, a.unitId === tree.B1.id ? "B1" : a.unitId === tree.B3.id ? "B3" : a.unitId])).toEqual([
      ["UNIT", "ROLL_CHANGED", "B1"],
      ["UNIT", "DISSOLVED", "B3"],
      ["UNIT", "MERGED", "B1"],
      ["TRANSFER", "TRANSFERRED", "B1"],
      ["TRANSFER", "TRANSFERRED", "B1"],
    ]);
    // Gone from every scope, and from the tree's menus.
    expect((await expectAppError(getUnit({ actor: await reload(superior), id: tree.B3.id, today }))).code).toBe("NOT_FOUND");
    const { before, after } = await rebuilt();
    expect(before).toEqual(after);
  });

  it("moves a partial committee's branches under the grassroots committee it is merged into", async () => {
    const staff = await as("GRASSROOTS_STAFF", "G1");
    await mergeUnit({ actor: staff, id: tree.P1.id, input: { intoUnitId: tree.G1.id, date: "2026-11-02", reason: "Giải thể đảng bộ bộ phận" }, today });
    const units = await prisma.unit.findMany({ where: { id: { in: [tree.B1.id, tree.B2.id] } } });
    for (const u of units) expect(u.path).toBe(`${tree.G1.path}${u.id}/`);
    expect((await audits({ action: "MOVED" })).map((a) => a.unitId).sort()).toEqual([tree.B1.id, tree.B2.id].sort());
  });

  it("refuses the wrong kind, a unit outside the scope, one's own unit, and roles that do not merge", async () => {
    const staff = await as("GRASSROOTS_STAFF", "G1");
    const input = (intoUnitId: string) => ({ intoUnitId, date: "2026-11-02", reason: "Sáp nhập" });
    expect((await expectAppError(mergeUnit({ actor: staff, id: tree.B3.id, input: input(tree.P1.id), today }))).details.map(key)).toEqual([
      "mergeKindMismatch",
    ]);
    expect((await expectAppError(mergeUnit({ actor: staff, id: tree.B3.id, input: input(tree.B3.id), today }))).details.map(key)).toEqual(["mergeIntoSelf"]);
    expect((await expectAppError(mergeUnit({ actor: staff, id: tree.B3.id, input: input(tree.B4.id), today }))).code).toBe("NOT_FOUND");
    expect((await expectAppError(mergeUnit({ actor: staff, id: tree.B4.id, input: input(tree.B3.id), today }))).code).toBe("NOT_FOUND");
    const own = await expectAppError(mergeUnit({ actor: staff, id: tree.G1.id, input: input(tree.G2.id), today }));
    expect([own.code, own.messageKey]).toEqual(["FORBIDDEN", "UNIT_OWN_HOME"]);
    expect((await expectAppError(mergeUnit({ actor: await as("BRANCH_SECRETARY", "B1"), id: tree.B1.id, input: input(tree.B2.id), today }))).code).toBe(
      "FORBIDDEN",
    );
    // A candidate's step dated after the merge would belong to the target: the merge is dated after it.
    const c = await insertCandidate(tree.B3.id, "Người Muộn");
    await prisma.candidate.update({ where: { id: c.id }, data: { stageSince: new Date("2026-11-10T00:00:00Z") } });
    expect((await expectAppError(mergeUnit({ actor: staff, id: tree.B3.id, input: input(tree.B1.id), today }))).details).toEqual([
      { path: "date", message: "transferBeforeStep|date=2026-11-10" },
    ]);
    expect(await prisma.unit.count({ where: { active: false } })).toBe(0);
    expect(await prisma.auditEvent.count()).toBe(0);
  });
});
