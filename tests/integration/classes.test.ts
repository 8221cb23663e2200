import { beforeEach, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { courseWorkspace, createCourse, getCourse, listCourses } from "@/lib/services/classes/courses";
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
    const course = await createCourse({
      actor: staff,
      input: {
        kind: "AWARENESS",
        name: "Lớp nhận thức khóa 3/2026",
        unitId: tree.SUP.id,
        startDate: "2026-08-03",
        endDate: "2026-08-07",
        issuer: "Đảng ủy Khối",
      },
    });
    const ready = [
      await insertCandidate(tree.B1.id, "Người Một", { stage: "SYMPATHIZER" }),
      await insertCandidate(tree.B4.id, "Người Hai", { stage: "SYMPATHIZER" }),
    ];
    const notReady = await insertCandidate(tree.B2.id, "Người Ba");
    const enrolled = await enrolCandidates({
      actor: staff,
      courseId: course.id,
      input: { candidateIds: [...ready.map((c) => c.id), notReady.id], date: "2026-08-03" },
    });
    expect(enrolled.lines.map((l) => [l.ok, l.code ?? null])).toEqual([
      [true, null],
      [true, null],
      [false, "TRANSITION_NOT_ALLOWED"],
    ]);
    expect(await prisma.candidate.count({ where: { stage: "TRAINING" } })).toBe(2);

    const results = await recordResults({
      actor: staff,
      courseId: course.id,
      input: {
        results: [
          { candidateId: ready[0]!.id, result: "PASSED", certificateNumber: "101/GCN", certificateDate: "2026-08-07" },
          { candidateId: ready[1]!.id, result: "FAILED" },
        ],
      },
    });
    expect(results.lines.every((l) => l.ok)).toBe(true);
    const after = await getCourse({ actor: staff, id: course.id });
    expect(after.enrolments.find((e) => e.candidateId === ready[0]!.id)).toMatchObject({
      stage: "DOSSIER",
      result: "PASSED",
      certificateNumber: "101/GCN",
      certificateDate: "2026-08-07",
    });
    expect(after.enrolments.find((e) => e.candidateId === ready[1]!.id)).toMatchObject({ stage: "TRAINING", result: "FAILED" });
  });

  it("shows a branch secretary the bloc's class but only their own candidates in it, and lets only committees create classes", async () => {
    const staff = await actorFor("SUPERIOR_STAFF", tree.SUP.id);
    const secretary = await actorFor("BRANCH_SECRETARY", tree.B1.id);
    const course = await createCourse({
      actor: staff,
      input: { kind: "NEW_MEMBER", name: "Lớp đảng viên mới", unitId: tree.SUP.id, startDate: "2026-09-07", endDate: "2026-09-11" },
    });
    const a = await insertCandidate(tree.B1.id, "Người Một");
    const b = await insertCandidate(tree.B4.id, "Người Hai");
    await enrolCandidates({ actor: staff, courseId: course.id, input: { candidateIds: [a.id, b.id], date: "2026-09-07" } });
    expect((await getCourse({ actor: secretary, id: course.id })).enrolments.map((e) => e.fullName)).toEqual(["Người Một"]);
    expect(
      (
        await expectAppError(
          createCourse({ actor: secretary, input: { kind: "AWARENESS", name: "x", unitId: tree.B1.id, startDate: "2026-09-07", endDate: "2026-09-01" } }),
        )
      ).code,
    ).toBe("FORBIDDEN");
    const badDates = await expectAppError(
      createCourse({ actor: staff, input: { kind: "AWARENESS", name: "x", unitId: tree.SUP.id, startDate: "2026-09-07", endDate: "2026-09-01" } }),
    );
    expect(badDates.details).toEqual([{ path: "endDate", message: "endBeforeStart" }]);
  });
});

