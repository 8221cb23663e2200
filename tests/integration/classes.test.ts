import { beforeEach, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { createCourse, getCourse } from "@/lib/services/classes/courses";
import { enrolCandidates, recordResults } from "@/lib/services/classes/enrolments";
import { actorFor, buildTree, expectAppError, insertCandidate, resetDb, type Tree } from "./support/fixtures";

let tree: Tree;

beforeEach(async () => {
  await resetDb();
  tree = await buildTree();
});

describe("awareness classes", () => {
  it("enrols many sympathisers at once and records certificates in bulk, one result line per candidate", async () => {
    const staff = await actorFor("SUPERIOR_STAFF", tree.SUP.id);
    const course = await createCourse({ actor: staff, input: { kind: "AWARENESS", name: "Lớp nhận thức khóa 3/2026", unitId: tree.SUP.id, startDate: "2026-08-03", endDate: "2026-08-07", issuer: "Đảng ủy Khối" } });
    const ready = [await insertCandidate(tree.B1.id, "Người Một", { stage: "SYMPATHIZER" }), await insertCandidate(tree.B4.id, "Người Hai", { stage: "SYMPATHIZER" })];
    const notReady = await insertCandidate(tree.B2.id, "Người Ba");
    const enrolled = await enrolCandidates({ actor: staff, courseId: course.id, input: { candidateIds: [...ready.map((c) => c.id), notReady.id], date: "2026-08-03" } });
    expect(enrolled.lines.map((l) => [l.ok, l.code ?? null])).toEqual([
      [true, null],
      [true, null],
      [false, "TRANSITION_NOT_ALLOWED"],
    ]);
    expect(await prisma.candidate.count({ where: { stage: "TRAINING" } })).toBe(2);

    const results = await recordResults({
      actor: staff,
      courseId: course.id,
      input: { results: [{ candidateId: ready[0]!.id, result: "PASSED", certificateNumber: "101/GCN", certificateDate: "2026-08-07" }, { candidateId: ready[1]!.id, result: "FAILED" }] },
    });
    expect(results.lines.every((l) => l.ok)).toBe(true);
    const after = await getCourse({ actor: staff, id: course.id });
    expect(after.enrolments.find((e) => e.candidateId === ready[0]!.id)).toMatchObject({ stage: "DOSSIER", result: "PASSED", certificateNumber: "101/GCN", certificateDate: "2026-08-07" });
    expect(after.enrolments.find((e) => e.candidateId === ready[1]!.id)).toMatchObject({ stage: "TRAINING", result: "FAILED" });
  });

  it("shows a branch secretary the bloc's class but only their own candidates in it, and lets only committees create classes", async () => {
    const staff = await actorFor("SUPERIOR_STAFF", tree.SUP.id);
    const secretary = await actorFor("BRANCH_SECRETARY", tree.B1.id);
    const course = await createCourse({ actor: staff, input: { kind: "NEW_MEMBER", name: "Lớp đảng viên mới", unitId: tree.SUP.id, startDate: "2026-09-07", endDate: "2026-09-11" } });
    const a = await insertCandidate(tree.B1.id, "Người Một");
    const b = await insertCandidate(tree.B4.id, "Người Hai");
    await enrolCandidates({ actor: staff, courseId: course.id, input: { candidateIds: [a.id, b.id], date: "2026-09-07" } });
    expect((await getCourse({ actor: secretary, id: course.id })).enrolments.map((e) => e.fullName)).toEqual(["Người Một"]);
    expect((await expectAppError(createCourse({ actor: secretary, input: { kind: "AWARENESS", name: "x", unitId: tree.B1.id, startDate: "2026-09-07", endDate: "2026-09-01" } }))).code).toBe("FORBIDDEN");
    const badDates = await expectAppError(createCourse({ actor: staff, input: { kind: "AWARENESS", name: "x", unitId: tree.SUP.id, startDate: "2026-09-07", endDate: "2026-09-01" } }));
    expect(badDates.details).toEqual([{ path: "endDate", message: "endBeforeStart" }]);
  });
});

describe("awareness-test councils", () => {
  it("moves a passed candidate on to the branch vote and records a retest round for the others", async () => {
    await prisma.unit.update({ where: { id: tree.SUP.id }, data: { runsAwarenessTest: true } });
    const staff = await actorFor("SUPERIOR_STAFF", tree.SUP.id);
    const { recordTestResults, createTestSession } = await import("@/lib/services/classes/awareness-tests");
    const session = await createTestSession({ actor: staff, input: { unitId: tree.SUP.id, name: "Sát hạch đợt 2/2026", date: "2026-09-15" } });
    const pass = await insertCandidate(tree.B1.id, "Người Đạt");
    const fail = await insertCandidate(tree.B2.id, "Người Viết Thu Hoạch");
    for (const c of [pass, fail]) await prisma.candidate.update({ where: { id: c.id }, data: { stage: "AWARENESS_TEST", stageSince: new Date("2026-08-01T00:00:00Z") } });
    const { lines } = await recordTestResults({ actor: staff, sessionId: session.id, input: { results: [{ candidateId: pass.id, outcome: "PASSED", score: 8.5 }, { candidateId: fail.id, outcome: "ESSAY_RETEST", essayNote: "Viết thu hoạch về Điều lệ Đảng" }] } });
    expect(lines.every((l) => l.ok)).toBe(true);
    expect((await prisma.candidate.findUniqueOrThrow({ where: { id: pass.id } })).stage).toBe("BRANCH_VOTE");
    expect((await prisma.candidate.findUniqueOrThrow({ where: { id: fail.id } })).stage).toBe("AWARENESS_TEST");
    const retest = await createTestSession({ actor: staff, input: { unitId: tree.SUP.id, name: "Sát hạch lại", date: "2026-10-15" } });
    await recordTestResults({ actor: staff, sessionId: retest.id, input: { results: [{ candidateId: fail.id, outcome: "PASSED" }] } });
    expect(await prisma.awarenessTestResult.findMany({ where: { candidateId: fail.id }, orderBy: { round: "asc" }, select: { round: true, outcome: true } })).toEqual([
      { round: 1, outcome: "ESSAY_RETEST" },
      { round: 2, outcome: "PASSED" },
    ]);
  });

  it("refuses a session for a committee without a test council", async () => {
    const staff = await actorFor("SUPERIOR_STAFF", tree.SUP.id);
    const { createTestSession } = await import("@/lib/services/classes/awareness-tests");
    const error = await expectAppError(createTestSession({ actor: staff, input: { unitId: tree.SUP.id, name: "x", date: "2026-09-15" } }));
    expect(error.details).toEqual([{ path: "unitId", message: "noTestCouncil" }]);
  });
});
