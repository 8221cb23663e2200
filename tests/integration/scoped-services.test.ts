import { beforeEach, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import {
  approvedTargets,
  createQuota,
  findLockedUnitName,
  findQuotasWithHistory,
  holdLockChange,
  holdPeriodForFigures,
  insertQuotaChange,
  updateQuotaIfVersion,
} from "@/lib/db/quotas";
import * as rollups from "@/lib/db/rollups";
import { dbFor } from "@/lib/db/scoped";
import { findUnitInScope } from "@/lib/db/units";
import { listTestSessions } from "@/lib/services/classes/awareness-tests";
import { createCourse, getCourse, listCourses } from "@/lib/services/classes/courses";
import { enrolCandidates } from "@/lib/services/classes/enrolments";
import { exportDashboard } from "@/lib/services/dashboard/export";
import { listQuotas, putQuota } from "@/lib/services/quotas/quotas";
import { setQuotaLock } from "@/lib/services/quotas/lock";
import { actorFor, buildTree, expectAppError, insertCandidate, resetDb, type Tree } from "./support/fixtures";

/**
 * The services moved onto the scoped client (quotas, dashboards, classes, awareness tests): what
 * the caller may not see or change is "not found" in lib/db itself, whatever the service checks.
 */
let tree: Tree;

beforeEach(async () => {
  await resetDb();
  tree = await buildTree();
});

const period = { startYear: 2026, endYear: 2026 };

async function quotaRows() {
  return { quotas: await prisma.quota.count(), changes: await prisma.quotaChange.count() };
}

describe("dashboard roll-ups (raw SQL) take the scope and refuse a foreign subtree", () => {
  it("answers 404 from the lib/db function itself for a sibling organisation, a committee above, or a parent whose id and path disagree", async () => {
    const staff = await actorFor("GRASSROOTS_STAFF", tree.G1.id);
    const c = await insertCandidate(tree.B4.id, "Người G2", { stage: "OFFICIAL" });
    await prisma.decision.create({ data: { candidateId: c.id, kind: "ADMISSION", unitId: tree.SUP.id, number: "1", date: new Date("2026-03-02T00:00:00Z") } });
    const calls: [string, (parent: rollups.RollupParent) => Promise<unknown>][] = [
      ["stageCountsByChild", (p) => rollups.stageCountsByChild(staff.scope, p)],
      ["admissionsByChild", (p) => rollups.admissionsByChild(staff.scope, p, "2026-01-01", "2026-12-31")],
      ["liveByChild", (p) => rollups.liveByChild(staff.scope, p, "2026-07-01")],
      ["stageExitsByChild", (p) => rollups.stageExitsByChild(staff.scope, p, "2024-07-01")],
      ["admissionsByMonth", (p) => rollups.admissionsByMonth(staff.scope, p, "2026-01-01", "2026-12-31")],
      ["admittedSubjects", (p) => rollups.admittedSubjects(staff.scope, p, "2026-01-01", "2026-12-31")],
      ["furthestStages", (p) => rollups.furthestStages(staff.scope, p)],
      ["timeInStage", (p) => rollups.timeInStage(staff.scope, p, "2026-07-01")],
      ["unitNamesUnder", (p) => rollups.unitNamesUnder(staff.scope, p, [tree.B4.id])],
    ];
    const forged = { id: tree.G2.id, path: tree.G1.path, depth: tree.G1.depth };
    for (const [name, call] of calls) {
      for (const parent of [tree.G2, tree.SUP, forged]) {
        expect({ name, code: (await expectAppError(call(parent))).code }).toEqual({ name, code: "NOT_FOUND" });
      }
      await call(tree.G1);
    }
    // The same query for the caller's own subtree answers; an administrator reaches any unit.
    expect(await rollups.stageCountsByChild(staff.scope, tree.G1)).toEqual([]);
    const admin = await actorFor("ADMIN", tree.SUP.id);
    expect(await rollups.admissionsByChild(admin.scope, tree.G2, "2026-01-01", "2026-12-31")).toEqual([{ unitId: tree.B4.id, admitted: 1 }]);
  });

  it("names a child deactivated since in the periodic report, although the scoped client no longer sees it", async () => {
    const c = await insertCandidate(tree.B1.id, "Người P1", { stage: "OFFICIAL" });
    await prisma.decision.create({ data: { candidateId: c.id, kind: "ADMISSION", unitId: tree.SUP.id, number: "2", date: new Date("2026-03-02T00:00:00Z") } });
    await prisma.unit.update({ where: { id: tree.P1.id }, data: { active: false } });
    const staff = await actorFor("GRASSROOTS_STAFF", tree.G1.id);
    const csv = (await exportDashboard({ actor: staff, input: { period: "2026", report: "categories", format: "csv" } })).body.toString("utf8");
    expect(csv).toContain("Đơn vị P1,1,");
  });
});

describe("quota writes stay inside the scope", () => {
  it("refuses (404) a figure, a lock or a history entry for a unit outside the scope, in lib/db itself, and writes nothing", async () => {
    const bloc = await actorFor("SUPERIOR_STAFF", tree.SUP.id);
    const staff = await actorFor("GRASSROOTS_STAFF", tree.G1.id);
    await putQuota({ actor: bloc, input: { unitId: tree.G2.id, period: "2026", target: 5 } });
    await putQuota({ actor: bloc, input: { unitId: tree.SUP.id, period: "2026", target: 20, status: "PROPOSED" } });
    const foreignQuota = (await prisma.quota.findFirstOrThrow({ where: { unitId: tree.G2.id } })).id;
    const aboveQuota = (await prisma.quota.findFirstOrThrow({ where: { unitId: tree.SUP.id } })).id;
    const before = await quotaRows();
    const db = dbFor(staff.scope);
    const refusals: [string, () => Promise<unknown>][] = [
      ["create for B4", () => db.$transaction((tx) => createQuota(tx, { unitId: tree.B4.id, startYear: 2026, endYear: 2026, status: "APPROVED", target: 1 }))],
      [
        "create for the committee above",
        () => db.$transaction((tx) => createQuota(tx, { unitId: tree.SUP.id, startYear: 2026, endYear: 2026, status: "APPROVED", target: 1 })),
      ],
      ["update G2's", () => db.$transaction((tx) => updateQuotaIfVersion(tx, foreignQuota, 1, { target: 50 }))],
      // Readable (a committee above the home unit) is not writable.
      ["update the bloc's", () => db.$transaction((tx) => updateQuotaIfVersion(tx, aboveQuota, 1, { target: 50 }))],
      [
        "history on G2's",
        () =>
          db.$transaction((tx) =>
            insertQuotaChange(tx, { quotaId: foreignQuota, actorId: staff.userId, kind: "SET", changes: { target: { from: 5, to: 50 } } }),
          ),
      ],
      ["lock G2", () => db.$transaction((tx) => holdLockChange(tx, staff.scope, tree.G2.id, period))],
      ["figure for B4", () => db.$transaction((tx) => holdPeriodForFigures(tx, staff.scope, tree.B4, period))],
    ];
    for (const [name, call] of refusals) {
      expect({ name, code: (await expectAppError(call())).code }).toEqual({ name, code: "NOT_FOUND" });
    }
    // The service still answers a foreign unit in the body as a field error, and writes nothing either.
    expect((await expectAppError(putQuota({ actor: staff, input: { unitId: tree.B4.id, period: "2026", target: 2 } }))).code).toBe("NOT_FOUND");
    expect((await expectAppError(setQuotaLock({ actor: staff, input: { unitId: tree.B4.id, period: "2026", locked: true } }))).status).toBe(404);
    expect(await quotaRows()).toEqual(before);
    expect((await prisma.quota.findUniqueOrThrow({ where: { id: foreignQuota } })).target).toBe(5);
  });

  it("reads the quotas of the subtree and the period locks of the committees above, never a sibling's quota", async () => {
    const bloc = await actorFor("SUPERIOR_STAFF", tree.SUP.id);
    const secretary = await actorFor("BRANCH_SECRETARY", tree.B1.id);
    const staff = await actorFor("GRASSROOTS_STAFF", tree.G1.id);
    await putQuota({ actor: bloc, input: { unitId: tree.G2.id, period: "2026", target: 5 } });
    await setQuotaLock({ actor: bloc, input: { unitId: tree.G1.id, period: "2026", locked: true } });
    expect(await findQuotasWithHistory(staff.scope, [tree.G2.id], period, 10)).toEqual([]);
    expect(await approvedTargets(staff.scope, [tree.G2.id, tree.G1.id], period)).toEqual([{ unitId: tree.G1.id, target: null }]);
    expect(await findLockedUnitName(secretary.scope, [tree.SUP.id, tree.G1.id, tree.P1.id], period)).toBe("Đơn vị G1");
    // The branch's page shows the lock above it, and the branch's own figure stays frozen.
    expect((await listQuotas({ actor: secretary, input: { period: "2026" } })).items).toMatchObject([{ unitId: tree.B1.id, frozenBy: "Đơn vị G1" }]);
    expect(
      (await expectAppError(putQuota({ actor: secretary, input: { unitId: tree.B1.id, period: "2026", target: 1, status: "PROPOSED" } }))).messageKey,
    ).toBe("PERIOD_LOCKED");
  });

  it("does not offer a committee above the home unit as a unit of the scope, although its rows are readable", async () => {
    const secretary = await actorFor("BRANCH_SECRETARY", tree.B1.id);
    expect(await dbFor(secretary.scope).unit.findUnique({ where: { id: tree.G1.id }, select: { id: true } })).toEqual({ id: tree.G1.id });
    expect(await findUnitInScope(secretary.scope, tree.G1.id)).toBeNull();
    expect((await findUnitInScope(secretary.scope, tree.B1.id))?.id).toBe(tree.B1.id);
  });
});

describe("classes and test sessions count the caller's candidates only", () => {
  it("shows each caller the enrolment total of their own candidates in the class list", async () => {
    const bloc = await actorFor("SUPERIOR_STAFF", tree.SUP.id);
    const staff = await actorFor("GRASSROOTS_STAFF", tree.G1.id);
    const secretary = await actorFor("BRANCH_SECRETARY", tree.B1.id);
    const course = await createCourse({
      actor: bloc,
      input: { kind: "NEW_MEMBER", name: "Lớp đảng viên mới", unitId: tree.SUP.id, startDate: "2026-09-07", endDate: "2026-09-11" },
    });
    const people = [
      await insertCandidate(tree.B1.id, "Người B1"),
      await insertCandidate(tree.B2.id, "Người B2"),
      await insertCandidate(tree.B4.id, "Người B4"),
    ];
    await enrolCandidates({ actor: bloc, courseId: course.id, input: { candidateIds: people.map((p) => p.id), date: "2026-09-07" } });
    const enrolled = async (actor: typeof bloc) => (await listCourses({ actor })).items.find((c) => c.id === course.id)?.enrolled;
    expect(await enrolled(bloc)).toBe(3);
    expect(await enrolled(staff)).toBe(2);
    expect(await enrolled(secretary)).toBe(1);
    expect((await getCourse({ actor: secretary, id: course.id })).enrolments.map((e) => e.fullName)).toEqual(["Người B1"]);
  });

  it("refuses (404) a class for a unit outside the scope and an enrolment of a foreign candidate, from the scoped client", async () => {
    const staff = await actorFor("GRASSROOTS_STAFF", tree.G1.id);
    const day = new Date("2026-09-07T00:00:00Z");
    const { insertCourse, upsertEnrolment } = await import("@/lib/db/courses");
    expect((await expectAppError(insertCourse(staff.scope, { kind: "AWARENESS", name: "x", unitId: tree.G2.id, startDate: day, endDate: day }))).code).toBe(
      "NOT_FOUND",
    );
    const blocCourse = await prisma.course.create({ data: { kind: "NEW_MEMBER", name: "Lớp khối", unitId: tree.SUP.id, startDate: day, endDate: day } });
    const foreign = await insertCandidate(tree.B4.id, "Người Ngoài");
    expect((await expectAppError(upsertEnrolment(staff.scope, blocCourse.id, foreign.id))).code).toBe("NOT_FOUND");
    expect(await prisma.course.count()).toBe(1);
    expect(await prisma.enrolment.count()).toBe(0);
  });

  it("counts a test session's results of the caller's candidates only", async () => {
    const bloc = await actorFor("SUPERIOR_STAFF", tree.SUP.id);
    const staff = await actorFor("GRASSROOTS_STAFF", tree.G1.id);
    const session = await prisma.awarenessTestSession.create({ data: { unitId: tree.G1.id, name: "Đợt 1", date: new Date("2026-05-05T00:00:00Z") } });
    for (const unitId of [tree.B1.id, tree.B4.id]) {
      const c = await insertCandidate(unitId, `Người ${unitId.slice(0, 4)}`);
      await prisma.awarenessTestResult.create({ data: { sessionId: session.id, candidateId: c.id, outcome: "PASSED" } });
    }
    expect((await listTestSessions({ actor: bloc })).items).toMatchObject([{ id: session.id, results: 2 }]);
    expect((await listTestSessions({ actor: staff })).items).toMatchObject([{ id: session.id, results: 1 }]);
  });
});