describe("classes stay inside the caller's scope", () => {
  it("keeps a grassroots staff member away from another organisation's candidate: not enrolled, no result recorded, not shown", async () => {
    const bloc = await actorFor("SUPERIOR_STAFF", tree.SUP.id);
    const staff = await actorFor("GRASSROOTS_STAFF", tree.G1.id);
    // G1's own class: its staff record its results (the bloc's class is the bloc's to grade).
    const course = await createCourse({
      actor: staff,
      input: { kind: "NEW_MEMBER", name: "Lớp đảng viên mới khóa 1", unitId: tree.G1.id, startDate: "2026-09-07", endDate: "2026-09-11" },
    });
    const own = await insertCandidate(tree.B1.id, "Người Của Mình");
    const other = await insertCandidate(tree.B4.id, "Người Đơn Vị Khác");
    await prisma.candidate.updateMany({ where: { id: { in: [own.id, other.id] } }, data: { stage: "PROBATION" } });

    const enrolled = await enrolCandidates({ actor: staff, courseId: course.id, input: { candidateIds: [own.id, other.id], date: "2026-09-07" } });
    expect(enrolled.lines.map((l) => [l.candidateId, l.ok, l.code ?? null])).toEqual([
      [own.id, true, null],
      [other.id, false, "NOT_FOUND"],
    ]);
    expect(await prisma.enrolment.count({ where: { candidateId: other.id } })).toBe(0);

    // The bloc enrols the other organisation's candidate; the grassroots staff still may not record for them.
    await enrolCandidates({ actor: bloc, courseId: course.id, input: { candidateIds: [other.id], date: "2026-09-07" } });
    const recorded = await recordResults({
      actor: staff,
      courseId: course.id,
      input: {
        results: [
          { candidateId: own.id, result: "PASSED", certificateNumber: "7/GCN", certificateDate: "2026-09-11" },
          { candidateId: other.id, result: "PASSED", certificateNumber: "8/GCN", certificateDate: "2026-09-11" },
        ],
      },
    });
    expect(recorded.lines.map((l) => [l.candidateId, l.ok, l.code ?? null])).toEqual([
      [own.id, true, null],
      [other.id, false, "NOT_FOUND"],
    ]);
    expect(await prisma.enrolment.findFirstOrThrow({ where: { candidateId: other.id } })).toMatchObject({ result: "ENROLLED", certificateNumber: null });
    expect(await prisma.dossierItem.count({ where: { candidateId: other.id } })).toBe(0);
    expect(await prisma.dossierItem.count({ where: { candidateId: own.id, code: "C1", status: "RECEIVED" } })).toBe(1);
    // The course's certificate is the conversion file's C1: the candidate page asks only for C2–C4.
    const { getCandidateWorkspace } = await import("@/lib/services/pipeline/candidate-workspace");
    expect((await getCandidateWorkspace({ actor: staff, id: own.id })).missing.map((r) => r.params?.item)).toEqual(["C2", "C3", "C4"]);

    const page = await courseWorkspace({ actor: staff, id: course.id });
    expect(page.course.enrolments.map((e) => e.fullName)).toEqual(["Người Của Mình"]);
    expect(page.eligible.map((c) => c.id)).not.toContain(other.id);
    expect((await courseWorkspace({ actor: bloc, id: course.id })).course.enrolments).toHaveLength(2);
  });

  it("does not move another organisation's sympathiser into an awareness class", async () => {
    const bloc = await actorFor("SUPERIOR_STAFF", tree.SUP.id);
    const staff = await actorFor("GRASSROOTS_STAFF", tree.G1.id);
    const course = await createCourse({
      actor: bloc,
      input: { kind: "AWARENESS", name: "Lớp nhận thức khóa 4", unitId: tree.SUP.id, startDate: "2026-08-03", endDate: "2026-08-07" },
    });
    const own = await insertCandidate(tree.B1.id, "Người Của Mình", { stage: "SYMPATHIZER" });
    const other = await insertCandidate(tree.B4.id, "Người Đơn Vị Khác", { stage: "SYMPATHIZER" });
    const page = await courseWorkspace({ actor: staff, id: course.id });
    expect(page.eligible.map((c) => c.fullName)).toEqual(["Người Của Mình"]);
    const { lines } = await enrolCandidates({ actor: staff, courseId: course.id, input: { candidateIds: [other.id, own.id], date: "2026-08-03" } });
    expect(lines.map((l) => [l.candidateId, l.ok, l.code ?? null])).toEqual([
      [other.id, false, "NOT_FOUND"],
      [own.id, true, null],
    ]);
    expect(await prisma.candidate.findUniqueOrThrow({ where: { id: other.id } })).toMatchObject({ stage: "SYMPATHIZER", version: other.version });
    expect(await prisma.candidateEvent.count({ where: { candidateId: other.id } })).toBe(0);
    expect(await prisma.enrolment.count({ where: { candidateId: other.id } })).toBe(0);
  });

  it("shows a branch secretary the classes organised above them but not another grassroots organisation's", async () => {
    const bloc = await actorFor("SUPERIOR_STAFF", tree.SUP.id);
    const g1 = await actorFor("GRASSROOTS_STAFF", tree.G1.id);
    const g2 = await actorFor("GRASSROOTS_STAFF", tree.G2.id);
    const secretary = await actorFor("BRANCH_SECRETARY", tree.B1.id);
    const dates = { startDate: "2026-09-07", endDate: "2026-09-11" };
    const blocClass = await createCourse({ actor: bloc, input: { kind: "AWARENESS", name: "Lớp của Khối", unitId: tree.SUP.id, ...dates } });
    const ownClass = await createCourse({ actor: g1, input: { kind: "AWARENESS", name: "Lớp của G1", unitId: tree.G1.id, ...dates } });
    const otherClass = await createCourse({ actor: g2, input: { kind: "AWARENESS", name: "Lớp của G2", unitId: tree.G2.id, ...dates } });

    expect((await listCourses({ actor: secretary })).items.map((c) => c.name).sort()).toEqual(["Lớp của G1", "Lớp của Khối"]);
    expect((await getCourse({ actor: secretary, id: blocClass.id })).name).toBe("Lớp của Khối");
    expect((await getCourse({ actor: secretary, id: ownClass.id })).canManage).toBe(false);
    expect((await expectAppError(getCourse({ actor: secretary, id: otherClass.id }))).code).toBe("NOT_FOUND");
    expect((await expectAppError(courseWorkspace({ actor: secretary, id: otherClass.id }))).code).toBe("NOT_FOUND");
    // The bloc sees every class below it; a grassroots organisation sees the bloc's and its own.
    expect((await listCourses({ actor: bloc })).items).toHaveLength(3);
    expect((await listCourses({ actor: g2 })).items.map((c) => c.name).sort()).toEqual(["Lớp của G2", "Lớp của Khối"]);
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
    for (const c of [pass, fail])
      await prisma.candidate.update({ where: { id: c.id }, data: { stage: "AWARENESS_TEST", stageSince: new Date("2026-08-01T00:00:00Z") } });
    const { lines } = await recordTestResults({
      actor: staff,
      sessionId: session.id,
      input: {
        results: [
          { candidateId: pass.id, outcome: "PASSED", score: 8.5 },
          { candidateId: fail.id, outcome: "ESSAY_RETEST", essayNote: "Viết thu hoạch về Điều lệ Đảng" },
        ],
      },
    });
    expect(lines.every((l) => l.ok)).toBe(true);
    expect((await prisma.candidate.findUniqueOrThrow({ where: { id: pass.id } })).stage).toBe("BRANCH_VOTE");
    expect((await prisma.candidate.findUniqueOrThrow({ where: { id: fail.id } })).stage).toBe("AWARENESS_TEST");
    const retest = await createTestSession({ actor: staff, input: { unitId: tree.SUP.id, name: "Sát hạch lại", date: "2026-10-15" } });
    await recordTestResults({ actor: staff, sessionId: retest.id, input: { results: [{ candidateId: fail.id, outcome: "PASSED" }] } });
    expect(
      await prisma.awarenessTestResult.findMany({ where: { candidateId: fail.id }, orderBy: { round: "asc" }, select: { round: true, outcome: true } }),
    ).toEqual([
      { round: 1, outcome: "ESSAY_RETEST" },
      { round: 2, outcome: "PASSED" },
    ]);
  });

  it("shows on a session page only the results and waiting candidates of the caller's scope", async () => {
    await prisma.unit.update({ where: { id: tree.G1.id }, data: { runsAwarenessTest: true } });
    const bloc = await actorFor("SUPERIOR_STAFF", tree.SUP.id);
    const staff = await actorFor("GRASSROOTS_STAFF", tree.G1.id);
    const { createTestSession, recordTestResults, testSessionWorkspace, testSessionsOverview } = await import("@/lib/services/classes/awareness-tests");
    expect((await testSessionsOverview({ actor: staff })).councils.map((u) => u.id)).toEqual([tree.G1.id]);
    const session = await createTestSession({ actor: staff, input: { unitId: tree.G1.id, name: "Sát hạch G1", date: "2026-09-15" } });
    const own = await insertCandidate(tree.B1.id, "Người Của Mình");
    const other = await insertCandidate(tree.B4.id, "Người Đơn Vị Khác");
    await prisma.candidate.updateMany({ where: { id: { in: [own.id, other.id] } }, data: { stage: "AWARENESS_TEST" } });
    const mine = await recordTestResults({ actor: staff, sessionId: session.id, input: { results: [{ candidateId: other.id, outcome: "ABSENT" }] } });
    expect(mine.lines).toMatchObject([{ candidateId: other.id, ok: false, code: "NOT_FOUND" }]);
    expect(await prisma.awarenessTestResult.count()).toBe(0);
    // The bloc may record anyone below it, even in G1's session; G1 still sees only its own.
    await recordTestResults({
      actor: bloc,
      sessionId: session.id,
      input: {
        results: [
          { candidateId: own.id, outcome: "ABSENT" },
          { candidateId: other.id, outcome: "ABSENT" },
        ],
      },
    });
    const page = await testSessionWorkspace({ actor: staff, id: session.id });
    expect(page.recorded.map((r) => r.fullName)).toEqual(["Người Của Mình"]);
    expect(page.waiting.map((c) => c.fullName)).toEqual(["Người Của Mình"]);
    expect((await testSessionWorkspace({ actor: bloc, id: session.id })).recorded).toHaveLength(2);
    const g2 = await actorFor("GRASSROOTS_STAFF", tree.G2.id);
    expect((await expectAppError(testSessionWorkspace({ actor: g2, id: session.id }))).code).toBe("NOT_FOUND");
    expect((await expectAppError(testSessionWorkspace({ actor: g2, id: "not-a-uuid" }))).code).toBe("NOT_FOUND");
  });

  it("refuses a session for a committee without a test council", async () => {
    const staff = await actorFor("SUPERIOR_STAFF", tree.SUP.id);
    const { createTestSession } = await import("@/lib/services/classes/awareness-tests");
    const error = await expectAppError(createTestSession({ actor: staff, input: { unitId: tree.SUP.id, name: "x", date: "2026-09-15" } }));
    expect(error.details).toEqual([{ path: "unitId", message: "noTestCouncil" }]);
  });
});
