/**
 * Blind spots a review found by planting bugs the suite let through: a viewer's writes, a
 * deactivated account, the dossier's history, proposed quotas on the dashboard, and a candidate
 * moved to another subtree. Each test asserts the behaviour the README and domain.md promise.
 */
import bcrypt from "bcryptjs";
import { beforeEach, describe, expect, it } from "vitest";
import { actorFromSession, loadActor } from "@/lib/auth/actor";
import { prisma } from "@/lib/db/client";
import { verifyCredentials } from "@/lib/services/auth/verify-credentials";
import { getCandidate } from "@/lib/services/candidates/get-candidate";
import { updateCandidate } from "@/lib/services/candidates/update-candidate";
import { getAttainment } from "@/lib/services/dashboard/attainment";
import { exportDashboard } from "@/lib/services/dashboard/export";
import { recordDecisionExtension } from "@/lib/services/pipeline/decision-extension";
import { recordFailedVote } from "@/lib/services/pipeline/record-failed-vote";
import { updateDossierItem } from "@/lib/services/pipeline/update-dossier-item";
import { putQuota } from "@/lib/services/quotas/quotas";
import { actorFor, buildTree, expectAppError, insertCandidate, resetDb, type Tree } from "./support/fixtures";

let tree: Tree;
const today = "2026-11-24";

beforeEach(async () => {
  await resetDb();
  tree = await buildTree();
});

/** Rows of every table a candidate's write could touch. */
async function writeCounts() {
  const [candidates, versions, events, dossierItems, resolutions, decisions] = await Promise.all([
    prisma.candidate.count(),
    prisma.candidate.aggregate({ _sum: { version: true } }),
    prisma.candidateEvent.count(),
    prisma.dossierItem.count(),
    prisma.resolution.count(),
    prisma.decision.count(),
  ]);
  return { candidates, versionSum: versions._sum.version ?? 0, events, dossierItems, resolutions, decisions };
}

async function inStage(unitId: string, name: string, stage: "DOSSIER" | "BRANCH_VOTE" | "SUPERIOR_DECISION" | "TRAINING", since: string) {
  const c = await insertCandidate(unitId, name);
  await prisma.candidate.update({ where: { id: c.id }, data: { stage, stageSince: new Date(`${since}T00:00:00Z`) } });
  return c;
}

describe("a viewer reads and never writes", () => {
  it("cannot edit a dossier item, record a failed vote or record an extension; nothing is written", async () => {
    const viewer = await actorFor("VIEWER", tree.G1.id);
    const dossier = await inStage(tree.B1.id, "Người hồ sơ", "DOSSIER", "2026-06-01");
    const voting = await inStage(tree.B1.id, "Người biểu quyết", "BRANCH_VOTE", "2026-06-01");
    const waiting = await inStage(tree.B1.id, "Người chờ quyết định", "SUPERIOR_DECISION", "2026-08-10");
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
    // The viewer does see all three: the refusals are about the role, not the scope.
    for (const c of [dossier, voting, waiting]) expect((await getCandidate({ actor: viewer, id: c.id, today })).id).toBe(c.id);

    const before = await writeCounts();
    expect(
      (await expectAppError(updateDossierItem({ actor: viewer, id: dossier.id, input: { code: "A2", status: "RECEIVED", date: "2026-06-02" } }))).code,
    ).toBe("FORBIDDEN");
    expect(
      (await expectAppError(recordFailedVote({ actor: viewer, id: voting.id, input: { date: "2026-06-10", membersOnRoll: 9, votesFor: 4 }, today }))).code,
    ).toBe("FORBIDDEN");
    expect((await expectAppError(recordDecisionExtension({ actor: viewer, id: waiting.id, input: { kind: "ADMISSION", days: 20 } }))).code).toBe("FORBIDDEN");
    expect(await writeCounts()).toEqual(before);

    // The same inputs go through for those who may write, so the refusals above were the viewer's.
    const secretary = await actorFor("BRANCH_SECRETARY", tree.B1.id);
    const committee = await actorFor("SUPERIOR_STAFF", tree.SUP.id);
    await updateDossierItem({ actor: secretary, id: dossier.id, input: { code: "A2", status: "RECEIVED", date: "2026-06-02" } });
    await recordFailedVote({ actor: secretary, id: voting.id, input: { date: "2026-06-10", membersOnRoll: 9, votesFor: 4 }, today });
    await recordDecisionExtension({ actor: committee, id: waiting.id, input: { kind: "ADMISSION", days: 20 } });
    expect(await writeCounts()).toMatchObject({ events: before.events + 3, dossierItems: before.dossierItems + 1, resolutions: before.resolutions + 1 });
  });
});

