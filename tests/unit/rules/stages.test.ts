import { describe, expect, it } from "vitest";
import { checkRecordedStep, checkTransition } from "@/lib/domain/rules/transitions";
import { checkIntroducers } from "@/lib/domain/rules/eligibility";
import { ruleSetByCode } from "@/lib/domain/rules/rule-sets";
import type { IntroducerFact } from "@/lib/domain/rules/facts";
import { facts } from "./facts";

const today = "2026-11-24";
const none = new Set<string>();
const rules = ruleSetByCode("QD294-2025");
const codes = (r: ReturnType<typeof checkTransition>) => (r.ok ? [] : r.missing.map((m) => m.code));
const member = (name: string): IntroducerFact => ({
  kind: "PARTY_MEMBER",
  name,
  knownSince: "2020-01-01",
  officialSince: "2015-01-01",
  documentDate: "2026-10-01",
});

describe("leaving SYMPATHIZER", () => {
  const sympathizer = facts({ stage: "SYMPATHIZER", stageSince: "2026-01-05" });
  it("needs an awareness class, not a new-member course", () => {
    expect(codes(checkTransition(sympathizer, { to: "TRAINING", date: "2026-01-12" }, today, none))).toEqual(["COURSE_MISSING"]);
    expect(
      codes(checkTransition(sympathizer, { to: "TRAINING", date: "2026-01-12", course: { kind: "NEW_MEMBER", startDate: "2026-01-12" } }, today, none)),
    ).toEqual(["COURSE_WRONG_KIND"]);
    expect(checkTransition(sympathizer, { to: "TRAINING", date: "2026-01-12", course: { kind: "AWARENESS", startDate: "2026-01-12" } }, today, none).ok).toBe(
      true,
    );
  });
  it("cannot join a class that is over by the step's date; its last day or a back-dated day it ran is fine", () => {
    const course = { kind: "AWARENESS" as const, startDate: "2026-01-12", endDate: "2026-01-16" };
    const move = (date: string) => checkTransition(sympathizer, { to: "TRAINING", date, course }, today, none);
    expect(move("2026-01-17").ok ? [] : (move("2026-01-17") as { missing: { code: string; params?: unknown }[] }).missing).toEqual([
      { code: "COURSE_ENDED", params: { classEnd: "2026-01-16" } },
    ]);
    expect(move("2026-01-16").ok).toBe(true);
    expect(move("2026-01-12").ok).toBe(true);
    expect(move("2026-01-06").ok).toBe(true);
  });
});

describe("leaving TRAINING", () => {
  const training = facts({
    stage: "TRAINING",
    stageSince: "2026-01-12",
    awareness: { courseStart: "2026-01-12", certificateNumber: null, certificateDate: null },
  });
  it("needs the certificate number, dated no earlier than the class", () => {
    expect(codes(checkTransition(training, { to: "DOSSIER", date: "2026-01-20" }, today, none))).toEqual(["CERTIFICATE_NUMBER_MISSING"]);
    const early = { ...training, stageSince: "2026-01-05" };
    expect(codes(checkTransition(early, { to: "DOSSIER", date: "2026-01-09", certificateNumber: "45/GCN" }, today, none))).toEqual(["DATE_BEFORE_CLASS"]);
    expect(checkTransition(training, { to: "DOSSIER", date: "2026-01-20", certificateNumber: "45/GCN" }, today, none).ok).toBe(true);
  });
});

describe("leaving DOSSIER", () => {
  const dossier = facts({ stage: "DOSSIER", stageSince: "2026-01-20" });
  it("needs the verification requested, completed and then certified, in that order", () => {
    expect(codes(checkTransition(dossier, { to: "BRANCH_VOTE", date: "2026-02-27" }, today, none))).toEqual(["VERIFICATION_INCOMPLETE"]);
    expect(
      codes(checkTransition(dossier, { to: "BRANCH_VOTE", date: "2026-02-27", verificationRequestedOn: "2026-01-26", certifiedOn: "2026-02-20" }, today, none)),
    ).toEqual(["CERTIFICATION_BEFORE_VERIFICATION"]);
    expect(
      codes(checkTransition(dossier, { to: "BRANCH_VOTE", date: "2026-02-27", verificationRequestedOn: "2026-03-01", certifiedOn: "2026-03-02" }, today, none)),
    ).toEqual(["CERTIFICATION_BEFORE_VERIFICATION"]);
    expect(
      checkTransition(dossier, { to: "BRANCH_VOTE", date: "2026-02-27", verificationRequestedOn: "2026-01-26", certifiedOn: "2026-02-27" }, today, none).ok,
    ).toBe(true);
  });
});

