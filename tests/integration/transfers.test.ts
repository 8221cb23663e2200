/**
 * Transfer of a candidate to another branch (issue 11): only the unit changes (stage, papers,
 * certificates, deadlines and clocks stay), the history before the transfer stays with the old unit
 * and the roll-ups keep counting it there, the caller's scope and the version are checked, and the
 * transfer is audited. Also what the dashboards count as an admission once an admitted member has
 * moved: see the last test.
 */
import { beforeEach, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { getCandidate } from "@/lib/services/candidates/get-candidate";
import { transferCandidate } from "@/lib/services/candidates/transfer-candidate";
import { getAttainment } from "@/lib/services/dashboard/attainment";
import { actorFor, buildTree, expectAppError, insertCandidate, recordMove, resetDb, type Tree } from "./support/fixtures";

let tree: Tree;
const today = "2026-11-24";
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

beforeEach(async () => {
  await resetDb();
  tree = await buildTree();
});

/** A candidate of B1 in DOSSIER since 20/01/2026: a helper, an awareness certificate, papers, three moves on record. */
async function candidateWithFile(name = "Phạm Thị Thu") {
  const c = await insertCandidate(tree.B1.id, name);
  await prisma.candidateEvent.create({ data: { candidateId: c.id, kind: "CREATED", at: new Date("2026-01-05T03:00:00Z") } });
  await recordMove(c.id, "SOURCE", "SYMPATHIZER", "2026-01-06");
  await prisma.helper.create({ data: { candidateId: c.id, fullName: "Lê Văn Tâm", assignedOn: day("2026-01-06") } });
  const course = await prisma.course.create({
    data: { kind: "AWARENESS", name: "Lớp 1/2026", unitId: tree.SUP.id, startDate: day("2026-01-12"), endDate: day("2026-01-16") },
  });
  await recordMove(c.id, "SYMPATHIZER", "TRAINING", "2026-01-12");
  await prisma.enrolment.create({
    data: {
      courseId: course.id,
      candidateId: c.id,
      result: "PASSED",
      certificateNumber: "45/GCN",
      certificateDate: day("2026-01-16"),
      certificateIssuer: "Đảng ủy Khối",
    },
  });
  await recordMove(c.id, "TRAINING", "DOSSIER", "2026-01-20");
  await prisma.dossierItem.create({ data: { candidateId: c.id, code: "A1", status: "CHECKED", number: "45/GCN", date: day("2026-01-16") } });
  await prisma.dossierItem.create({ data: { candidateId: c.id, code: "A2", status: "RECEIVED", date: day("2026-01-22") } });
  await prisma.verification.create({ data: { candidateId: c.id, requestedOn: day("2026-01-26") } });
  return (await prisma.candidate.findUniqueOrThrow({ where: { id: c.id } })).id;
}

/** Everything of the record but its unit, version and history. */
const file = (c: Awaited<ReturnType<typeof getCandidate>>) => {
  const { unitId: _u, unitName: _n, version: _v, history: _h, ...rest } = c;
  void [_u, _n, _v, _h];
  return rest;
};

describe("a transfer", () => {
  it("moves only the unit: stage, papers, certificate, helper, deadlines and clocks stay; the history stays with the old unit; audited", async () => {
    const superior = await actorFor("SUPERIOR_STAFF", tree.SUP.id);
    const id = await candidateWithFile();
    const before = await getCandidate({ actor: superior, id, today });
    expect(before.deadlines.length).toBeGreaterThan(0);

    const after = await transferCandidate({
      actor: superior,
      id,
      input: { toUnitId: tree.B4.id, date: "02/03/2026", reason: "Chuyển công tác", version: before.version },
      today,
    });
    expect(after).toMatchObject({ unitId: tree.B4.id, unitName: tree.B4.name, version: before.version + 1, stage: "DOSSIER", stageSince: "2026-01-20" });
    expect(file(after)).toEqual(file(before));
    expect(await prisma.enrolment.count({ where: { candidateId: id, certificateNumber: "45/GCN" } })).toBe(1);

    const events = await prisma.candidateEvent.findMany({ where: { candidateId: id }, orderBy: { id: "asc" } });
    expect(events.map((e) => [e.kind, e.unitId])).toEqual([
      ["CREATED", tree.B1.id],
      ["TRANSITION", tree.B1.id],
      ["TRANSITION", tree.B1.id],
      ["TRANSITION", tree.B1.id],
      ["TRANSFER", tree.B1.id],
    ]);
    expect(events.at(-1)).toMatchObject({
      actorId: superior.userId,
      reason: "Chuyển công tác",
      changes: { unitId: { from: tree.B1.id, to: tree.B4.id }, date: "2026-03-02", reason: "Chuyển công tác" },
    });
    const audits = await prisma.auditEvent.findMany({ orderBy: { id: "asc" } });
    expect(audits.map((a) => [a.kind, a.action, a.unitId, a.entityId, a.actorId])).toEqual([
      ["TRANSFER", "TRANSFERRED", tree.B1.id, id, superior.userId],
      ["TRANSFER", "TRANSFERRED", tree.B4.id, id, superior.userId],
    ]);
    // The counts of candidates per unit follow the candidate.
    const counts = await prisma.unitStageCount.findMany({ where: { stage: "DOSSIER", count: { not: 0 } }, select: { unitId: true, count: true } });
    expect(counts).toEqual([{ unitId: tree.B4.id, count: 1 }]);

    // What happens next happens in the new unit; what happened before is still counted where it happened.
    await recordMove(id, "DOSSIER", "BRANCH_VOTE", "2026-03-20");
    expect((await prisma.candidateEvent.findFirstOrThrow({ where: { candidateId: id, toStage: "BRANCH_VOTE" } })).unitId).toBe(tree.B4.id);
    const stages = async (unitId: string) =>
      (await prisma.stageExitRollup.findMany({ where: { unitId, forward: { gt: 0 } }, orderBy: { stage: "asc" } })).map((r) => r.stage);
    expect(await stages(tree.G1.id)).toEqual(["SOURCE", "SYMPATHIZER", "TRAINING"]);
    expect(await stages(tree.G2.id)).toEqual(["DOSSIER"]);
    expect(await stages(tree.SUP.id)).toEqual(["SOURCE", "SYMPATHIZER", "TRAINING", "DOSSIER"]);
    const snapshot = () =>
      prisma.$queryRaw<
        unknown[]
      >`SELECT "unitId"::text, stage::text, month::text, forward, exits, b0, b1, b2, b3, b4, b5, b6, b7, b8, b9, b10, b11, b12 FROM "StageExitRollup" WHERE forward <> 0 OR exits <> 0 ORDER BY 1, 2, 3`;
    const kept = await snapshot();
    await prisma.$executeRaw`SELECT stage_exit_rollup_rebuild()`;
    expect(await snapshot()).toEqual(kept);
  });

  it("refuses a target outside the scope (404) or not a branch (422), a stale version (409), an early or future date, and changes nothing", async () => {
    const staff = await actorFor("GRASSROOTS_STAFF", tree.G1.id);
    const id = await candidateWithFile();
    const body = { date: "2026-03-02", reason: "Chuyển công tác", version: 1 };
    const refused = async (actor: typeof staff, input: Record<string, unknown>, candidate = id) =>
      expectAppError(transferCandidate({ actor, id: candidate, input, today }));

    expect((await refused(staff, { ...body, toUnitId: tree.B4.id })).code).toBe("NOT_FOUND");
    const notBranch = await refused(staff, { ...body, toUnitId: tree.P1.id });
    expect([notBranch.code, notBranch.details]).toEqual(["VALIDATION_FAILED", [{ path: "toUnitId", message: "unitNotBranch" }]]);
    expect((await refused(staff, { ...body, toUnitId: tree.B1.id })).details).toEqual([{ path: "toUnitId", message: "transferSameUnit" }]);
    const stale = await refused(staff, { ...body, toUnitId: tree.B2.id, version: 2 });
    expect([stale.code, stale.messageKey]).toEqual(["CONFLICT", "STALE_VERSION"]);
    expect((await refused(staff, { ...body, toUnitId: tree.B2.id, date: "2026-01-19" })).details).toEqual([
      { path: "date", message: "transferBeforeStep|date=2026-01-20" },
    ]);
    expect((await refused(staff, { ...body, toUnitId: tree.B2.id, date: "2099-01-01" })).details.map((d) => d.path)).toEqual(["date"]);
    // A secretary's scope is their branch: every other branch is outside it.
    expect((await refused(await actorFor("BRANCH_SECRETARY", tree.B1.id), { ...body, toUnitId: tree.B2.id })).code).toBe("NOT_FOUND");
    expect((await refused(await actorFor("VIEWER", tree.G1.id), { ...body, toUnitId: tree.B2.id })).code).toBe("FORBIDDEN");
    // A candidate outside the scope does not exist for the caller.
    const foreign = await insertCandidate(tree.B4.id, "Người Ngoài");
    expect((await refused(staff, { ...body, toUnitId: tree.B2.id }, foreign.id)).code).toBe("NOT_FOUND");

    expect(await prisma.candidate.findUniqueOrThrow({ where: { id } })).toMatchObject({ unitId: tree.B1.id, version: 1 });
    expect(await prisma.candidateEvent.count({ where: { kind: "TRANSFER" } })).toBe(0);
    expect(await prisma.auditEvent.count()).toBe(0);
    // Within the caller's subtree it goes through.
    await transferCandidate({ actor: staff, id, input: { ...body, toUnitId: tree.B3.id }, today });
  });

  it("lets one of two transfers of the same version win; the other gets CONFLICT", async () => {
    const staff = await actorFor("GRASSROOTS_STAFF", tree.G1.id);
    const id = await candidateWithFile();
    const go = (toUnitId: string) => transferCandidate({ actor: staff, id, input: { toUnitId, date: "2026-03-02", reason: "Chuyển", version: 1 }, today });
    const results = await Promise.allSettled([go(tree.B2.id), go(tree.B3.id)]);
    expect(results.map((r) => r.status).sort()).toEqual(["fulfilled", "rejected"]);
    const lost = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(lost.reason).toMatchObject({ code: "CONFLICT" });
    expect(await prisma.candidateEvent.count({ where: { kind: "TRANSFER" } })).toBe(1);
  });
});

describe("an admission after the member moved", () => {
  it("is counted in the unit that admitted the member, as are the moves before the transfer", async () => {
    const superior = await actorFor("SUPERIOR_STAFF", tree.SUP.id);
    const c = await insertCandidate(tree.B1.id, "Đảng Viên Dự Bị");
    await prisma.candidateEvent.create({ data: { candidateId: c.id, kind: "CREATED", at: new Date("2026-01-05T03:00:00Z") } });
    await recordMove(c.id, "SUPERIOR_DECISION", "CEREMONY", "2026-02-10");
    await prisma.decision.create({
      data: { candidateId: c.id, kind: "ADMISSION", unitId: tree.SUP.id, number: "310-QĐ/ĐUK", date: day("2026-02-10"), receivedOn: day("2026-02-12") },
    });
    await recordMove(c.id, "CEREMONY", "PROBATION", "2026-03-01");
    await prisma.candidate.update({ where: { id: c.id }, data: { admittedOn: day("2026-02-10"), ceremonyOn: day("2026-03-01") } });
    const admitted = async () =>
      Object.fromEntries(
        (await getAttainment({ actor: superior, input: { period: "2026", unitId: tree.SUP.id }, today })).rows.map((r) => [r.name, r.admitted]),
      );
    expect(await admitted()).toMatchObject({ [tree.G1.name]: 1, [tree.G2.name]: 0 });

    const version = (await prisma.candidate.findUniqueOrThrow({ where: { id: c.id } })).version;
    await transferCandidate({
      actor: superior,
      id: c.id,
      input: { toUnitId: tree.B4.id, date: "2026-04-01", reason: "Chuyển sinh hoạt đảng", version },
      today,
    });
    // The attainment roll-up (lib/db/rollups.ts admissionsByChild) counts each admission decision
    // under the unit the candidate belonged to when it was recorded: G1 keeps its admission.
    expect(await admitted()).toMatchObject({ [tree.G1.name]: 1, [tree.G2.name]: 0 });
    // The pipeline's moves (the stage-exit roll-up, the forecast's rates) stay with G1, where they were made.
    const forward = async (unitId: string) => (await prisma.stageExitRollup.aggregate({ where: { unitId }, _sum: { forward: true } }))._sum.forward ?? 0;
    expect([await forward(tree.G1.id), await forward(tree.G2.id)]).toEqual([2, 0]);
    // The decision itself still names the committee that took it.
    expect((await prisma.decision.findFirstOrThrow({ where: { candidateId: c.id } })).unitId).toBe(tree.SUP.id);
  });
});