describe("a deactivated account", () => {
  it("loses its session at once: loadActor answers null, with or without the session's token", async () => {
    const secretary = await actorFor("BRANCH_SECRETARY", tree.B1.id);
    const { sessionVersion } = await prisma.user.findUniqueOrThrow({ where: { id: secretary.userId }, select: { sessionVersion: true } });
    const token = { userId: secretary.userId, sessionVersion };
    expect(await loadActor(secretary.userId)).toMatchObject({ userId: secretary.userId, role: "BRANCH_SECRETARY" });
    expect(await actorFromSession(token)).toMatchObject({ userId: secretary.userId });
    // Only the flag changes: no sign-out, no new session version.
    await prisma.user.update({ where: { id: secretary.userId }, data: { active: false } });
    expect(await loadActor(secretary.userId)).toBeNull();
    expect(await loadActor(secretary.userId, { sessionVersion })).toBeNull();
    expect(await actorFromSession(token)).toBeNull();
  });

  it("cannot sign in, even with the right password", async () => {
    const user = await prisma.user.create({
      data: { username: "bithu-cu", passwordHash: await bcrypt.hash("dung-mat-khau", 4), fullName: "Bí thư cũ", role: "BRANCH_SECRETARY", unitId: tree.B1.id },
    });
    expect(await verifyCredentials({ username: "bithu-cu", password: "dung-mat-khau" }, "10.0.0.1")).toMatchObject({ ok: true, user: { id: user.id } });
    await prisma.user.update({ where: { id: user.id }, data: { active: false } });
    expect(await verifyCredentials({ username: "bithu-cu", password: "dung-mat-khau" }, "10.0.0.1")).toEqual({ ok: false, error: "INVALID_CREDENTIALS" });
  });
});

describe("a dossier item edit", () => {
  it("writes exactly one DOSSIER history event with the status before and after", async () => {
    const secretary = await actorFor("BRANCH_SECRETARY", tree.B1.id);
    const c = await inStage(tree.B1.id, "Người hồ sơ", "DOSSIER", "2026-06-01");
    const events = () => prisma.candidateEvent.findMany({ where: { candidateId: c.id }, orderBy: { id: "asc" } });
    expect(await events()).toEqual([]);

    await updateDossierItem({ actor: secretary, id: c.id, input: { code: "A2", status: "RECEIVED", number: "Đơn", date: "2026-06-02" } });
    const first = await events();
    expect(first).toHaveLength(1);
    expect(first[0]).toMatchObject({ kind: "DOSSIER", actorId: secretary.userId, changes: { A2: { from: "MISSING", to: "RECEIVED" } } });

    await updateDossierItem({ actor: secretary, id: c.id, input: { code: "A2", status: "CHECKED", number: "Đơn", date: "2026-06-02" } });
    const second = await events();
    expect(second).toHaveLength(2);
    expect(second[1]).toMatchObject({ kind: "DOSSIER", changes: { A2: { from: "RECEIVED", to: "CHECKED" } } });
    expect(await prisma.dossierItem.findMany({ where: { candidateId: c.id }, select: { code: true, status: true } })).toEqual([
      { code: "A2", status: "CHECKED" },
    ]);
  });
});

