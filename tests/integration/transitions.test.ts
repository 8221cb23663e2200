import { beforeEach, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { createCourse } from "@/lib/services/classes/courses";
import { enrolCandidates, recordResults } from "@/lib/services/classes/enrolments";
import { bulkTransition } from "@/lib/services/pipeline/bulk-transition";
import { getCandidateWorkspace } from "@/lib/services/pipeline/candidate-workspace";
import { recordStageStep } from "@/lib/services/pipeline/record-stage-step";
import { transitionCandidate } from "@/lib/services/pipeline/transition-candidate";
import { updateDossierItem } from "@/lib/services/pipeline/update-dossier-item";
import { decodeMsg } from "@/lib/validation/messages";
import { actorFor, buildTree, expectAppError, insertCandidate, resetDb, type Tree } from "./support/fixtures";

let tree: Tree;
const today = "2026-11-24";

beforeEach(async () => {
  await resetDb();
  tree = await buildTree();
});

async function awarenessClass() {
  return prisma.course.create({
    data: {
      kind: "AWARENESS",
      name: "Lớp nhận thức 1/2026",
      unitId: tree.SUP.id,
      startDate: new Date("2026-01-12T00:00:00Z"),
      endDate: new Date("2026-01-16T00:00:00Z"),
    },
  });
}

describe("a candidate's way through the pipeline", () => {
  it("goes from SOURCE to OFFICIAL, every step recorded with its papers and history", async () => {
    const secretary = await actorFor("BRANCH_SECRETARY", tree.B1.id);
    const committee = await actorFor("SUPERIOR_STAFF", tree.SUP.id);
    const c = await insertCandidate(tree.B1.id, "Vũ Thị Hạnh");
    // The grassroots committee's vote counts against its size on record.
    await prisma.unit.update({ where: { id: tree.G1.id }, data: { committeeMembers: 9 } });
    const course = await awarenessClass();
    const member = (name: string) => ({ kind: "PARTY_MEMBER", name, officialSince: "2010-05-01", knownSince: "2019-01-01", documentDate: "2026-03-02" });
    const steps: [typeof secretary, Record<string, unknown>][] = [
      [secretary, { to: "SYMPATHIZER", date: "2026-01-06", helperName: "Lê Văn Tâm" }],
      [secretary, { to: "TRAINING", date: "2026-01-12", courseId: course.id }],
      [secretary, { to: "DOSSIER", date: "2026-01-20", certificateNumber: "45/GCN-ĐUK", certificateIssuer: "Đảng ủy Khối" }],
      [secretary, { to: "BRANCH_VOTE", date: "2026-02-27", verificationRequestedOn: "2026-01-26", certifiedOn: "2026-02-27" }],
      [
        secretary,
        {
          to: "COMMITTEE_REVIEW",
          date: "2026-03-10",
          resolutionNumber: "03-NQ/CB",
          membersOnRoll: 9,
          votesFor: 7,
          votesAgainst: 1,
          introducers: [member("Trần Văn Hùng"), member("Ngô Thị Lan")],
          opinionsSummaryDate: "2026-03-05",
        },
      ],
      [
        committee,
        { to: "SUPERIOR_DECISION", date: "2026-03-16", resolutionNumber: "21-NQ/ĐU", membersOnRoll: 9, votesFor: 9, partialAppraisalDate: "2026-03-12" },
      ],
      [committee, { to: "CEREMONY", date: "2026-04-20", decisionNumber: "310-QĐ/ĐUK", receivedOn: "2026-04-22" }],
      [secretary, { to: "PROBATION", date: "2026-05-19", place: "Hội trường" }],
    ];
    let version = 1;
    for (const [actor, step] of steps) {
      // The secretary files the handwritten application before the verification is certified (A2, 1-KNĐ).
      if (step.to === "BRANCH_VOTE") await updateDossierItem({ actor: secretary, id: c.id, input: { code: "A2", status: "RECEIVED", date: "2026-01-22" } });
      const result = await transitionCandidate({ actor, id: c.id, input: { ...step, version }, today });
      expect(result.candidate.stage).toBe(step.to);
      version = result.candidate.version;
    }
    // The conversion file: the new-member course's certificate (C1, from the course results) and C2–C4 on the checklist.
    const newMembers = await createCourse({
      actor: committee,
      input: { kind: "NEW_MEMBER", name: "Lớp đảng viên mới 2026", unitId: tree.SUP.id, startDate: "2026-09-07", endDate: "2026-09-11" },
    });
    await enrolCandidates({ actor: committee, courseId: newMembers.id, input: { candidateIds: [c.id], date: "2026-09-07" } });
    await recordResults({
      actor: committee,
      courseId: newMembers.id,
      input: { results: [{ candidateId: c.id, result: "PASSED", certificateNumber: "12/GCN-ĐVM", certificateDate: "2026-09-11" }] },
    });
    for (const code of ["C2", "C3", "C4"]) await updateDossierItem({ actor: secretary, id: c.id, input: { code, status: "RECEIVED", date: "2027-05-20" } });
    // The conversion's first step, the branch's resolution (13-KNĐ), is dated after probation ends (19/05/2027).
    const early = await expectAppError(
      recordStageStep({
        actor: secretary,
        id: c.id,
        input: { step: "CONVERSION_RESOLUTION", date: "2027-05-19", version, membersOnRoll: 9, votesFor: 9 },
        today: "2027-06-10",
      }),
    );
    expect(early.details.map((d) => d.code)).toEqual(["CONVERSION_RESOLUTION_NOT_AFTER_PROBATION"]);
    const resolved = await recordStageStep({
      actor: secretary,
      id: c.id,
      input: { step: "CONVERSION_RESOLUTION", date: "2027-05-24", version, membersOnRoll: 9, votesFor: 9, resolutionNumber: "07-NQ/CB" },
      today: "2027-06-10",
    });
    expect(resolved.stage).toBe("PROBATION");
    version = resolved.version;
    // The decision waits for the partial committee's appraisal (14-KNĐ) and the grassroots resolution (15-KNĐ): B1 sits under both.
    const early16 = await expectAppError(
      transitionCandidate({
        actor: committee,
        id: c.id,
        input: { to: "OFFICIAL", date: "2027-06-08", version, decisionNumber: "95-QĐ/ĐUK" },
        today: "2027-06-10",
      }),
    );
    expect(early16.details.map((d) => d.message.split("|")[1])).toEqual([
      `item=C6&form=14-K${encodeURIComponent("NĐ")}`,
      `item=C7&form=15-K${encodeURIComponent("NĐ")}`,
    ]);
    for (const code of ["C6", "C7"]) await updateDossierItem({ actor: committee, id: c.id, input: { code, status: "RECEIVED", date: "2027-05-28" } });
    const official = await transitionCandidate({
      actor: committee,
      id: c.id,
      input: { to: "OFFICIAL", date: "2027-06-08", version, decisionNumber: "95-QĐ/ĐUK" },
      today: "2027-06-10",
    });
    expect(official.candidate).toMatchObject({ stage: "OFFICIAL", admittedOn: "2026-04-20", ceremonyOn: "2026-05-19", officialOn: "2027-05-19" });
    expect(official.candidate.history.filter((e) => e.kind === "TRANSITION")).toHaveLength(9);
    expect(official.candidate.dossierItems.map((d) => d.code)).toEqual([
      "A1",
      "A2",
      "A3",
      "A4",
      "A6",
      "B1",
      "B2",
      "B3",
      "B4",
      "C1",
      "C2",
      "C3",
      "C4",
      "C5",
      "C6",
      "C7",
      "C8",
    ]);
    expect(await prisma.resolution.count({ where: { candidateId: c.id } })).toBe(4);
    expect(official.candidate.history.filter((e) => e.kind === "RECORD").map((e) => (e.changes as { step?: { to: string } }).step?.to)).toEqual([
      "CONVERSION_RESOLUTION",
    ]);
    expect(await prisma.unitStageCount.findUnique({ where: { unitId_stage: { unitId: tree.B1.id, stage: "OFFICIAL" } } })).toMatchObject({ count: 1 });
  });
});

describe("refusals change nothing", () => {
  it("lists every unmet prerequisite, translated, and leaves the record as it was", async () => {
    const secretary = await actorFor("BRANCH_SECRETARY", tree.B1.id);
    const c = await insertCandidate(tree.B1.id, "Đỗ Văn Nam");
    await prisma.candidate.update({ where: { id: c.id }, data: { stage: "BRANCH_VOTE", stageSince: new Date("2026-06-01T00:00:00Z") } });
    const error = await expectAppError(
      transitionCandidate({
        actor: secretary,
        id: c.id,
        input: { to: "COMMITTEE_REVIEW", date: "2026-07-01", version: 1, membersOnRoll: 9, votesFor: 10 },
        today,
      }),
    );
    expect(error.code).toBe("TRANSITION_NOT_ALLOWED");
    expect(error.details.map((d) => [decodeMsg(d.message).key, decodeMsg(d.message).params.item].filter(Boolean).join(":"))).toEqual([
      "rules.CERTIFICATE_MISSING",
      "rules.INTRODUCERS_INSUFFICIENT",
      "rules.OPINIONS_SUMMARY_MISSING",
      "rules.VOTES_EXCEED_ROLL",
      "rules.PAPER_MISSING:A2",
      "rules.PAPER_MISSING:A3",
    ]);
    expect(await prisma.resolution.count()).toBe(0);
    expect(await prisma.candidate.findUniqueOrThrow({ where: { id: c.id } })).toMatchObject({ stage: "BRANCH_VOTE", version: 1 });
  });

  it("refuses an enrolment in a class that was over by the step's date, and writes nothing", async () => {
    const secretary = await actorFor("BRANCH_SECRETARY", tree.B1.id);
    const c = await insertCandidate(tree.B1.id, "Phí Văn Lớp", { stage: "SYMPATHIZER" });
    const course = await awarenessClass();
    const late = await expectAppError(
      transitionCandidate({ actor: secretary, id: c.id, input: { to: "TRAINING", date: "2026-01-19", courseId: course.id, version: 1 }, today }),
    );
    expect(late.details.map((d) => decodeMsg(d.message))).toEqual([{ key: "rules.COURSE_ENDED", params: { classEnd: "2026-01-16" } }]);
    expect(await prisma.enrolment.count({ where: { candidateId: c.id } })).toBe(0);
    // Its last day still counts as a day it ran.
    const moved = await transitionCandidate({
      actor: secretary,
      id: c.id,
      input: { to: "TRAINING", date: "2026-01-16", courseId: course.id, version: 1 },
      today,
    });
    expect(moved.candidate.stage).toBe("TRAINING");
  });

  it("refuses a skipped stage, a stale version, and a secretary recording the superior's decision", async () => {
    const secretary = await actorFor("BRANCH_SECRETARY", tree.B1.id);
    const c = await insertCandidate(tree.B1.id, "Đỗ Văn Nam");
    expect(
      (await expectAppError(transitionCandidate({ actor: secretary, id: c.id, input: { to: "TRAINING", date: "2026-07-01", version: 1 }, today }))).code,
    ).toBe("TRANSITION_NOT_ALLOWED");
    expect(
      (
        await expectAppError(
          transitionCandidate({ actor: secretary, id: c.id, input: { to: "SYMPATHIZER", date: "2026-07-01", version: 7, helperName: "A" }, today }),
        )
      ).code,
    ).toBe("CONFLICT");
    await prisma.candidate.update({ where: { id: c.id }, data: { stage: "SUPERIOR_DECISION" } });
    expect(
      (
        await expectAppError(
          transitionCandidate({ actor: secretary, id: c.id, input: { to: "CEREMONY", date: "2026-07-01", version: 1, decisionNumber: "1-QĐ" }, today }),
        )
      ).code,
    ).toBe("FORBIDDEN");
  });

  it("refuses a decision number already used by the same committee", async () => {
    const committee = await actorFor("SUPERIOR_STAFF", tree.SUP.id);
    const a = await insertCandidate(tree.B1.id, "Người A");
    const b = await insertCandidate(tree.B2.id, "Người B");
    for (const c of [a, b])
      await prisma.candidate.update({ where: { id: c.id }, data: { stage: "SUPERIOR_DECISION", stageSince: new Date("2026-03-01T00:00:00Z") } });
    await transitionCandidate({ actor: committee, id: a.id, input: { to: "CEREMONY", date: "2026-04-01", version: 1, decisionNumber: "7-QĐ/ĐUK" }, today });
    const error = await expectAppError(
      transitionCandidate({ actor: committee, id: b.id, input: { to: "CEREMONY", date: "2026-04-02", version: 1, decisionNumber: "7-QĐ/ĐUK" }, today }),
    );
    expect(error.code).toBe("CONFLICT");
    expect(error.details).toEqual([{ path: "decisionNumber", message: "decisionNumberTaken" }]);
    expect(await prisma.candidate.findUniqueOrThrow({ where: { id: b.id } })).toMatchObject({ stage: "SUPERIOR_DECISION", admittedOn: null });
  });

  it("lets one of two people moving the same candidate at once win; the other gets CONFLICT", async () => {
    const s1 = await actorFor("BRANCH_SECRETARY", tree.B1.id);
    const s2 = await actorFor("GRASSROOTS_STAFF", tree.G1.id);
    const c = await insertCandidate(tree.B1.id, "Người C");
    const results = await Promise.allSettled([
      transitionCandidate({ actor: s1, id: c.id, input: { to: "SYMPATHIZER", date: "2026-07-01", version: 1, helperName: "A" }, today }),
      transitionCandidate({ actor: s2, id: c.id, input: { to: "DROPPED", date: "2026-07-01", version: 1, reason: "Chuyển công tác" }, today }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect((results.find((r) => r.status === "rejected") as PromiseRejectedResult).reason.code).toBe("CONFLICT");
    expect(await prisma.candidateEvent.count({ where: { candidateId: c.id, kind: "TRANSITION" } })).toBe(1);
    expect(await prisma.helper.count({ where: { candidateId: c.id } })).toBeLessThanOrEqual(1);
  });

  it("answers a version beyond the database's integer range as bad input", async () => {
    const secretary = await actorFor("BRANCH_SECRETARY", tree.B1.id);
    const c = await insertCandidate(tree.B1.id, "Người G");
    const error = await expectAppError(
      transitionCandidate({ actor: secretary, id: c.id, input: { to: "SYMPATHIZER", date: "2026-07-01", version: 2147483648, helperName: "A" }, today }),
    );
    expect(error.code).toBe("VALIDATION_FAILED");
  });

  it("sends a candidate back with a reason, and drops them out with one", async () => {
    const secretary = await actorFor("BRANCH_SECRETARY", tree.B1.id);
    const c = await insertCandidate(tree.B1.id, "Người D");
    await prisma.candidate.update({ where: { id: c.id }, data: { stage: "BRANCH_VOTE", stageSince: new Date("2026-06-01T00:00:00Z") } });
    expect(
      (await expectAppError(transitionCandidate({ actor: secretary, id: c.id, input: { to: "TRAINING", date: "2026-07-01", version: 1 }, today }))).details[0]!
        .message,
    ).toBe("rules.REASON_REQUIRED");
    const back = await transitionCandidate({
      actor: secretary,
      id: c.id,
      input: { to: "TRAINING", date: "2026-07-01", version: 1, reason: "Giấy chứng nhận hết hạn, học lại" },
      today,
    });
    expect(back.candidate).toMatchObject({ stage: "TRAINING", stageSince: "2026-07-01" });
    const out = await transitionCandidate({ actor: secretary, id: c.id, input: { to: "DROPPED", date: "2026-07-02", version: 2, reason: "Xin rút" }, today });
    expect(out.candidate).toMatchObject({ stage: "DROPPED", exitReason: "Xin rút" });
  });
});

describe("dossier papers", () => {
  it("refuse the certified verification while the application is missing, on the page, one by one and in bulk; the checklist entry lets it through", async () => {
    const secretary = await actorFor("BRANCH_SECRETARY", tree.B1.id);
    const c = await insertCandidate(tree.B1.id, "Người Hồ Sơ");
    await prisma.candidate.update({ where: { id: c.id }, data: { stage: "DOSSIER", stageSince: new Date("2026-06-01T00:00:00Z") } });
    const step = { to: "BRANCH_VOTE", date: "2026-07-01", verificationRequestedOn: "2026-06-05", certifiedOn: "2026-07-01" };
    // The page names the application; the background form is left to the step's verification fields.
    const page = await getCandidateWorkspace({ actor: secretary, id: c.id, today });
    expect(page.missing).toEqual([{ code: "PAPER_MISSING", params: { item: "A2", form: "1-KNĐ" } }]);
    expect(page.checklist.filter((i) => i.dueNow && i.status === "MISSING").map((i) => i.code)).toEqual(["A1", "A2", "A3"]);
    const refused = await expectAppError(transitionCandidate({ actor: secretary, id: c.id, input: { ...step, version: 1 }, today }));
    expect(refused.details.map((d) => d.message)).toEqual([`rules.PAPER_MISSING|item=A2&form=${encodeURIComponent("1-KNĐ")}`]);
    expect(await prisma.verification.count({ where: { candidateId: c.id } })).toBe(0);
    // A board move reports the same reason for the candidate.
    const bulk = await bulkTransition({ actor: secretary, input: { items: [{ id: c.id, version: 1 }], to: "BRANCH_VOTE", date: "2026-07-01" } });
    expect(bulk.lines).toEqual([
      {
        id: c.id,
        ok: false,
        code: "TRANSITION_NOT_ALLOWED",
        details: [
          { path: "", code: "VERIFICATION_INCOMPLETE", message: "rules.VERIFICATION_INCOMPLETE" },
          { path: "", code: "PAPER_MISSING", message: refused.details[0]!.message },
        ],
      },
    ]);

    await updateDossierItem({ actor: secretary, id: c.id, input: { code: "A2", status: "CHECKED", number: "Đơn", date: "2026-06-02" } });
    expect((await getCandidateWorkspace({ actor: secretary, id: c.id, today })).missing).toEqual([]);
    const moved = await transitionCandidate({ actor: secretary, id: c.id, input: { ...step, version: 1 }, today });
    expect(moved.candidate.stage).toBe("BRANCH_VOTE");
    // The step's paper (A3) is marked received; the secretary's checked A2 is left as it was.
    expect(moved.candidate.dossierItems.map((d) => [d.code, d.status])).toEqual([
      ["A2", "CHECKED"],
      ["A3", "RECEIVED"],
    ]);
  });

  it("ask for the union resolution of a candidate of Youth Union age in a unit with a Youth Union", async () => {
    await prisma.unit.update({ where: { id: tree.B1.id }, data: { hasYouthUnion: true } });
    const secretary = await actorFor("BRANCH_SECRETARY", tree.B1.id);
    const c = await insertCandidate(tree.B1.id, "Người Đoàn Viên");
    await prisma.candidate.update({ where: { id: c.id }, data: { stage: "BRANCH_VOTE", stageSince: new Date("2026-06-01T00:00:00Z") } });
    const page = await getCandidateWorkspace({ actor: secretary, id: c.id, today });
    expect(page.checklist.map((i) => i.code)).toContain("A5");
    expect(page.missing.map((r) => r.code)).toContain("YOUTH_UNION_RESOLUTION_REQUIRED");
    expect(page.missing.filter((r) => r.code === "PAPER_MISSING").map((r) => r.params?.item)).toEqual(["A2", "A3"]);
  });
});

describe("failed votes", () => {
  it("are recorded without moving the candidate; three failed conversion votes raise the escalation flag", async () => {
    const { recordFailedVote } = await import("@/lib/services/pipeline/record-failed-vote");
    const { getCandidateWorkspace } = await import("@/lib/services/pipeline/candidate-workspace");
    const secretary = await actorFor("BRANCH_SECRETARY", tree.B1.id);
    const c = await insertCandidate(tree.B1.id, "Người E");
    await prisma.candidate.update({ where: { id: c.id }, data: { stage: "PROBATION", stageSince: new Date("2025-06-01T00:00:00Z") } });
    await prisma.ceremony.create({ data: { candidateId: c.id, date: new Date("2025-06-01T00:00:00Z") } });
    expect(
      (await expectAppError(recordFailedVote({ actor: secretary, id: c.id, input: { date: "2026-06-10", membersOnRoll: 9, votesFor: 6 }, today }))).details[0]!
        .message,
    ).toBe("votePassed");
    for (const date of ["2026-06-10", "2026-07-10", "2026-08-10"])
      await recordFailedVote({ actor: secretary, id: c.id, input: { date, membersOnRoll: 9, votesFor: 4 }, today });
    expect(await prisma.resolution.count({ where: { candidateId: c.id, passed: false } })).toBe(3);
    const workspace = await getCandidateWorkspace({ actor: secretary, id: c.id, today });
    expect(workspace.facts.stage).toBe("PROBATION");
    // Three failed votes are a flag to escalate, not a deadline due today every day.
    expect(workspace.warnings.map((w) => w.code)).toContain("FAILED_VOTES_ESCALATE");
    expect(workspace.deadlines.map((d) => d.kind)).toEqual(["CONVERSION_RESOLUTION_DUE"]);
  });
});

describe("what needs doing", () => {
  it("lists the overdue and coming deadlines in the caller's scope only, soonest first", async () => {
    const { listDeadlines } = await import("@/lib/services/pipeline/list-deadlines");
    const waiting = await insertCandidate(tree.B1.id, "Chờ quyết định");
    await prisma.candidate.update({ where: { id: waiting.id }, data: { stage: "SUPERIOR_DECISION", stageSince: new Date("2026-08-10T00:00:00Z") } });
    await prisma.resolution.create({
      data: {
        candidateId: waiting.id,
        kind: "BRANCH_ADMISSION",
        unitId: tree.B1.id,
        date: new Date("2026-08-03T00:00:00Z"),
        membersOnRoll: 9,
        votesFor: 9,
        passed: true,
      },
    });
    const probation = await insertCandidate(tree.B4.id, "Dự bị");
    await prisma.candidate.update({ where: { id: probation.id }, data: { stage: "PROBATION", stageSince: new Date("2025-12-01T00:00:00Z") } });
    await prisma.ceremony.create({ data: { candidateId: probation.id, date: new Date("2025-12-01T00:00:00Z") } });
    const staff = await actorFor("SUPERIOR_STAFF", tree.SUP.id);
    const all = await listDeadlines({ actor: staff, input: { within: "30" }, today });
    expect(all.items.map((d) => [d.fullName, d.kind, d.dueDate, d.overdue])).toEqual([
      ["Chờ quyết định", "DECISION_DUE", "2026-10-26", true],
      ["Dự bị", "PROBATION_END", "2026-12-01", false],
    ]);
    const secretary = await actorFor("BRANCH_SECRETARY", tree.B4.id);
    expect((await listDeadlines({ actor: secretary, input: {}, today })).items.map((d) => d.fullName)).toEqual(["Dự bị"]);
    expect((await listDeadlines({ actor: staff, input: { within: "3" }, today })).items).toHaveLength(1);
    expect((await expectAppError(listDeadlines({ actor: staff, input: { within: "-1" }, today }))).code).toBe("VALIDATION_FAILED");
  });
});

describe("the awareness test council", () => {
  it("keeps a candidate in AWARENESS_TEST until a pass is recorded; the pass moves them on", async () => {
    const { createTestSession, recordTestResults } = await import("@/lib/services/classes/awareness-tests");
    await prisma.unit.update({ where: { id: tree.SUP.id }, data: { runsAwarenessTest: true } });
    const secretary = await actorFor("BRANCH_SECRETARY", tree.B1.id);
    const committee = await actorFor("SUPERIOR_STAFF", tree.SUP.id);
    const c = await insertCandidate(tree.B1.id, "Người T");
    await prisma.candidate.update({ where: { id: c.id }, data: { stage: "AWARENESS_TEST", stageSince: new Date("2026-03-01T00:00:00Z") } });
    const refused = await expectAppError(
      transitionCandidate({ actor: secretary, id: c.id, input: { to: "BRANCH_VOTE", date: "2026-03-20", version: 1 }, today }),
    );
    expect(refused.details.map((d) => d.message)).toEqual(["rules.AWARENESS_TEST_NOT_PASSED"]);
    const first = await createTestSession({ actor: committee, input: { unitId: tree.SUP.id, name: "Sát hạch đợt 1", date: "2026-03-20" } });
    await recordTestResults({
      actor: committee,
      sessionId: first.id,
      input: { results: [{ candidateId: c.id, outcome: "ESSAY_RETEST", essayNote: "Viết bài thu hoạch" }] },
    });
    expect(await prisma.candidate.findUniqueOrThrow({ where: { id: c.id } })).toMatchObject({ stage: "AWARENESS_TEST", version: 1 });
    const retest = await createTestSession({ actor: committee, input: { unitId: tree.SUP.id, name: "Sát hạch lại", date: "2026-04-10" } });
    const { lines } = await recordTestResults({
      actor: committee,
      sessionId: retest.id,
      input: { results: [{ candidateId: c.id, outcome: "PASSED", score: 8 }] },
    });
    expect(lines).toEqual([{ candidateId: c.id, ok: true }]);
    expect(await prisma.candidate.findUniqueOrThrow({ where: { id: c.id } })).toMatchObject({
      stage: "BRANCH_VOTE",
      stageSince: new Date("2026-04-10T00:00:00Z"),
    });
    expect(
      await prisma.awarenessTestResult.findMany({ where: { candidateId: c.id }, orderBy: { round: "asc" }, select: { round: true, outcome: true } }),
    ).toEqual([
      { round: 1, outcome: "ESSAY_RETEST" },
      { round: 2, outcome: "PASSED" },
    ]);
  });
});

describe("votes count against the roll on record", () => {
  it("refuse a typed committee size that differs, and store the recorded one", async () => {
    await prisma.unit.update({ where: { id: tree.G1.id }, data: { committeeMembers: 9 } });
    const committee = await actorFor("GRASSROOTS_STAFF", tree.G1.id);
    const c = await insertCandidate(tree.B1.id, "Người R");
    await prisma.candidate.update({ where: { id: c.id }, data: { stage: "COMMITTEE_REVIEW", stageSince: new Date("2026-03-10T00:00:00Z") } });
    // The branch's resolution (B1, 6-KNĐ) as its vote recorded it.
    await prisma.resolution.create({
      data: {
        candidateId: c.id,
        kind: "BRANCH_ADMISSION",
        unitId: tree.B1.id,
        date: new Date("2026-03-10T00:00:00Z"),
        membersOnRoll: 9,
        votesFor: 9,
        passed: true,
      },
    });
    const step = { to: "SUPERIOR_DECISION", date: "2026-03-16", version: 1, partialAppraisalDate: "2026-03-12" };
    const refused = await expectAppError(transitionCandidate({ actor: committee, id: c.id, input: { ...step, membersOnRoll: 6, votesFor: 4 }, today }));
    expect(refused.details.map((d) => d.message.split("|")[0])).toEqual(["rules.COMMITTEE_SIZE_MISMATCH", "rules.VOTE_BELOW_TWO_THIRDS"]);
    expect(await prisma.resolution.count({ where: { candidateId: c.id, kind: "GRASSROOTS_ADMISSION" } })).toBe(0);
    await transitionCandidate({ actor: committee, id: c.id, input: { ...step, votesFor: 6 }, today });
    expect(await prisma.resolution.findFirstOrThrow({ where: { candidateId: c.id, kind: "GRASSROOTS_ADMISSION" } })).toMatchObject({
      membersOnRoll: 9,
      votesFor: 6,
    });
  });

  it("refuse a failed vote with a different roll or dated before the stage began", async () => {
    const { recordFailedVote } = await import("@/lib/services/pipeline/record-failed-vote");
    const secretary = await actorFor("BRANCH_SECRETARY", tree.B1.id);
    const c = await insertCandidate(tree.B1.id, "Người F");
    await prisma.candidate.update({ where: { id: c.id }, data: { stage: "BRANCH_VOTE", stageSince: new Date("2026-06-01T00:00:00Z") } });
    const roll = await expectAppError(recordFailedVote({ actor: secretary, id: c.id, input: { date: "2026-06-10", membersOnRoll: 6, votesFor: 3 }, today }));
    expect(roll.details.map((d) => d.message.split("|")[0])).toEqual(["rules.ROLL_MISMATCH"]);
    const early = await expectAppError(recordFailedVote({ actor: secretary, id: c.id, input: { date: "2026-05-31", votesFor: 3 }, today }));
    expect(early.details.map((d) => d.message.split("|")[0])).toEqual(["rules.VOTE_BEFORE_STAGE"]);
    await recordFailedVote({ actor: secretary, id: c.id, input: { date: "2026-06-10", votesFor: 5 }, today });
    expect(await prisma.resolution.findFirstOrThrow({ where: { candidateId: c.id } })).toMatchObject({ membersOnRoll: 9, votesFor: 5, passed: false });
  });
});

describe("decision extensions", () => {
  it("are recorded while the decision is awaited, move its deadline, and are kept with the decision", async () => {
    const { recordDecisionExtension } = await import("@/lib/services/pipeline/decision-extension");
    const { getCandidateWorkspace } = await import("@/lib/services/pipeline/candidate-workspace");
    const secretary = await actorFor("BRANCH_SECRETARY", tree.B1.id);
    const committee = await actorFor("SUPERIOR_STAFF", tree.SUP.id);
    const c = await insertCandidate(tree.B1.id, "Người X");
    await prisma.candidate.update({ where: { id: c.id }, data: { stage: "SUPERIOR_DECISION", stageSince: new Date("2026-08-10T00:00:00Z") } });
    await prisma.resolution.create({
      data: {
        candidateId: c.id,
        kind: "BRANCH_ADMISSION",
        unitId: tree.B1.id,
        date: new Date("2026-08-03T00:00:00Z"),
        membersOnRoll: 9,
        votesFor: 9,
        passed: true,
      },
    });
    const decisionDue = async () =>
      (await getCandidateWorkspace({ actor: committee, id: c.id, today })).deadlines.find((d) => d.kind === "DECISION_DUE")?.dueDate;
    expect(await decisionDue()).toBe("2026-10-26");
    expect((await expectAppError(recordDecisionExtension({ actor: secretary, id: c.id, input: { kind: "ADMISSION", days: 20 } }))).code).toBe("FORBIDDEN");
    const tooLong = await expectAppError(recordDecisionExtension({ actor: committee, id: c.id, input: { kind: "ADMISSION", days: 31 } }));
    expect(tooLong.details.map((d) => d.message.split("|")[0])).toEqual(["rules.EXTENSION_TOO_LONG"]);
    await recordDecisionExtension({ actor: committee, id: c.id, input: { kind: "ADMISSION", days: 20, document: "Công văn 12-CV/ĐUK" } });
    expect(await decisionDue()).toBe("2026-11-23");
    const decided = await transitionCandidate({
      actor: committee,
      id: c.id,
      input: { to: "CEREMONY", date: "2026-11-20", version: 1, decisionNumber: "400-QĐ/ĐUK" },
      today,
    });
    expect(decided.warnings).toEqual([]);
    expect(await prisma.decision.findFirstOrThrow({ where: { candidateId: c.id } })).toMatchObject({ extensionDays: 20 });
    expect((await expectAppError(recordDecisionExtension({ actor: committee, id: c.id, input: { kind: "ADMISSION", days: 10 } }))).details[0]!.message).toBe(
      "rules.EXTENSION_NOT_WAITING",
    );
  });
});