describe("leaving AWARENESS_TEST (where the superior runs a test council)", () => {
  const testing = facts({ stage: "AWARENESS_TEST", stageSince: "2026-03-01", unit: { ...facts().unit, superiorRunsTest: true } });
  it("needs a recorded pass: without one, or with a fail only, the candidate stays for a retest", () => {
    expect(codes(checkTransition(testing, { to: "BRANCH_VOTE", date: "2026-03-20" }, today, none))).toEqual(["AWARENESS_TEST_NOT_PASSED"]);
  });
  it("does not count a pass dated after the move", () => {
    expect(codes(checkTransition({ ...testing, testPassedOn: "2026-03-25" }, { to: "BRANCH_VOTE", date: "2026-03-20" }, today, none))).toEqual([
      "AWARENESS_TEST_NOT_PASSED",
    ]);
  });
  it("lets a candidate who passed go on to the branch vote, on the day of the pass", () => {
    expect(checkTransition({ ...testing, testPassedOn: "2026-03-20" }, { to: "BRANCH_VOTE", date: "2026-03-20" }, today, none).ok).toBe(true);
  });
});

describe("the branch vote's base is the roll on record", () => {
  const ready = facts({
    stage: "BRANCH_VOTE",
    stageSince: "2026-09-01",
    awareness: { courseStart: "2026-03-01", certificateNumber: "1", certificateDate: "2026-03-10" },
  });
  const papers = { introducers: [member("A"), member("B")], opinionsSummaryDate: "2026-10-01" };
  it("refuses a smaller typed roll, and counts the vote against the recorded one", () => {
    // 4 of a typed 6 would be 2/3; of the 9 on record it is not.
    expect(codes(checkTransition(ready, { to: "COMMITTEE_REVIEW", date: "2026-10-15", membersOnRoll: 6, votesFor: 4, ...papers }, today, none))).toEqual([
      "ROLL_MISMATCH",
      "VOTE_BELOW_TWO_THIRDS",
    ]);
    expect(checkTransition(ready, { to: "COMMITTEE_REVIEW", date: "2026-10-15", votesFor: 6, ...papers }, today, none).ok).toBe(true);
    expect(checkTransition(ready, { to: "COMMITTEE_REVIEW", date: "2026-10-15", membersOnRoll: 9, votesFor: 6, ...papers }, today, none).ok).toBe(true);
  });
  it("cannot dodge the 3-member minimum nor the roll ceiling with a typed roll", () => {
    const small = { ...ready, unit: { ...ready.unit, officialMembers: 2 } };
    expect(codes(checkTransition(small, { to: "COMMITTEE_REVIEW", date: "2026-10-15", membersOnRoll: 3, votesFor: 2, ...papers }, today, none))).toEqual([
      "ROLL_MISMATCH",
      "BRANCH_TOO_SMALL",
    ]);
    expect(codes(checkTransition(ready, { to: "COMMITTEE_REVIEW", date: "2026-10-15", membersOnRoll: 12, votesFor: 10, ...papers }, today, none))).toEqual([
      "ROLL_MISMATCH",
      "VOTES_EXCEED_ROLL",
    ]);
  });
  it("is the same for the conversion vote", () => {
    const probation = facts({ stage: "PROBATION", stageSince: "2025-10-01", ceremonyDate: "2025-10-01" });
    const base = { date: "2026-10-05" };
    expect(codes(checkRecordedStep(probation, "CONVERSION_RESOLUTION", { ...base, membersOnRoll: 6, votesFor: 4 }, today, none))).toEqual([
      "ROLL_MISMATCH",
      "VOTE_BELOW_TWO_THIRDS",
    ]);
    expect(checkRecordedStep(probation, "CONVERSION_RESOLUTION", { ...base, votesFor: 6 }, today, none).ok).toBe(true);
  });
});

