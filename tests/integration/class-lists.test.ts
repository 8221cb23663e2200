import { beforeEach, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { countLearners } from "@/lib/db/courses";
import { testSessionsOverview, testSessionWorkspace } from "@/lib/services/classes/awareness-tests";
import { COURSES_PER_PAGE } from "@/lib/services/classes/course-list-params";
import { courseWorkspace, coursesOverview } from "@/lib/services/classes/courses";
import { actorFor, buildTree, insertCandidate, resetDb, type Tree } from "./support/fixtures";

/**
 * The class list a committee reads on a phone: a year at a time (this year and the ones to come by
 * default), a page at a time, each class with its head count and the part of it in the reader's
 * units; and the awareness-test page of those who do not hold tests.
 */

let tree: Tree;

beforeEach(async () => {
  await resetDb();
  tree = await buildTree();
});

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const TODAY = "2026-06-15";

async function course(unitId: string, name: string, start: string, end: string) {
  return prisma.course.create({ data: { kind: "AWARENESS", name, unitId, startDate: day(start), endDate: day(end) } });
}

describe("the class list", () => {
  it("shows this year's classes and the ones to come by default, one year when asked, or all of them", async () => {
    await course(tree.SUP.id, "Lớp 2024", "2024-03-04", "2024-03-08");
    await course(tree.SUP.id, "Lớp 2025", "2025-05-05", "2025-05-09");
    await course(tree.SUP.id, "Lớp qua năm mới", "2025-12-29", "2026-01-02");
    await course(tree.SUP.id, "Lớp 2026", "2026-04-06", "2026-04-10");
    await course(tree.SUP.id, "Lớp 2027", "2027-02-01", "2027-02-05");
    const staff = await actorFor("GRASSROOTS_STAFF", tree.G1.id);
    const names = async (year: "current" | "all" | number) => (await coursesOverview({ actor: staff, year, today: TODAY })).items.map((c) => c.name);

    // Newest first; a class still running on 1 January counts for the new year.
    expect(await names("current")).toEqual(["Lớp 2027", "Lớp 2026", "Lớp qua năm mới"]);
    expect(await names(2025)).toEqual(["Lớp qua năm mới", "Lớp 2025"]);
    expect(await names(2024)).toEqual(["Lớp 2024"]);
    expect(await names(2023)).toEqual([]);
    expect(await names("all")).toHaveLength(5);
    const overview = await coursesOverview({ actor: staff, year: "current", today: TODAY });
    expect(overview).toMatchObject({ total: 3, page: 1, pageSize: COURSES_PER_PAGE, year: "current" });
    // The years offered run from the latest class back to the earliest.
    expect(overview.years).toEqual([2027, 2026, 2025, 2024]);
  });

  it("pages through the classes on the server and counts only the classes the caller may see", async () => {
    await prisma.course.createMany({
      data: Array.from({ length: 2 * COURSES_PER_PAGE + 5 }, (_, i) => ({
        kind: "AWARENESS" as const,
        name: `Lớp ${String(i).padStart(2, "0")}`,
        unitId: tree.G1.id,
        startDate: new Date(Date.UTC(2026, 0, 5 + i)),
        endDate: new Date(Date.UTC(2026, 0, 6 + i)),
      })),
    });
    await course(tree.G2.id, "Lớp của G2", "2026-03-02", "2026-03-06");
    const staff = await actorFor("GRASSROOTS_STAFF", tree.G1.id);

    const first = await coursesOverview({ actor: staff, year: "current", today: TODAY });
    expect(first.total).toBe(2 * COURSES_PER_PAGE + 5);
    expect(first.items).toHaveLength(COURSES_PER_PAGE);
    expect(first.items[0]!.name).toBe(`Lớp ${2 * COURSES_PER_PAGE + 4}`);
    const last = await coursesOverview({ actor: staff, year: "current", page: 3, today: TODAY });
    expect(last.items.map((c) => c.name)).toEqual(["Lớp 04", "Lớp 03", "Lớp 02", "Lớp 01", "Lớp 00"]);
    // A page past the end (an old link) shows the last page.
    expect(await coursesOverview({ actor: staff, year: "current", page: 9, today: TODAY })).toMatchObject({ page: 3, items: last.items });
    const everyName = [1, 2, 3].map((page) => coursesOverview({ actor: staff, year: "current", page, today: TODAY }));
    expect((await Promise.all(everyName)).flatMap((p) => p.items.map((c) => c.name))).not.toContain("Lớp của G2");
  });

  it("counts every learner of a class and, apart, those in the reader's units, on the list and on the class page", async () => {
    const bloc = await course(tree.SUP.id, "Lớp của Khối", "2026-08-03", "2026-08-07");
    const g1a = await insertCandidate(tree.B1.id, "Người G1 Một", { stage: "TRAINING" });
    const g1b = await insertCandidate(tree.B3.id, "Người G1 Hai", { stage: "TRAINING" });
    const g2 = await insertCandidate(tree.B4.id, "Người G2", { stage: "TRAINING" });
    await prisma.enrolment.createMany({ data: [g1a, g1b, g2].map((c) => ({ courseId: bloc.id, candidateId: c.id })) });
    const staff = await actorFor("GRASSROOTS_STAFF", tree.G1.id);
    const secretary = await actorFor("BRANCH_SECRETARY", tree.B1.id);
    const blocStaff = await actorFor("SUPERIOR_STAFF", tree.SUP.id);

    const card = async (actor: typeof staff) => (await coursesOverview({ actor, year: "all", today: TODAY })).items[0];
    expect(await card(staff)).toMatchObject({ name: "Lớp của Khối", enrolled: 2, enrolledTotal: 3 });
    expect(await card(secretary)).toMatchObject({ enrolled: 1, enrolledTotal: 3 });
    expect(await card(blocStaff)).toMatchObject({ enrolled: 3, enrolledTotal: 3 });

    const page = await courseWorkspace({ actor: secretary, id: bloc.id });
    expect(page.enrolledTotal).toBe(3);
    expect(page.course.enrolments.map((e) => e.fullName)).toEqual(["Người G1 Một"]);
  });

  it("gives no head count for a class the caller cannot see", async () => {
    const other = await course(tree.G2.id, "Lớp của G2", "2026-03-02", "2026-03-06");
    await prisma.enrolment.create({ data: { courseId: other.id, candidateId: (await insertCandidate(tree.B4.id, "Người G2", { stage: "TRAINING" })).id } });
    const staff = await actorFor("GRASSROOTS_STAFF", tree.G1.id);
    const g2 = await actorFor("GRASSROOTS_STAFF", tree.G2.id);
    expect([...(await countLearners(staff.scope, [other.id]))]).toEqual([]);
    expect([...(await countLearners(g2.scope, [other.id]))]).toEqual([[other.id, 1]]);
  });
});

describe("the awareness-test page of those who do not hold tests", () => {
  it("tells a grassroots committee who holds the tests, how many of its people wait, and how they did in the bloc's sessions", async () => {
    await prisma.unit.update({ where: { id: tree.SUP.id }, data: { runsAwarenessTest: true } });
    const session = await prisma.awarenessTestSession.create({ data: { unitId: tree.SUP.id, name: "Sát hạch của Khối", date: day("2026-05-20") } });
    const own = await insertCandidate(tree.B1.id, "Người Của G1");
    const waiting = await insertCandidate(tree.B2.id, "Người Chờ Sát Hạch");
    const other = await insertCandidate(tree.B4.id, "Người Của G2");
    await prisma.candidate.updateMany({ where: { id: { in: [waiting.id, other.id] } }, data: { stage: "AWARENESS_TEST" } });
    await prisma.awarenessTestResult.createMany({
      data: [
        { sessionId: session.id, candidateId: own.id, outcome: "PASSED" },
        { sessionId: session.id, candidateId: other.id, outcome: "ESSAY_RETEST" },
      ],
    });
    const staff = await actorFor("GRASSROOTS_STAFF", tree.G1.id);

    const page = await testSessionsOverview({ actor: staff });
    expect(page.councils).toEqual([]);
    expect(page.items).toEqual([]);
    expect(page.organisers.map((u) => u.name)).toEqual(["Đơn vị SUP"]);
    expect(page.waitingTotal).toBe(1);
    expect(page.elsewhere).toEqual([
      {
        id: session.id,
        name: "Sát hạch của Khối",
        date: "2026-05-20",
        unitName: "Đơn vị SUP",
        results: [{ id: expect.any(String), fullName: "Người Của G1", outcome: "PASSED", round: 1 }],
      },
    ]);

    // The bloc opens its own sessions: they are in its list, not "elsewhere".
    const bloc = await actorFor("SUPERIOR_STAFF", tree.SUP.id);
    const blocPage = await testSessionsOverview({ actor: bloc });
    expect(blocPage.councils.map((u) => u.id)).toEqual([tree.SUP.id]);
    expect(blocPage.items.map((s) => s.name)).toEqual(["Sát hạch của Khối"]);
    expect(blocPage.elsewhere).toEqual([]);
  });

  it("says nobody holds tests where no committee in reach has a council", async () => {
    const staff = await actorFor("GRASSROOTS_STAFF", tree.G1.id);
    expect(await testSessionsOverview({ actor: staff })).toMatchObject({ organisers: [], councils: [], items: [], elsewhere: [], waitingTotal: 0 });
  });

  it("names the session's council and whether the reader may record results", async () => {
    await prisma.unit.update({ where: { id: tree.SUP.id }, data: { runsAwarenessTest: true } });
    const session = await prisma.awarenessTestSession.create({ data: { unitId: tree.SUP.id, name: "Sát hạch", date: day("2026-05-20") } });
    const bloc = await actorFor("SUPERIOR_STAFF", tree.SUP.id);
    const viewer = await actorFor("VIEWER", tree.SUP.id);
    expect(await testSessionWorkspace({ actor: bloc, id: session.id })).toMatchObject({ unitName: "Đơn vị SUP", canRecord: true });
    expect(await testSessionWorkspace({ actor: viewer, id: session.id })).toMatchObject({ canRecord: false });
  });
});
