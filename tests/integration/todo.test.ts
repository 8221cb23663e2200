/**
 * "Việc cần làm" on real PostgreSQL: an item for every open candidate in the caller's scope (none
 * for official members or those who left), most urgent first, with the next step and what it lacks
 * read by the same rules as the candidate page; a page at a time.
 */
import { beforeEach, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { loadNextDeadlines } from "@/lib/services/candidates/candidate-deadlines";
import { getCandidateWorkspace } from "@/lib/services/pipeline/candidate-workspace";
import { listTodo, TODO_PAGE_SIZE } from "@/lib/services/pipeline/list-todo";
import { actorFor, buildTree, expectAppError, insertCandidate, resetDb, type Tree } from "./support/fixtures";

let tree: Tree;
const today = "2026-11-24";
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

beforeEach(async () => {
  await resetDb();
  tree = await buildTree();
});

async function inStage(unitId: string, fullName: string, stage: "SYMPATHIZER" | "DOSSIER" | "CEREMONY" | "PROBATION" | "OFFICIAL" | "DROPPED", since: string) {
  const c = await insertCandidate(unitId, fullName);
  await prisma.candidate.update({ where: { id: c.id }, data: { stage, stageSince: day(since) } });
  return c;
}

/** B1 and B3 under the grassroots committee G1, B4 under G2: one candidate of each kind of urgency, and two who are no longer open. */
async function branchesWithCandidates() {
  const source = await insertCandidate(tree.B1.id, "Lê Văn An");
  const sympathiser = await inStage(tree.B1.id, "Phạm Thị Em", "SYMPATHIZER", "2025-06-01");
  const dossier = await inStage(tree.B3.id, "Trần Giang", "DOSSIER", "2026-03-02");
  // Decision received 01/09/2026: the ceremony was due 30 working days later, long before today.
  const ceremony = await inStage(tree.B1.id, "Ngô Thị Bình", "CEREMONY", "2026-09-01");
  await prisma.decision.create({
    data: { candidateId: ceremony.id, kind: "ADMISSION", unitId: tree.SUP.id, number: "12-QĐ/ĐU", date: day("2026-08-28"), receivedOn: day("2026-09-01") },
  });
  // Probation ends 01/12/2026, within 30 days; the other's ends in June 2027.
  const endingSoon = await inStage(tree.B4.id, "Đỗ Minh Hà", "PROBATION", "2025-12-01");
  await prisma.ceremony.create({ data: { candidateId: endingSoon.id, date: day("2025-12-01") } });
  const justAdmitted = await inStage(tree.B4.id, "Vũ Đăng Khoa", "PROBATION", "2026-06-01");
  await prisma.ceremony.create({ data: { candidateId: justAdmitted.id, date: day("2026-06-01") } });
  await inStage(tree.B1.id, "Hoàng Chi", "OFFICIAL", "2025-03-01");
  await inStage(tree.B1.id, "Bùi Dũng", "DROPPED", "2026-02-01");
  return { source, sympathiser, dossier, ceremony, endingSoon, justAdmitted };
}

describe("what needs doing next", () => {
  it("lists every open candidate in scope, most urgent first, each with its next step", async () => {
    const c = await branchesWithCandidates();
    const staff = await actorFor("SUPERIOR_STAFF", tree.SUP.id);
    const todo = await listTodo({ actor: staff, input: {}, today });

    expect(todo.items.map((i) => [i.fullName, i.urgency, i.action])).toEqual([
      ["Ngô Thị Bình", "OVERDUE", "CEREMONY"],
      ["Đỗ Minh Hà", "DUE", "CONVERSION_RESOLUTION"],
      ["Phạm Thị Em", "WAITING", "SYMPATHIZER"],
      ["Lê Văn An", "WAITING", "SOURCE"],
      ["Trần Giang", "WAITING", "DOSSIER"],
      ["Vũ Đăng Khoa", "LATER", "CONVERSION_RESOLUTION"],
    ]);
    expect(todo).toMatchObject({ total: 6, page: 1, within: 30, counts: { OVERDUE: 1, DUE: 1, WAITING: 3, LATER: 1 } });

    const byName = Object.fromEntries(todo.items.map((i) => [i.fullName, i]));
    expect(byName["Ngô Thị Bình"]!.deadlines).toMatchObject([{ kind: "CEREMONY_DUE", overdue: true }]);
    expect(byName["Ngô Thị Bình"]!.deadlines[0]!.ruleRef).toContain("QĐ");
    expect(byName["Đỗ Minh Hà"]).toMatchObject({ dueDate: "2026-12-01", deadlines: [{ kind: "PROBATION_END", daysLeft: 7, overdue: false }] });
    expect(byName["Lê Văn An"]).toMatchObject({
      unitName: "Đơn vị B1",
      stage: "SOURCE",
      nextStage: "SYMPATHIZER",
      dueDate: null,
      deadlines: [],
      waitingDays: 323,
    });
    // The application is still to be handed in: the same words as on the candidate's page.
    expect(byName["Trần Giang"]!.missing).toEqual([{ code: "PAPER_MISSING", params: { item: "A2", form: "1-KNĐ" } }]);
    for (const id of [c.dossier.id, c.endingSoon.id, c.source.id]) {
      const item = todo.items.find((i) => i.candidateId === id)!;
      expect(item.missing).toEqual((await getCandidateWorkspace({ actor: staff, id, today })).missing);
    }
  });

  it("keeps to the caller's scope: a branch secretary sees their branch only", async () => {
    await branchesWithCandidates();
    const b1 = await actorFor("BRANCH_SECRETARY", tree.B1.id);
    expect((await listTodo({ actor: b1, input: {}, today })).items.map((i) => i.fullName)).toEqual(["Ngô Thị Bình", "Phạm Thị Em", "Lê Văn An"]);
    const b4 = await actorFor("BRANCH_SECRETARY", tree.B4.id);
    expect((await listTodo({ actor: b4, input: {}, today })).items.map((i) => i.fullName)).toEqual(["Đỗ Minh Hà", "Vũ Đăng Khoa"]);
    const g1 = await actorFor("GRASSROOTS_STAFF", tree.G1.id);
    expect((await listTodo({ actor: g1, input: {}, today })).items.map((i) => i.fullName)).toEqual(["Ngô Thị Bình", "Phạm Thị Em", "Lê Văn An", "Trần Giang"]);
  });

  it("counts a deadline as due within the window the reader chose", async () => {
    await branchesWithCandidates();
    const staff = await actorFor("SUPERIOR_STAFF", tree.SUP.id);
    const week = await listTodo({ actor: staff, input: { within: "7" }, today });
    expect(week.items.find((i) => i.fullName === "Đỗ Minh Hà")!.urgency).toBe("DUE");
    const sixDays = await listTodo({ actor: staff, input: { within: "6" }, today });
    expect(sixDays.items.find((i) => i.fullName === "Đỗ Minh Hà")!.urgency).toBe("LATER");
    expect((await expectAppError(listTodo({ actor: staff, input: { within: "-1" }, today }))).code).toBe("VALIDATION_FAILED");
  });

  it("pages through hundreds without losing or repeating anyone", async () => {
    await prisma.candidate.createMany({
      data: Array.from({ length: TODO_PAGE_SIZE + 5 }, (_, i) => ({
        unitId: tree.B2.id,
        fullName: `Người ${String(i).padStart(2, "0")}`,
        searchName: `nguoi ${i}`,
        sortKey: `nguoi ${i}`,
        sex: "MALE" as const,
        birthDate: day("1999-01-01"),
        educationLevel: "UNIVERSITY" as const,
        occupationGroup: "WORKER" as const,
        stage: "SOURCE" as const,
        stageSince: day(`2026-0${1 + (i % 9)}-01`),
      })),
    });
    const staff = await actorFor("SUPERIOR_STAFF", tree.SUP.id);
    const first = await listTodo({ actor: staff, input: {}, today });
    const second = await listTodo({ actor: staff, input: { page: "2" }, today });
    expect(first.items).toHaveLength(TODO_PAGE_SIZE);
    expect(second).toMatchObject({ page: 2, total: TODO_PAGE_SIZE + 5 });
    expect(second.items).toHaveLength(5);
    const ids = [...first.items, ...second.items].map((i) => i.candidateId);
    expect(new Set(ids).size).toBe(TODO_PAGE_SIZE + 5);
    // Longest waiting first, across the pages.
    const since = [...first.items, ...second.items].map((i) => i.stageSince);
    expect(since).toEqual([...since].sort());
    // A page past the end shows the last one.
    expect((await listTodo({ actor: staff, input: { page: "9" }, today })).page).toBe(2);
  });
});

describe("the list's next deadline", () => {
  it("gives each candidate of a page the first deadline of their stage, read in bulk, within the scope only", async () => {
    const c = await branchesWithCandidates();
    const staff = await actorFor("SUPERIOR_STAFF", tree.SUP.id);
    // The stages as the list reads them (the rows were inserted before their stage was set).
    const ids = [c.source, c.ceremony, c.endingSoon, c.justAdmitted].map((x) => x.id);
    const rows = await prisma.candidate.findMany({ where: { id: { in: ids } }, select: { id: true, stage: true } });
    const next = await loadNextDeadlines(staff.scope, rows, today);
    expect(next[c.source.id]).toBeUndefined();
    expect(next[c.ceremony.id]).toMatchObject({ kind: "CEREMONY_DUE", overdue: true });
    expect(next[c.endingSoon.id]).toEqual({ kind: "PROBATION_END", dueDate: "2026-12-01", overdue: false, daysLeft: 7 });
    expect(next[c.justAdmitted.id]).toMatchObject({ kind: "PROBATION_END", dueDate: "2027-06-01" });
    const b1 = await actorFor("BRANCH_SECRETARY", tree.B1.id);
    expect(Object.keys(await loadNextDeadlines(b1.scope, rows, today))).toEqual([c.ceremony.id]);
  });
});
