import { beforeEach, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { updateCandidate } from "@/lib/services/candidates/update-candidate";
import { enrolCandidates, recordResults } from "@/lib/services/classes/enrolments";
import { transitionCandidate } from "@/lib/services/pipeline/transition-candidate";
import { updateDossierItem } from "@/lib/services/pipeline/update-dossier-item";
import { putQuota } from "@/lib/services/quotas/quotas";
import { actorFor, buildTree, expectAppError, insertCandidate, resetDb, type Tree } from "./support/fixtures";

/**
 * Fifty people saving the same record at the same moment, each with the version they read: exactly
 * one wins, every other one is told CONFLICT (409) and nothing is lost or written twice.
 */
const RACERS = 50;
let tree: Tree;

beforeEach(async () => {
  await resetDb();
  tree = await buildTree();
});

async function race(attempt: (i: number) => Promise<unknown>) {
  const settled = await Promise.allSettled(Array.from({ length: RACERS }, (_, i) => attempt(i)));
  const won = settled.filter((s) => s.status === "fulfilled").length;
  const codes = settled.flatMap((s) => (s.status === "rejected" ? [(s.reason as { code?: string }).code ?? String(s.reason)] : []));
  return { won, codes };
}

describe("50-way races", () => {
  it("on a candidate's edit: one wins, one history event", async () => {
    const secretary = await actorFor("BRANCH_SECRETARY", tree.B1.id);
    const c = await insertCandidate(tree.B1.id, "Nguyễn Văn Đua");
    const { won, codes } = await race((i) => updateCandidate({ actor: secretary, id: c.id, input: { version: 1, note: `ghi chú ${i}` } }));
    expect(won).toBe(1);
    expect(new Set(codes)).toEqual(new Set(["CONFLICT"]));
    expect(await prisma.candidateEvent.count({ where: { candidateId: c.id, kind: "UPDATED" } })).toBe(1);
    expect((await prisma.candidate.findUniqueOrThrow({ where: { id: c.id } })).version).toBe(2);
  });

  it("on a transition: one move, one history event", async () => {
    const secretary = await actorFor("BRANCH_SECRETARY", tree.B1.id);
    const c = await insertCandidate(tree.B1.id, "Trần Thị Đua");
    const { won, codes } = await race((i) =>
      transitionCandidate({
        actor: secretary,
        id: c.id,
        input: { to: "SYMPATHIZER", date: "2026-02-02", version: 1, helperName: `Người ${i}` },
        today: "2026-11-24",
      }),
    );
    expect(won).toBe(1);
    expect(new Set(codes)).toEqual(new Set(["CONFLICT"]));
    expect(await prisma.candidateEvent.count({ where: { candidateId: c.id, kind: "TRANSITION" } })).toBe(1);
    expect(await prisma.helper.count({ where: { candidateId: c.id } })).toBe(1);
  });

  it("on a new-member enrolment: enrolled once, the others CONFLICT, never a database error", async () => {
    const staff = await actorFor("SUPERIOR_STAFF", tree.SUP.id);
    const c = await insertCandidate(tree.B1.id, "Lê Văn Đua");
    await prisma.candidate.update({ where: { id: c.id }, data: { stage: "PROBATION" } });
    const day = new Date("2026-09-07T00:00:00Z");
    const course = await prisma.course.create({ data: { kind: "NEW_MEMBER", name: "Lớp đảng viên mới", unitId: tree.SUP.id, startDate: day, endDate: day } });
    const settled = await Promise.allSettled(
      Array.from({ length: RACERS }, () => enrolCandidates({ actor: staff, courseId: course.id, input: { candidateIds: [c.id], date: "2026-09-07" } })),
    );
    // Each call answers per line: OK, or CONFLICT for the one that lost the insert; none throws.
    expect(settled.every((s) => s.status === "fulfilled")).toBe(true);
    const lines = settled.flatMap((s) => (s.status === "fulfilled" ? s.value.lines : []));
    expect(lines.filter((l) => !l.ok).every((l) => l.code === "CONFLICT")).toBe(true);
    expect(await prisma.enrolment.count({ where: { courseId: course.id, candidateId: c.id } })).toBe(1);
  });

  it("on a quota: the figure read is changed once, the rest CONFLICT, one history entry", async () => {
    const staff = await actorFor("SUPERIOR_STAFF", tree.SUP.id);
    const first = await putQuota({ actor: staff, input: { unitId: tree.G1.id, period: "2026", target: 5 } });
    const { won, codes } = await race((i) => putQuota({ actor: staff, input: { unitId: tree.G1.id, period: "2026", target: 10 + i, version: first.version } }));
    expect(won).toBe(1);
    expect(new Set(codes)).toEqual(new Set(["CONFLICT"]));
    expect(await prisma.quotaChange.count({ where: { quotaId: first.id } })).toBe(2);
    // Even without a version, two writers never both apply a change read from the same state.
    const blind = await race((i) => putQuota({ actor: staff, input: { unitId: tree.G2.id, period: "2026", target: i + 1 } }));
    expect(blind.won).toBeGreaterThanOrEqual(1);
    expect(blind.codes.every((code) => code === "CONFLICT")).toBe(true);
    const g2 = await prisma.quota.findFirstOrThrow({ where: { unitId: tree.G2.id } });
    expect(await prisma.quotaChange.count({ where: { quotaId: g2.id } })).toBe(blind.won);
    expect(g2.version).toBe(blind.won);
  });

  it("on a dossier paper: one save, one history event; a stale version is refused", async () => {
    const secretary = await actorFor("BRANCH_SECRETARY", tree.B1.id);
    const c = await insertCandidate(tree.B1.id, "Phạm Thị Đua");
    const { won, codes } = await race((i) =>
      updateDossierItem({ actor: secretary, id: c.id, input: { code: "A2", status: "RECEIVED", number: `Đơn ${i}`, version: 0 } }),
    );
    expect(won).toBe(1);
    expect(new Set(codes)).toEqual(new Set(["CONFLICT"]));
    expect(await prisma.candidateEvent.count({ where: { candidateId: c.id, kind: "DOSSIER" } })).toBe(1);
    const saved = await prisma.dossierItem.findFirstOrThrow({ where: { candidateId: c.id, code: "A2" } });
    expect(saved.version).toBe(1);
    // Saved once more from the version read; an edit from the old page is a CONFLICT.
    expect(await updateDossierItem({ actor: secretary, id: c.id, input: { code: "A2", status: "CHECKED", version: 1 } })).toEqual({ ok: true, version: 2 });
    expect((await expectAppError(updateDossierItem({ actor: secretary, id: c.id, input: { code: "A2", status: "MISSING", version: 1 } }))).code).toBe(
      "CONFLICT",
    );
    expect((await prisma.dossierItem.findFirstOrThrow({ where: { candidateId: c.id, code: "A2" } })).status).toBe("CHECKED");
  });
});

describe("class results", () => {
  it("are recorded by the class's own committee only: a branch secretary who enrols in the bloc's class cannot grade it", async () => {
    const secretary = await actorFor("BRANCH_SECRETARY", tree.B1.id);
    const c = await insertCandidate(tree.B1.id, "Hoàng Văn Lớp");
    await prisma.candidate.update({ where: { id: c.id }, data: { stage: "PROBATION" } });
    const day = new Date("2026-09-07T00:00:00Z");
    const course = await prisma.course.create({ data: { kind: "NEW_MEMBER", name: "Lớp của khối", unitId: tree.SUP.id, startDate: day, endDate: day } });
    await prisma.enrolment.create({ data: { courseId: course.id, candidateId: c.id } });
    const refused = await expectAppError(
      recordResults({
        actor: secretary,
        courseId: course.id,
        input: { results: [{ candidateId: c.id, result: "PASSED", certificateNumber: "1/GCN", certificateDate: "2026-09-11" }] },
      }),
    );
    expect(refused.code).toBe("FORBIDDEN");
    expect((await prisma.enrolment.findFirstOrThrow({ where: { courseId: course.id } })).result).toBe("ENROLLED");
    expect(await prisma.dossierItem.count({ where: { candidateId: c.id } })).toBe(0);
  });
});