describe("leaving COMMITTEE_REVIEW", () => {
  const review = facts({ stage: "COMMITTEE_REVIEW", stageSince: "2026-03-10", branchResolution: { date: "2026-03-10" } });
  it("needs 2/3 of the committee on record: 6 of 9 passes, 5 does not", () => {
    expect(checkTransition(review, { to: "SUPERIOR_DECISION", date: "2026-03-16", votesFor: 6 }, today, none).ok).toBe(true);
    expect(codes(checkTransition(review, { to: "SUPERIOR_DECISION", date: "2026-03-16", votesFor: 5 }, today, none))).toEqual(["VOTE_BELOW_TWO_THIRDS"]);
    expect(codes(checkTransition(review, { to: "SUPERIOR_DECISION", date: "2026-03-16" }, today, none))).toEqual(["VOTES_MISSING"]);
  });
  it("refuses a typed committee size that differs from the record", () => {
    expect(codes(checkTransition(review, { to: "SUPERIOR_DECISION", date: "2026-03-16", membersOnRoll: 6, votesFor: 4 }, today, none))).toEqual([
      "COMMITTEE_SIZE_MISMATCH",
      "VOTE_BELOW_TWO_THIRDS",
    ]);
  });
  it("needs the partial committee's appraisal where one exists, dated between the two resolutions", () => {
    const partial = { ...review, unit: { ...review.unit, partialCommitteeExists: true } };
    expect(codes(checkTransition(partial, { to: "SUPERIOR_DECISION", date: "2026-03-16", votesFor: 9 }, today, none))).toEqual(["PARTIAL_APPRAISAL_MISSING"]);
    expect(
      codes(checkTransition(partial, { to: "SUPERIOR_DECISION", date: "2026-03-16", votesFor: 9, partialAppraisalDate: "2026-03-17" }, today, none)),
    ).toEqual(["PARTIAL_APPRAISAL_AFTER_RESOLUTION"]);
    expect(
      codes(checkTransition(partial, { to: "SUPERIOR_DECISION", date: "2026-03-16", votesFor: 9, partialAppraisalDate: "2026-03-09" }, today, none)),
    ).toEqual(["PARTIAL_APPRAISAL_BEFORE_BRANCH_RESOLUTION"]);
    expect(checkTransition(partial, { to: "SUPERIOR_DECISION", date: "2026-03-16", votesFor: 9, partialAppraisalDate: "2026-03-12" }, today, none).ok).toBe(
      true,
    );
  });
});

describe("leaving SUPERIOR_DECISION", () => {
  const waiting = facts({ stage: "SUPERIOR_DECISION", stageSince: "2026-03-16", branchResolution: { date: "2026-03-10" } });
  it("needs the decision number, and the decision received on or after it is signed", () => {
    expect(codes(checkTransition(waiting, { to: "CEREMONY", date: "2026-04-20" }, today, none))).toEqual(["DECISION_NUMBER_MISSING"]);
    expect(codes(checkTransition(waiting, { to: "CEREMONY", date: "2026-04-20", decisionNumber: "310-QĐ", receivedOn: "2026-04-19" }, today, none))).toEqual([
      "RECEIVED_BEFORE_DECISION",
    ]);
    expect(checkTransition(waiting, { to: "CEREMONY", date: "2026-04-20", decisionNumber: "310-QĐ", receivedOn: "2026-04-20" }, today, none).ok).toBe(true);
  });
});

describe("the Youth Union route at the age boundaries (16 and 30, in whole years at the vote)", () => {
  const inUnion = (birthDate: string) => facts({ birthDate, unit: { ...facts().unit, hasYouthUnion: true } });
  const twoMembers = [member("A"), member("B")];
  const required = (age: number) => [{ code: "YOUTH_UNION_RESOLUTION_REQUIRED", params: { age } }];
  it("applies from the 16th birthday", () => {
    expect(checkIntroducers(inUnion("2010-02-01"), twoMembers, "2026-01-31", rules)).toEqual([]);
    expect(checkIntroducers(inUnion("2010-02-01"), twoMembers, "2026-02-01", rules)).toEqual(required(16));
  });
  it("applies through 30 y 11 m and no longer from the 31st birthday", () => {
    expect(checkIntroducers(inUnion("1995-02-01"), twoMembers, "2026-01-31", rules)).toEqual(required(30));
    expect(checkIntroducers(inUnion("1995-02-01"), twoMembers, "2026-02-01", rules)).toEqual([]);
  });
});