describe("a proposed quota", () => {
  async function admit(unitId: string, date: string, n: number) {
    for (let i = 0; i < n; i++) {
      const c = await insertCandidate(unitId, `Đảng viên ${unitId.slice(0, 4)} ${i}`, { stage: "OFFICIAL" });
      await prisma.decision.create({
        data: { candidateId: c.id, kind: "ADMISSION", unitId: tree.SUP.id, number: c.id.slice(0, 8), date: new Date(`${date}T00:00:00Z`) },
      });
    }
  }

  it("is never counted as the approved quota, on the dashboard nor in the export", async () => {
    const staff = await actorFor("SUPERIOR_STAFF", tree.SUP.id);
    const g1Staff = await actorFor("GRASSROOTS_STAFF", tree.G1.id);
    const g2Staff = await actorFor("GRASSROOTS_STAFF", tree.G2.id);
    await admit(tree.B1.id, "2026-03-10", 2);
    // G1: approved 5 by the bloc, then asks for 20. G2: only a proposal of 4, never approved.
    await putQuota({ actor: staff, input: { unitId: tree.G1.id, period: "2026", target: 5 } });
    expect(await putQuota({ actor: g1Staff, input: { unitId: tree.G1.id, period: "2026", target: 20, status: "PROPOSED" } })).toMatchObject({
      status: "PROPOSED",
    });
    expect(await putQuota({ actor: g2Staff, input: { unitId: tree.G2.id, period: "2026", target: 4, status: "PROPOSED" } })).toMatchObject({
      status: "PROPOSED",
    });

    const bloc = await getAttainment({ actor: staff, input: { period: "2026" }, today });
    const row = (id: string) => bloc.rows.find((r) => r.unitId === id)!;
    expect(row(tree.G1.id)).toMatchObject({ quota: 5, admitted: 2, attainment: 0.4 });
    expect(row(tree.G2.id)).toMatchObject({ quota: null, admitted: 0, attainment: null });
    // The grassroots committee's own dashboard shows the approved figure, not its own proposal.
    const own = await getAttainment({ actor: g1Staff, input: { period: "2026" }, today });
    expect("parent" in own ? own.parent : undefined).toMatchObject({ unitId: tree.G1.id, quota: 5, admitted: 2 });
    const proposedOnly = await getAttainment({ actor: g2Staff, input: { period: "2026" }, today });
    expect("parent" in proposedOnly ? proposedOnly.parent : undefined).toMatchObject({ unitId: tree.G2.id, quota: null });

    const csv = (await exportDashboard({ actor: staff, input: { period: "2026", format: "csv" } })).body.toString("utf8");
    const line = (name: string) => csv.split(/\r?\n/).find((l) => l.startsWith(`${name},`));
    // Unit, quota, admitted, attainment %, over/under.
    expect(line("Đơn vị G1")).toMatch(/^Đơn vị G1,5,2,40,-3,/);
    expect(line("Đơn vị G2")).toMatch(/^Đơn vị G2,,0,,,/);
    expect(csv).not.toMatch(/,20,|,4,0,/);
  });
});

describe("a candidate moved to a branch in another subtree", () => {
  it("leaves one subtree's counts for the other's, and the old branch's secretary loses sight of them", async () => {
    const staff = await actorFor("SUPERIOR_STAFF", tree.SUP.id);
    const oldSecretary = await actorFor("BRANCH_SECRETARY", tree.B1.id);
    const newSecretary = await actorFor("BRANCH_SECRETARY", tree.B4.id);
    const c = await inStage(tree.B1.id, "Người chuyển đi", "TRAINING", "2026-06-01");
    await inStage(tree.B1.id, "Người ở lại", "TRAINING", "2026-06-01");

    const stageCount = async (unitId: string) =>
      (await prisma.unitStageCount.findUnique({ where: { unitId_stage: { unitId, stage: "TRAINING" } } }))?.count ?? 0;
    const training = async () => {
      const a = await getAttainment({ actor: staff, input: { period: "2026" }, today });
      const of = (id: string) => a.rows.find((r) => r.unitId === id)?.pipeline.TRAINING ?? 0;
      return { G1: of(tree.G1.id), G2: of(tree.G2.id), bloc: ("parent" in a ? a.parent?.pipeline.TRAINING : undefined) ?? 0 };
    };
    expect([await stageCount(tree.B1.id), await stageCount(tree.B4.id)]).toEqual([2, 0]);
    expect(await training()).toEqual({ G1: 2, G2: 0, bloc: 2 });
    expect((await getCandidate({ actor: oldSecretary, id: c.id, today })).id).toBe(c.id);
    expect((await expectAppError(getCandidate({ actor: newSecretary, id: c.id, today }))).code).toBe("NOT_FOUND");

    const moved = await updateCandidate({ actor: staff, id: c.id, input: { version: 1, unitId: tree.B4.id } });
    expect(moved).toMatchObject({ unitId: tree.B4.id, stage: "TRAINING" });

    expect([await stageCount(tree.B1.id), await stageCount(tree.B4.id)]).toEqual([1, 1]);
    expect(await training()).toEqual({ G1: 1, G2: 1, bloc: 2 });
    // Each grassroots committee's own dashboard agrees.
    const g1 = await getAttainment({ actor: await actorFor("GRASSROOTS_STAFF", tree.G1.id), input: { period: "2026" }, today });
    const g2 = await getAttainment({ actor: await actorFor("GRASSROOTS_STAFF", tree.G2.id), input: { period: "2026" }, today });
    expect("parent" in g1 ? g1.parent?.pipeline.TRAINING : undefined).toBe(1);
    expect("parent" in g2 ? g2.parent?.pipeline.TRAINING : undefined).toBe(1);

    expect((await expectAppError(getCandidate({ actor: oldSecretary, id: c.id, today }))).code).toBe("NOT_FOUND");
    expect((await getCandidate({ actor: newSecretary, id: c.id, today })).unitId).toBe(tree.B4.id);
  });
});
