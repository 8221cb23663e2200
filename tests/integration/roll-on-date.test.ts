/**
 * Votes count against the roll in force on the vote's date (issue 11): a branch's official members
 * and a grassroots committee's size are history (UnitRoll), and a step checked or recorded on a
 * date reads the roll of that date (lib/db/pipeline-facts.ts, `on`), whenever the roll was typed
 * in. A refusal caused by the roll names the unit whose roll it counted against.
 */
import { beforeEach, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { getCandidateWorkspace } from "@/lib/services/pipeline/candidate-workspace";
import { recordFailedVote } from "@/lib/services/pipeline/record-failed-vote";
import { transitionCandidate } from "@/lib/services/pipeline/transition-candidate";
import { updateDossierItem } from "@/lib/services/pipeline/update-dossier-item";
import { updateUnit } from "@/lib/services/units/update-unit";
import { decodeMsg } from "@/lib/validation/messages";
import { actorFor, buildTree, expectAppError, insertCandidate, resetDb, type Tree } from "./support/fixtures";

let tree: Tree;
let secretary: Actor;
let staff: Actor;
const today = "2026-11-24";

beforeEach(async () => {
  await resetDb();
  tree = await buildTree();
  secretary = await actorFor("BRANCH_SECRETARY", tree.B1.id);
  staff = await actorFor("GRASSROOTS_STAFF", tree.G1.id);
});

const member = (name: string) => ({ kind: "PARTY_MEMBER", name, officialSince: "2010-05-01", knownSince: "2019-01-01", documentDate: "2026-03-02" });
const vote = { resolutionNumber: "03-NQ/CB", introducers: [member("Trần Văn Hùng"), member("Ngô Thị Lan")], opinionsSummaryDate: "2026-03-05" };

/** A candidate of B1 taken through the service to BRANCH_VOTE (since 27/02/2026), every paper in order; returns the version. */
async function readyForBranchVote(name: string) {
  const c = await insertCandidate(tree.B1.id, name);
  const course = await prisma.course.create({
    data: {
      kind: "AWARENESS",
      name: `Lớp ${name}`,
      unitId: tree.SUP.id,
      startDate: new Date("2026-01-12T00:00:00Z"),
      endDate: new Date("2026-01-16T00:00:00Z"),
    },
  });
  let version = 1;
  for (const step of [
    { to: "SYMPATHIZER", date: "2026-01-06", helperName: "Lê Văn Tâm" },
    { to: "TRAINING", date: "2026-01-12", courseId: course.id },
    { to: "DOSSIER", date: "2026-01-20", certificateNumber: "45/GCN-ĐUK", certificateIssuer: "Đảng ủy Khối" },
    { to: "BRANCH_VOTE", date: "2026-02-27", verificationRequestedOn: "2026-01-26", certifiedOn: "2026-02-27" },
  ]) {
    if (step.to === "BRANCH_VOTE") await updateDossierItem({ actor: secretary, id: c.id, input: { code: "A2", status: "RECEIVED", date: "2026-01-22" } });
    version = (await transitionCandidate({ actor: secretary, id: c.id, input: { ...step, version }, today })).candidate.version;
  }
  return { id: c.id, version };
}

const decoded = (details: { message: string }[]) => details.map((d) => decodeMsg(d.message));

describe("a branch vote", () => {
  it("counts against the roll in force on its date: before a roll change the old roll, after it the new one", async () => {
    const early = await readyForBranchVote("Người Trước");
    const late = await readyForBranchVote("Người Sau");
    // The branch grows from 9 to 12 official members on 10/03/2026 (typed in later, in November).
    await updateUnit({ actor: staff, id: tree.B1.id, input: { version: 1, officialMembers: 12, totalMembers: 14, effectiveFrom: "10/03/2026" }, today });

    // 09/03: 7 of 9 reach two thirds, and the paper's roll of 9 is the roll on record that day.
    await transitionCandidate({
      actor: secretary,
      id: early.id,
      input: { ...vote, to: "COMMITTEE_REVIEW", date: "2026-03-09", version: early.version, membersOnRoll: 9, votesFor: 7, votesAgainst: 1 },
      today,
    });
    expect(await prisma.resolution.findFirstOrThrow({ where: { candidateId: early.id, kind: "BRANCH_ADMISSION" } })).toMatchObject({
      membersOnRoll: 9,
      votesFor: 7,
    });

    // 11/03: the roll is 12. A paper still saying 9 does not match it; 7 of 12 fall short of 8.
    const step = { ...vote, to: "COMMITTEE_REVIEW", date: "2026-03-11", version: late.version };
    const mismatch = await expectAppError(transitionCandidate({ actor: secretary, id: late.id, input: { ...step, membersOnRoll: 9, votesFor: 8 }, today }));
    expect(decoded(mismatch.details)).toEqual([
      { key: "rules.ROLL_MISMATCH", params: { supplied: "9", recorded: "12", rollBody: "branch", rollUnit: tree.B1.id } },
    ]);
    const short = await expectAppError(transitionCandidate({ actor: secretary, id: late.id, input: { ...step, votesFor: 7 }, today }));
    expect(decoded(short.details)).toEqual([
      { key: "rules.VOTE_BELOW_TWO_THIRDS", params: { votesFor: "7", roll: "12", needed: "8", rollBody: "branch", rollUnit: tree.B1.id } },
    ]);
    await transitionCandidate({ actor: secretary, id: late.id, input: { ...step, votesFor: 8 }, today });
    expect(await prisma.resolution.findFirstOrThrow({ where: { candidateId: late.id, kind: "BRANCH_ADMISSION" } })).toMatchObject({
      membersOnRoll: 12,
      votesFor: 8,
    });
  });

  it("kept on record as failed counts against the roll of its own date too", async () => {
    const c = await readyForBranchVote("Người Trượt");
    await updateUnit({ actor: staff, id: tree.B1.id, input: { version: 1, officialMembers: 12, totalMembers: 14, effectiveFrom: "2026-03-10" }, today });
    const refused = await expectAppError(recordFailedVote({ actor: secretary, id: c.id, input: { date: "2026-03-12", membersOnRoll: 9, votesFor: 5 }, today }));
    expect(refused.details.map((d) => [d.path, decodeMsg(d.message).key, decodeMsg(d.message).params.rollUnit])).toEqual([
      ["membersOnRoll", "rules.ROLL_MISMATCH", tree.B1.id],
    ]);
    await recordFailedVote({ actor: secretary, id: c.id, input: { date: "2026-03-09", membersOnRoll: 9, votesFor: 5 }, today });
    await recordFailedVote({ actor: secretary, id: c.id, input: { date: "2026-03-12", votesFor: 7 }, today });
    expect(
      (await prisma.resolution.findMany({ where: { candidateId: c.id }, orderBy: { date: "asc" } })).map((r) => [r.membersOnRoll, r.votesFor, r.passed]),
    ).toEqual([
      [9, 5, false],
      [12, 7, false],
    ]);
  });
});

describe("the grassroots committee's vote", () => {
  it("counts against the committee's size on its date, and a refusal names the committee", async () => {
    await prisma.unit.update({ where: { id: tree.G1.id }, data: { committeeMembers: 9 } });
    const c = await readyForBranchVote("Người Xét");
    const moved = await transitionCandidate({
      actor: secretary,
      id: c.id,
      input: { ...vote, to: "COMMITTEE_REVIEW", date: "2026-03-09", version: c.version, votesFor: 8 },
      today,
    });
    // The committee shrinks from 9 to 6 members on 20/03/2026.
    await updateUnit({ actor: staff, id: tree.G1.id, input: { version: 1, committeeMembers: 6, effectiveFrom: "2026-03-20" }, today });
    const step = { to: "SUPERIOR_DECISION", version: moved.candidate.version, partialAppraisalDate: "2026-03-12", resolutionNumber: "21-NQ/ĐU" };
    const refused = await expectAppError(
      transitionCandidate({ actor: staff, id: c.id, input: { ...step, date: "2026-03-25", membersOnRoll: 9, votesFor: 6 }, today }),
    );
    expect(decoded(refused.details)).toEqual([
      { key: "rules.COMMITTEE_SIZE_MISMATCH", params: { supplied: "9", recorded: "6", rollBody: "committee", rollUnit: tree.G1.id } },
    ]);
    // On 16/03 the committee still had 9 members: 6 of 9 is two thirds.
    await transitionCandidate({ actor: staff, id: c.id, input: { ...step, date: "2026-03-16", membersOnRoll: 9, votesFor: 6 }, today });
    expect(await prisma.resolution.findFirstOrThrow({ where: { candidateId: c.id, kind: "GRASSROOTS_ADMISSION" } })).toMatchObject({
      membersOnRoll: 9,
      votesFor: 6,
    });
  });
});

describe("the candidate page", () => {
  it("shows the roll in force today, and a roll entered ahead of its date only from that date", async () => {
    const c = await readyForBranchVote("Người Xem");
    await updateUnit({ actor: staff, id: tree.B1.id, input: { version: 1, officialMembers: 12, totalMembers: 14, effectiveFrom: "2026-03-10" }, today });
    await updateUnit({
      actor: staff,
      id: tree.B1.id,
      input: { version: 2, officialMembers: 15, totalMembers: 16, hasYouthUnion: true, effectiveFrom: "2027-01-01" },
      today,
    });
    const now = await getCandidateWorkspace({ actor: secretary, id: c.id, today });
    expect(now.facts.unit).toMatchObject({ officialMembers: 12, hasYouthUnion: false });
    const later = await getCandidateWorkspace({ actor: secretary, id: c.id, today: "2027-01-05" });
    expect(later.facts.unit).toMatchObject({ officialMembers: 15, hasYouthUnion: true });
    // The unit's own columns hold today's roll; the one of 2027 waits for its date.
    expect(await prisma.unit.findUniqueOrThrow({ where: { id: tree.B1.id } })).toMatchObject({ officialMembers: 12, hasYouthUnion: false });
  });
});
