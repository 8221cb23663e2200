import { beforeEach, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { classesOpenOn } from "@/lib/domain/rules/awareness-classes";
import { getCandidateWorkspace } from "@/lib/services/pipeline/candidate-workspace";
import { actorFor, buildTree, insertCandidate, resetDb, type Tree } from "./support/fixtures";

let tree: Tree;
const today = "2026-11-24";

beforeEach(async () => {
  await resetDb();
  tree = await buildTree();
});

async function course(name: string, unitId: string, startDate: string, endDate: string, kind: "AWARENESS" | "NEW_MEMBER" = "AWARENESS") {
  return prisma.course.create({
    data: { kind, name, unitId, startDate: new Date(`${startDate}T00:00:00Z`), endDate: new Date(`${endDate}T00:00:00Z`) },
  });
}

describe("the enrolment step of a sympathiser", () => {
  it("offers the classes still open today first (under way, then the next to start), then recent ones that are over", async () => {
    const secretary = await actorFor("BRANCH_SECRETARY", tree.B3.id);
    const c = await insertCandidate(tree.B3.id, "Người Cảm Tình", { stage: "SYMPATHIZER" });
    await course("Khóa đã xong lâu", tree.SUP.id, "2023-02-06", "2023-02-10");
    const over = await course("Khóa 4/2026", tree.SUP.id, "2026-11-09", "2026-11-13");
    const later = await course("Khóa 1/2027", tree.SUP.id, "2027-01-11", "2027-01-15");
    const running = await course("Khóa bổ sung", tree.G1.id, "2026-11-23", "2026-11-27");
    await course("Lớp đảng viên mới", tree.SUP.id, "2027-01-04", "2027-01-08", "NEW_MEMBER");
    // Another grassroots organisation's class is not this secretary's to see.
    await course("Khóa của G2", tree.G2.id, "2026-12-07", "2026-12-11");

    const page = await getCandidateWorkspace({ actor: secretary, id: c.id, today });
    expect(page.courses.map((k) => k.name)).toEqual(["Khóa bổ sung", "Khóa 1/2027", "Khóa 4/2026"]);
    expect(page.courses[0]).toEqual({ id: running.id, name: "Khóa bổ sung", startDate: "2026-11-23", endDate: "2026-11-27" });
    // What the form offers for a step dated today, and for one recorded late, while the class of November ran.
    expect(classesOpenOn(page.courses, today).map((k) => k.id)).toEqual([running.id, later.id]);
    expect(classesOpenOn(page.courses, "2026-11-10").map((k) => k.id)).toEqual([over.id, running.id, later.id]);
    // A secretary does not open classes: the page says who does.
    expect(page.mayOpenClasses).toBe(false);
    const staff = await actorFor("GRASSROOTS_STAFF", tree.G1.id);
    expect((await getCandidateWorkspace({ actor: staff, id: c.id, today })).mayOpenClasses).toBe(true);
  });

  it("offers none when every class is over, and none outside the sympathiser's stage", async () => {
    const secretary = await actorFor("BRANCH_SECRETARY", tree.B3.id);
    const c = await insertCandidate(tree.B3.id, "Người Chờ Lớp", { stage: "SYMPATHIZER" });
    await course("Khóa 4/2026", tree.SUP.id, "2026-11-09", "2026-11-13");
    const page = await getCandidateWorkspace({ actor: secretary, id: c.id, today });
    expect(classesOpenOn(page.courses, today)).toEqual([]);
    const source = await insertCandidate(tree.B3.id, "Người Nguồn");
    expect((await getCandidateWorkspace({ actor: secretary, id: source.id, today })).courses).toEqual([]);
  });
});

describe("the papers a file does not need", () => {
  it("are listed with why: no union route, no partial committee above the branch", async () => {
    const secretary = await actorFor("BRANCH_SECRETARY", tree.B3.id);
    const c = await insertCandidate(tree.B3.id, "Người Ngoài Đoàn");
    const page = await getCandidateWorkspace({ actor: secretary, id: c.id, today });
    expect(page.excludedPapers.map((p) => [p.code, p.reason.code])).toEqual([
      ["A5", "UNION_ROUTE_ONLY"],
      ["B2", "PARTIAL_COMMITTEE_ONLY"],
      ["C6", "PARTIAL_COMMITTEE_ONLY"],
    ]);
    // The checklist and the excluded papers make the whole file, none twice.
    const codes = [...page.checklist.map((i) => i.code), ...page.excludedPapers.map((p) => p.code)];
    expect(new Set(codes).size).toBe(20);
  });

  it("of a grassroots branch leave out the grassroots committee's resolutions; under a partial committee its appraisals stay", async () => {
    const own = await actorFor("BRANCH_SECRETARY", tree.G3.id);
    const g3 = await insertCandidate(tree.G3.id, "Người Chi Bộ Cơ Sở");
    expect((await getCandidateWorkspace({ actor: own, id: g3.id, today })).excludedPapers.map((p) => [p.code, p.reason.code])).toEqual([
      ["A5", "UNION_ROUTE_ONLY"],
      ["B2", "PARTIAL_COMMITTEE_ONLY"],
      ["B3", "UNDER_GRASSROOTS_COMMITTEE_ONLY"],
      ["C6", "PARTIAL_COMMITTEE_ONLY"],
      ["C7", "UNDER_GRASSROOTS_COMMITTEE_ONLY"],
    ]);
    const b1 = await actorFor("BRANCH_SECRETARY", tree.B1.id);
    const underPartial = await insertCandidate(tree.B1.id, "Người Dưới Đảng Ủy Bộ Phận");
    expect((await getCandidateWorkspace({ actor: b1, id: underPartial.id, today })).excludedPapers.map((p) => p.code)).toEqual(["A5"]);
  });
});
