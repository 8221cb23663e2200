import { beforeEach, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { foldVi, viSortKey } from "@/lib/domain/text";
import type { StageCode } from "@/lib/domain/stages";
import { listTestSessions, SESSIONS_SHOWN, testSessionsOverview, testSessionWorkspace, WAITING_SHOWN } from "@/lib/services/classes/awareness-tests";
import { COURSES_SHOWN, courseWorkspace, coursesOverview, ELIGIBLE_SHOWN, listCourses } from "@/lib/services/classes/courses";
import { withHistoryTotals } from "@/lib/services/quotas/history";
import { listQuotas, putQuota } from "@/lib/services/quotas/quotas";
import { actorFor, buildTree, resetDb, type Tree } from "./support/fixtures";

/**
 * Lists cut at a fixed length say how long they are in all, so that their pages can show
 * "showing N of M" instead of stopping silently. The totals are counted through the caller's
 * scope, like the lists themselves: another organisation's rows count for nothing.
 */

let tree: Tree;

beforeEach(async () => {
  await resetDb();
  tree = await buildTree();
});

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** `count` candidates at `stage` in a unit, in one insert (names sort as their numbers do). */
async function insertCandidates(unitId: string, stage: StageCode, count: number, prefix: string) {
  await prisma.candidate.createMany({
    data: Array.from({ length: count }, (_, i) => {
      const fullName = `${prefix} ${String(i).padStart(4, "0")}`;
      return {
        unitId,
        fullName,
        searchName: foldVi(fullName),
        sortKey: viSortKey(fullName),
        sex: "FEMALE" as const,
        birthDate: day("2000-05-01"),
        educationLevel: "UNIVERSITY" as const,
        occupationGroup: "CIVIL_SERVANT" as const,
        stage,
        stageSince: day("2026-01-05"),
      };
    }),
  });
}

describe("lists that hold only their first rows report their total", () => {
  it("counts every class visible to the caller beyond the newest COURSES_SHOWN, and none of another organisation's", async () => {
    await prisma.course.createMany({
      data: Array.from({ length: COURSES_SHOWN + 1 }, (_, i) => ({
        kind: "AWARENESS" as const,
        name: `Lớp ${i}`,
        unitId: tree.G1.id,
        startDate: new Date(Date.UTC(2020, 0, 1 + i)),
        endDate: new Date(Date.UTC(2020, 0, 2 + i)),
      })),
    });
    await prisma.course.create({
      data: { kind: "AWARENESS", name: "Lớp của G2", unitId: tree.G2.id, startDate: day("2026-01-05"), endDate: day("2026-01-09") },
    });
    const staff = await actorFor("GRASSROOTS_STAFF", tree.G1.id);
    const list = await listCourses({ actor: staff });
    expect(list.items).toHaveLength(COURSES_SHOWN);
    expect(list.total).toBe(COURSES_SHOWN + 1);
    expect(list.items.map((c) => c.name)).not.toContain("Lớp của G2");
    expect(await coursesOverview({ actor: staff })).toMatchObject({ total: COURSES_SHOWN + 1 });
    const bloc = await actorFor("SUPERIOR_STAFF", tree.SUP.id);
    expect((await listCourses({ actor: bloc })).total).toBe(COURSES_SHOWN + 2);
    // Within the limit, the total is the list's length.
    const g2 = await actorFor("GRASSROOTS_STAFF", tree.G2.id);
    expect(await listCourses({ actor: g2 })).toMatchObject({ items: [{ name: "Lớp của G2" }], total: 1 });
  });

  it("counts every candidate a class page could enrol beyond the first ELIGIBLE_SHOWN", async () => {
    const bloc = await actorFor("SUPERIOR_STAFF", tree.SUP.id);
    const staff = await actorFor("GRASSROOTS_STAFF", tree.G1.id);
    const course = await prisma.course.create({
      data: { kind: "AWARENESS", name: "Lớp nhận thức", unitId: tree.SUP.id, startDate: day("2026-08-03"), endDate: day("2026-08-07") },
    });
    await insertCandidates(tree.B1.id, "SYMPATHIZER", ELIGIBLE_SHOWN + 1, "Cảm Tình");
    await insertCandidates(tree.B4.id, "SYMPATHIZER", 2, "Đơn Vị Khác");
    await insertCandidates(tree.B1.id, "SOURCE", 3, "Nguồn");
    const page = await courseWorkspace({ actor: staff, id: course.id });
    expect(page.eligible).toHaveLength(ELIGIBLE_SHOWN);
    expect(page.eligibleTotal).toBe(ELIGIBLE_SHOWN + 1);
    expect((await courseWorkspace({ actor: bloc, id: course.id })).eligibleTotal).toBe(ELIGIBLE_SHOWN + 3);
    // A read-only caller may enrol no one: nothing listed, nothing counted.
    const viewer = await actorFor("VIEWER", tree.SUP.id);
    expect(await courseWorkspace({ actor: viewer, id: course.id })).toMatchObject({ eligible: [], eligibleTotal: 0 });
  });

  it("counts every test session in the scope beyond the newest SESSIONS_SHOWN", async () => {
    await prisma.awarenessTestSession.createMany({
      data: Array.from({ length: SESSIONS_SHOWN + 1 }, (_, i) => ({ unitId: tree.G1.id, name: `Đợt ${i}`, date: new Date(Date.UTC(2020, 0, 1 + i)) })),
    });
    await prisma.awarenessTestSession.create({ data: { unitId: tree.G2.id, name: "Đợt của G2", date: day("2026-05-05") } });
    const staff = await actorFor("GRASSROOTS_STAFF", tree.G1.id);
    const list = await listTestSessions({ actor: staff });
    expect(list.items).toHaveLength(SESSIONS_SHOWN);
    expect(list.total).toBe(SESSIONS_SHOWN + 1);
    expect((await testSessionsOverview({ actor: staff })).total).toBe(SESSIONS_SHOWN + 1);
    const bloc = await actorFor("SUPERIOR_STAFF", tree.SUP.id);
    expect((await listTestSessions({ actor: bloc })).total).toBe(SESSIONS_SHOWN + 2);
  });

  it("counts every candidate waiting for the awareness test beyond the first WAITING_SHOWN", async () => {
    const session = await prisma.awarenessTestSession.create({ data: { unitId: tree.G1.id, name: "Sát hạch G1", date: day("2026-09-15") } });
    await insertCandidates(tree.B1.id, "AWARENESS_TEST", WAITING_SHOWN + 1, "Chờ Sát Hạch");
    await insertCandidates(tree.B4.id, "AWARENESS_TEST", 2, "Đơn Vị Khác");
    const staff = await actorFor("GRASSROOTS_STAFF", tree.G1.id);
    const page = await testSessionWorkspace({ actor: staff, id: session.id });
    expect(page.waiting).toHaveLength(WAITING_SHOWN);
    expect(page.waitingTotal).toBe(WAITING_SHOWN + 1);
    const bloc = await actorFor("SUPERIOR_STAFF", tree.SUP.id);
    expect((await testSessionWorkspace({ actor: bloc, id: session.id })).waitingTotal).toBe(WAITING_SHOWN + 3);
  });

  it("counts every history entry of a quota beyond the latest ones the quota page lists", async () => {
    const staff = await actorFor("SUPERIOR_STAFF", tree.SUP.id);
    await putQuota({ actor: staff, input: { unitId: tree.G1.id, period: "2026", target: 4 } });
    await putQuota({ actor: staff, input: { unitId: tree.G2.id, period: "2026", target: 3 } });
    const quota = await prisma.quota.findFirstOrThrow({ where: { unitId: tree.G1.id } });
    // 50 more entries: 51 in all, more than the page lists.
    await prisma.quotaChange.createMany({
      data: Array.from({ length: 50 }, (_, i) => ({
        quotaId: quota.id,
        actorId: staff.userId,
        kind: "SET" as const,
        changes: { target: { from: i, to: i + 1 } },
        at: new Date(Date.UTC(2026, 0, 1, 0, i)),
      })),
    });
    const list = await withHistoryTotals({ actor: staff, list: await listQuotas({ actor: staff, input: { period: "2026" } }) });
    const g1 = list.items.find((i) => i.unitId === tree.G1.id)!.approved!;
    expect(g1.history).toHaveLength(50);
    expect(g1.historyTotal).toBe(51);
    // A short history is listed whole.
    const g2 = list.items.find((i) => i.unitId === tree.G2.id)!.approved!;
    expect(g2.history).toHaveLength(1);
    expect(g2.historyTotal).toBe(1);
    expect(list.items.find((i) => i.unitId === tree.G3.id)!.approved).toBeNull();
  });
});
