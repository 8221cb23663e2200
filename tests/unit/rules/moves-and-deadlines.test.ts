/**
 * What a move needs and which deadlines run, at the edges of each rule (domain.md Part 1): dates in
 * working days with no holidays unless said, so that each number can be counted by hand.
 */
import { describe, expect, it } from "vitest";
import {
  admissionDecisionDue,
  admissionDecisionExtension,
  awaitedDecision,
  candidateDeadlines,
  candidateFlags,
  cappedExtension,
  conversionDecisionExtension,
  extensionInForce,
  openDeadlines,
} from "@/lib/domain/rules/deadlines";
import type { CandidateFacts, IntroducerFact, TransitionInput } from "@/lib/domain/rules/facts";
import { ruleSetByCode } from "@/lib/domain/rules/rule-sets";
import { checkRecordedStep, checkTransition } from "@/lib/domain/rules/transitions";
import type { StageCode } from "@/lib/domain/stages";
import { facts } from "./facts";

const today = "2026-11-24";
const none = new Set<string>();
const rules = ruleSetByCode("QD294-2025");
const codes = (r: ReturnType<typeof checkTransition>) => (r.ok ? [] : r.missing.map((m) => m.code));
const refusal = (r: ReturnType<typeof checkTransition>) => (r.ok ? [] : r.missing);
const member = (name: string): IntroducerFact => ({
  kind: "PARTY_MEMBER",
  name,
  knownSince: "2020-01-01",
  officialSince: "2015-01-01",
  documentDate: "2026-10-01",
});
const move = (f: CandidateFacts, input: TransitionInput, on = today, holidays: ReadonlySet<string> = none) => checkTransition(f, input, on, holidays);
const due = (f: CandidateFacts, on = today, holidays: ReadonlySet<string> = none) => candidateDeadlines(f, on, holidays).map((d) => `${d.kind}:${d.dueDate}`);

describe("any move", () => {
  const source = facts({ stage: "SOURCE", stageSince: "2026-01-05" });
  it("is refused when it skips a stage, naming the stage expected next", () => {
    expect(refusal(move(source, { to: "TRAINING", date: "2026-02-01", helperName: "A" }))).toEqual([
      { code: "STAGE_SKIPPED", params: { expected: "SYMPATHIZER" } },
    ]);
    // A stage off the candidate's path has no next stage.
    const offPath = facts({ stage: "AWARENESS_TEST", stageSince: "2026-01-05" });
    expect(refusal(move(offPath, { to: "BRANCH_VOTE", date: "2026-02-01" }))).toEqual([{ code: "STAGE_SKIPPED", params: { expected: "" } }]);
  });
  it("is no move to the stage the candidate is in, and none out of a terminal stage", () => {
    expect(move(source, { to: "SOURCE", date: "2026-02-01" })).toEqual({ ok: false, missing: [{ code: "NOT_A_MOVE" }], warnings: [] });
    for (const stage of ["OFFICIAL", "DROPPED", "STRUCK_OFF"] as const)
      expect(move(facts({ stage }), { to: "SOURCE", date: "2026-02-01", reason: "x" })).toEqual({
        ok: false,
        missing: [{ code: "TERMINAL_STAGE" }],
        warnings: [],
      });
    expect(move(source, { to: "TRAINING", date: "2026-02-01" })).toEqual({
      ok: false,
      missing: [{ code: "STAGE_SKIPPED", params: { expected: "SYMPATHIZER" } }],
      warnings: [],
    });
  });
  it("may be dated today and on the day the stage began, not after today nor before", () => {
    expect(move(source, { to: "SYMPATHIZER", date: today, helperName: "Lê Văn Tâm" }).ok).toBe(true);
    expect(move(source, { to: "SYMPATHIZER", date: "2026-01-05", helperName: "Lê Văn Tâm" }).ok).toBe(true);
    expect(refusal(move(source, { to: "SYMPATHIZER", date: "2026-01-04", helperName: "Lê Văn Tâm" }))).toEqual([
      { code: "DATE_BEFORE_PREVIOUS_STEP", params: { previous: "2026-01-05" } },
    ]);
    expect(codes(move(source, { to: "SYMPATHIZER", date: "2026-11-25", helperName: "Lê Văn Tâm" }))).toEqual(["DATE_IN_FUTURE"]);
  });
  it("backwards or out needs a reason, not blanks, and none of the forward step's prerequisites", () => {
    const vote = facts({ stage: "BRANCH_VOTE", stageSince: "2026-09-01", papers: [] });
    expect(move(vote, { to: "TRAINING", date: "2026-10-01", reason: "   " })).toEqual({ ok: false, missing: [{ code: "REASON_REQUIRED" }], warnings: [] });
    expect(move(vote, { to: "TRAINING", date: "2026-10-01", reason: "Giấy chứng nhận hết hạn" })).toEqual({ ok: true, warnings: [] });
    expect(codes(move(vote, { to: "DROPPED", date: "2026-12-01", reason: "Xin rút" }))).toEqual(["DATE_IN_FUTURE"]);
    expect(codes(move(vote, { to: "DROPPED", date: "2026-12-01" }))).toEqual(["DATE_IN_FUTURE", "REASON_REQUIRED"]);
  });
});

describe("the steps forward", () => {
  it("SOURCE: a helper must be named", () => {
    const source = facts({ stage: "SOURCE", stageSince: "2026-01-05" });
    expect(codes(move(source, { to: "SYMPATHIZER", date: "2026-02-01", helperName: "  " }))).toEqual(["HELPER_MISSING"]);
    expect(codes(move(source, { to: "SYMPATHIZER", date: "2026-02-01" }))).toEqual(["HELPER_MISSING"]);
  });
  it("TRAINING: the certificate's number, dated on or after the class began", () => {
    const training = facts({
      stage: "TRAINING",
      stageSince: "2026-01-05",
      awareness: { courseStart: "2026-01-12", certificateNumber: null, certificateDate: null },
    });
    expect(codes(move(training, { to: "DOSSIER", date: "2026-01-20", certificateNumber: " " }))).toEqual(["CERTIFICATE_NUMBER_MISSING"]);
    expect(move(training, { to: "DOSSIER", date: "2026-01-12", certificateNumber: "45/GCN" }).ok).toBe(true);
    expect(refusal(move(training, { to: "DOSSIER", date: "2026-01-11", certificateNumber: "45/GCN" }))).toEqual([
      { code: "DATE_BEFORE_CLASS", params: { classStart: "2026-01-12" } },
    ]);
    expect(move({ ...training, awareness: null }, { to: "DOSSIER", date: "2026-01-11", certificateNumber: "45/GCN" }).ok).toBe(true);
  });
  it("DOSSIER: the verification requested on or before its completion, certified on or after it; the missing verification names A3", () => {
    const dossier = facts({ stage: "DOSSIER", stageSince: "2026-01-20" });
    expect(move(dossier, { to: "BRANCH_VOTE", date: "2026-02-20", verificationRequestedOn: "2026-02-20", certifiedOn: "2026-02-20" }).ok).toBe(true);
    expect(codes(move(dossier, { to: "BRANCH_VOTE", date: "2026-02-20", verificationRequestedOn: "2026-02-21", certifiedOn: "2026-02-21" }))).toEqual([
      "CERTIFICATION_BEFORE_VERIFICATION",
    ]);
    expect(codes(move(dossier, { to: "BRANCH_VOTE", date: "2026-02-20", verificationRequestedOn: "2026-01-26" }))).toEqual(["VERIFICATION_INCOMPLETE"]);
    const bare = { ...dossier, papers: [] };
    expect(refusal(move(bare, { to: "BRANCH_VOTE", date: "2026-02-20", certifiedOn: "2026-02-20" }))).toEqual([
      { code: "VERIFICATION_INCOMPLETE" },
      { code: "PAPER_MISSING", params: { item: "A2", form: "1-KNĐ" } },
    ]);
  });
  it("BRANCH_VOTE: a missing certificate or introduction is named by its rule, not again as a paper", () => {
    const vote = facts({
      stage: "BRANCH_VOTE",
      stageSince: "2026-09-01",
      papers: [
        { code: "A2", status: "RECEIVED" },
        { code: "A3", status: "RECEIVED" },
      ],
    });
    const result = move(vote, { to: "COMMITTEE_REVIEW", date: "2026-10-15", votesFor: 9, opinionsSummaryDate: "2026-10-01" });
    expect(codes(result)).toEqual(["CERTIFICATE_MISSING", "INTRODUCERS_INSUFFICIENT"]);
    const withIntroducers = move(vote, {
      to: "COMMITTEE_REVIEW",
      date: "2026-10-15",
      votesFor: 9,
      opinionsSummaryDate: "2026-10-01",
      introducers: [member("A"), member("B")],
    });
    expect(codes(withIntroducers)).toEqual(["CERTIFICATE_MISSING"]);
  });
  it("BRANCH_VOTE: a missing Youth Union resolution is named by its rule, not again as paper A5", () => {
    const young = facts({
      stage: "BRANCH_VOTE",
      stageSince: "2026-09-01",
      birthDate: "2000-05-01",
      unit: { ...facts().unit, hasYouthUnion: true },
      awareness: { courseStart: "2026-03-01", certificateNumber: "1", certificateDate: "2026-03-10" },
      papers: ["A1", "A2", "A3", "A4", "A6"].map((code) => ({ code, status: "RECEIVED" as const })),
    });
    const result = move(young, {
      to: "COMMITTEE_REVIEW",
      date: "2026-10-15",
      votesFor: 9,
      introducers: [member("A"), member("B")],
      opinionsSummaryDate: "2026-10-01",
    });
    expect(result).toEqual({ ok: false, missing: [{ code: "YOUTH_UNION_RESOLUTION_REQUIRED", params: { age: 26 } }], warnings: [] });
  });
  it("BRANCH_VOTE: the over-60 consent lets an older candidate through; under 18 nothing does", () => {
    const ready = facts({
      stage: "BRANCH_VOTE",
      stageSince: "2026-09-01",
      birthDate: "1960-01-01",
      awareness: { courseStart: "2026-03-01", certificateNumber: "1", certificateDate: "2026-03-10" },
    });
    const step = {
      to: "COMMITTEE_REVIEW" as const,
      date: "2026-10-15",
      votesFor: 9,
      introducers: [member("A"), member("B")],
      opinionsSummaryDate: "2026-10-01",
    };
    expect(refusal(move(ready, step))).toEqual([{ code: "AGE_OVER_LIMIT", params: { years: 66, months: 9 } }]);
    expect(move(ready, { ...step, over60Consent: "Văn bản 12-CV/TU" }).ok).toBe(true);
    expect(codes(move({ ...ready, birthDate: "2008-10-16" }, { ...step, over60Consent: "Văn bản 12-CV/TU" }))).toEqual(["AGE_TOO_LOW"]);
    expect(move({ ...ready, birthDate: "2008-10-15" }, step).ok).toBe(true);
  });
  it("the votes: no more present than the roll on record, at the branch, the committee and the conversion", () => {
    const ready = facts({
      stage: "BRANCH_VOTE",
      stageSince: "2026-09-01",
      awareness: { courseStart: "2026-03-01", certificateNumber: "1", certificateDate: "2026-03-10" },
    });
    const vote = {
      to: "COMMITTEE_REVIEW" as const,
      date: "2026-10-15",
      votesFor: 9,
      introducers: [member("A"), member("B")],
      opinionsSummaryDate: "2026-10-01",
    };
    expect(refusal(move(ready, { ...vote, present: 10 }))).toEqual([{ code: "PRESENT_EXCEEDS_ROLL", params: { present: 10, roll: 9 } }]);
    expect(move(ready, { ...vote, present: 9 }).ok).toBe(true);
    const review = facts({
      stage: "COMMITTEE_REVIEW",
      stageSince: "2026-03-10",
      branchResolution: { date: "2026-03-10" },
      unit: { ...facts().unit, grassrootsCommitteeMembers: 7 },
    });
    expect(refusal(move(review, { to: "SUPERIOR_DECISION", date: "2026-03-16", votesFor: 7, present: 8 }))).toEqual([
      { code: "PRESENT_EXCEEDS_ROLL", params: { present: 8, roll: 7 } },
    ]);
    expect(move(review, { to: "SUPERIOR_DECISION", date: "2026-03-16", votesFor: 7, present: 7 }).ok).toBe(true);
    const probation = facts({ stage: "PROBATION", stageSince: "2025-10-15", ceremonyDate: "2025-10-15" });
    expect(refusal(checkRecordedStep(probation, "CONVERSION_RESOLUTION", { date: "2026-10-16", votesFor: 9, present: 10 }, today, none))).toEqual([
      { code: "PRESENT_EXCEEDS_ROLL", params: { present: 10, roll: 9 } },
    ]);
  });
  it("COMMITTEE_REVIEW: a missing appraisal is named by its rule, not again as paper B2", () => {
    const review = facts({
      stage: "COMMITTEE_REVIEW",
      stageSince: "2026-03-10",
      branchResolution: { date: "2026-03-10" },
      unit: { ...facts().unit, partialCommitteeExists: true },
      papers: [],
    });
    expect(refusal(move(review, { to: "SUPERIOR_DECISION", date: "2026-03-16", votesFor: 9 }))).toEqual([{ code: "PARTIAL_APPRAISAL_MISSING" }]);
    // Without a branch resolution on record, its paper (6-KNĐ) is missing.
    expect(
      refusal(move({ ...review, branchResolution: null }, { to: "SUPERIOR_DECISION", date: "2026-03-16", votesFor: 9, partialAppraisalDate: "2026-03-12" })),
    ).toEqual([{ code: "PAPER_MISSING", params: { item: "B1", form: "6-KNĐ" } }]);
    expect(refusal(move(review, { to: "SUPERIOR_DECISION", date: "2026-03-16", votesFor: 6, votesAgainst: 4 }))).toEqual([
      { code: "PARTIAL_APPRAISAL_MISSING" },
      { code: "VOTES_EXCEED_ROLL", params: { votes: 10, roll: 9 } },
    ]);
  });
  it("SUPERIOR_DECISION: a decision number, not blanks", () => {
    const waiting = facts({ stage: "SUPERIOR_DECISION", stageSince: "2026-03-16" });
    expect(codes(move(waiting, { to: "CEREMONY", date: "2026-04-20", decisionNumber: "  " }))).toEqual(["DECISION_NUMBER_MISSING"]);
    expect(move(waiting, { to: "CEREMONY", date: "2026-04-20", decisionNumber: "310-QĐ" })).toEqual({ ok: true, warnings: [] });
  });
});

describe("a late admission decision (60 working days from the branch resolution + the extension)", () => {
  // Branch resolution Monday 03/08/2026: due Monday 26/10/2026 with no holidays.
  const waiting = facts({ stage: "SUPERIOR_DECISION", stageSince: "2026-08-10", branchResolution: { date: "2026-08-03" } });
  const decide = (date: string, more: Partial<TransitionInput> = {}) =>
    move(waiting, { to: "CEREMONY", date, decisionNumber: "310-QĐ", ...more }, "2027-01-29");
  it("is recorded with a warning from the day after the deadline", () => {
    expect(decide("2026-10-26")).toEqual({ ok: true, warnings: [] });
    expect(decide("2026-10-27")).toEqual({ ok: true, warnings: [{ code: "DECISION_LATE", params: { dueOn: "2026-10-26" } }] });
  });
  it("counts the extension noted with the decision, up to 30 working days", () => {
    expect(decide("2026-11-09", { extensionDays: 10 })).toEqual({ ok: true, warnings: [] });
    expect(decide("2026-11-10", { extensionDays: 10 })).toEqual({ ok: true, warnings: [{ code: "DECISION_LATE", params: { dueOn: "2026-11-09" } }] });
    expect(decide("2026-12-08", { extensionDays: 45 })).toEqual({ ok: true, warnings: [{ code: "DECISION_LATE", params: { dueOn: "2026-12-07" } }] });
  });
  it("is never flagged without a branch resolution on record", () => {
    expect(move({ ...waiting, branchResolution: null }, { to: "CEREMONY", date: "2026-11-20", decisionNumber: "310-QĐ" })).toEqual({ ok: true, warnings: [] });
  });
});

describe("the ceremony (30 working days from receipt of the decision)", () => {
  // Received Monday 01/06/2026: due Monday 13/07/2026 with no holidays.
  const decided = facts({ stage: "CEREMONY", stageSince: "2026-05-28", admissionDecision: { date: "2026-05-28", receivedOn: "2026-06-01", extensionDays: 0 } });
  it("may be held from the day the decision is received until the deadline", () => {
    expect(move(decided, { to: "PROBATION", date: "2026-06-01" }).ok).toBe(true);
    expect(move(decided, { to: "PROBATION", date: "2026-07-13" }).ok).toBe(true);
    expect(refusal(move(decided, { to: "PROBATION", date: "2026-05-29" }))).toEqual([
      { code: "CEREMONY_BEFORE_DECISION_RECEIVED", params: { receivedOn: "2026-06-01" } },
    ]);
  });
  it("later only with a recorded consent", () => {
    expect(refusal(move(decided, { to: "PROBATION", date: "2026-07-14" }))).toEqual([{ code: "CEREMONY_LATE_NEEDS_CONSENT", params: { dueOn: "2026-07-13" } }]);
    expect(codes(move(decided, { to: "PROBATION", date: "2026-07-14", lateConsent: "  " }))).toEqual(["CEREMONY_LATE_NEEDS_CONSENT"]);
    expect(move(decided, { to: "PROBATION", date: "2026-07-14", lateConsent: "Công văn 5-CV/ĐUK" }).ok).toBe(true);
  });
  it("counts from the decision's date when its receipt is not recorded", () => {
    const unreceived = { ...decided, admissionDecision: { date: "2026-06-01", receivedOn: null, extensionDays: 0 } };
    expect(codes(move(unreceived, { to: "PROBATION", date: "2026-07-14" }))).toEqual(["CEREMONY_LATE_NEEDS_CONSENT"]);
    expect(move(unreceived, { to: "PROBATION", date: "2026-07-13" }).ok).toBe(true);
  });
});

describe("the conversion", () => {
  const probation = facts({ stage: "PROBATION", stageSince: "2025-10-15", ceremonyDate: "2025-10-15" });
  const vote = { membersOnRoll: 9, votesFor: 6 };
  it("records the branch's resolution after probation, against the roll on record, dated within the stage and not in the future", () => {
    expect(checkRecordedStep(probation, "CONVERSION_RESOLUTION", { ...vote, date: "2026-10-16" }, today, none)).toEqual({ ok: true, warnings: [] });
    expect(refusal(checkRecordedStep(probation, "CONVERSION_RESOLUTION", { ...vote, date: "2026-10-15" }, today, none))).toEqual([
      { code: "CONVERSION_RESOLUTION_NOT_AFTER_PROBATION", params: { endsOn: "2026-10-15" } },
    ]);
    expect(checkRecordedStep(probation, "CONVERSION_RESOLUTION", { ...vote, date: "2026-11-25" }, today, none)).toEqual({
      ok: false,
      missing: [{ code: "DATE_IN_FUTURE" }],
      warnings: [],
    });
    expect(checkRecordedStep(probation, "CONVERSION_RESOLUTION", { ...vote, date: today }, today, none).ok).toBe(true);
    expect(codes(checkRecordedStep(probation, "CONVERSION_RESOLUTION", { membersOnRoll: 8, votesFor: 6, date: "2026-10-16" }, today, none))).toEqual([
      "ROLL_MISMATCH",
    ]);
    expect(codes(checkRecordedStep(probation, "CONVERSION_RESOLUTION", { votesFor: 5, date: "2026-10-16" }, today, none))).toEqual(["VOTE_BELOW_TWO_THIRDS"]);
    const imported = { ...probation, ceremonyDate: null, stageSince: "2026-06-01" };
    expect(refusal(checkRecordedStep(imported, "CONVERSION_RESOLUTION", { ...vote, date: "2026-05-31" }, today, none))).toEqual([
      { code: "DATE_BEFORE_PREVIOUS_STEP", params: { previous: "2026-06-01" } },
    ]);
    expect(checkRecordedStep(imported, "CONVERSION_RESOLUTION", { ...vote, date: "2026-06-01" }, today, none).ok).toBe(true);
  });
  it("then the decision, on or after that resolution", () => {
    const resolved = { ...probation, conversionBranchResolution: { date: "2026-10-20" } };
    expect(move(resolved, { to: "OFFICIAL", date: "2026-10-20", decisionNumber: "16-QĐ" })).toEqual({ ok: true, warnings: [] });
    expect(refusal(move(resolved, { to: "OFFICIAL", date: "2026-10-19", decisionNumber: "16-QĐ" }))).toEqual([
      { code: "CONVERSION_DECISION_BEFORE_RESOLUTION", params: { resolutionDate: "2026-10-20" } },
    ]);
    expect(codes(move(probation, { to: "OFFICIAL", date: "2026-10-20" }))).toEqual(["CONVERSION_RESOLUTION_MISSING", "DECISION_NUMBER_MISSING"]);
  });
});

describe("deadlines by stage", () => {
  it("run the certificate's validity from the dossier to the branch vote only", () => {
    const certified = (stage: StageCode) => facts({ stage, awareness: { courseStart: "2021-03-01", certificateNumber: "1", certificateDate: "2021-03-10" } });
    for (const stage of ["DOSSIER", "AWARENESS_TEST", "BRANCH_VOTE"] as const) expect(due(certified(stage))).toEqual(["CERTIFICATE_EXPIRY:2026-03-10"]);
    for (const stage of ["SOURCE", "TRAINING", "COMMITTEE_REVIEW", "DROPPED", "OFFICIAL"] as const) expect(due(certified(stage))).toEqual([]);
    expect(due(facts({ stage: "BRANCH_VOTE" }))).toEqual([]);
  });
  it("say how many days are left and whether the date has passed", () => {
    const f = facts({ stage: "DOSSIER", awareness: { courseStart: "2021-03-01", certificateNumber: "1", certificateDate: "2021-03-10" } });
    expect(candidateDeadlines(f, "2026-03-10", none)[0]).toMatchObject({
      overdue: false,
      daysLeft: 0,
      rule: { code: "CERTIFICATE_VALIDITY", params: { months: 60 } },
      ruleSetCode: "QD294-2025",
    });
    expect(candidateDeadlines(f, "2026-03-11", none)[0]).toMatchObject({ overdue: true, daysLeft: -1 });
    expect(candidateDeadlines(f, "2026-03-01", none)[0]).toMatchObject({ overdue: false, daysLeft: 9 });
  });
  it("run the admission decision's 60 working days through the committee review and the superior's decision, with the recorded extension", () => {
    const waiting = (stage: StageCode, more: Partial<CandidateFacts> = {}) => facts({ stage, branchResolution: { date: "2026-08-03" }, ...more });
    expect(due(waiting("COMMITTEE_REVIEW"))).toEqual(["DECISION_DUE:2026-10-26"]);
    expect(due(waiting("SUPERIOR_DECISION", { recordedExtensions: { admission: 10, conversion: 0 } }))).toEqual(["DECISION_DUE:2026-11-09"]);
    expect(due(waiting("SUPERIOR_DECISION", { recordedExtensions: { admission: 45, conversion: 0 } }))).toEqual(["DECISION_DUE:2026-12-07"]);
    expect(due(waiting("SUPERIOR_DECISION", { branchResolution: null }))).toEqual([]);
    expect(candidateDeadlines(waiting("SUPERIOR_DECISION"), today, none)[0]?.rule).toEqual({
      code: "ADMISSION_DECISION_PERIOD",
      params: { days: 60, maxExtension: 30 },
    });
  });
  it("run the ceremony's 30 working days once the decision is in", () => {
    const decided = facts({ stage: "CEREMONY", admissionDecision: { date: "2026-05-28", receivedOn: "2026-06-01", extensionDays: 0 } });
    expect(due(decided)).toEqual(["CEREMONY_DUE:2026-07-13"]);
    expect(candidateDeadlines(decided, today, none)[0]?.rule).toEqual({ code: "CEREMONY_PERIOD", params: { days: 30 } });
    expect(due({ ...decided, admissionDecision: null })).toEqual([]);
  });
  it("run probation to its end, then 30 working days for the branch's resolution from the day it ends", () => {
    const p = facts({ stage: "PROBATION", ceremonyDate: "2025-10-15" });
    expect(due(p, "2026-10-14")).toEqual(["PROBATION_END:2026-10-15"]);
    expect(candidateDeadlines(p, "2026-10-14", none)[0]?.rule).toEqual({ code: "PROBATION_PERIOD", params: { months: 12 } });
    expect(due(p, "2026-10-15")).toEqual(["CONVERSION_RESOLUTION_DUE:2026-11-26"]);
    expect(candidateDeadlines(p, "2026-10-15", none)[0]?.rule).toEqual({ code: "CONVERSION_RESOLUTION_PERIOD", params: { days: 30 } });
    expect(due({ ...p, ceremonyDate: null })).toEqual([]);
  });
  it("then 30 working days for the conversion decision, plus the extension noted or recorded, up to 30", () => {
    const resolved = facts({ stage: "PROBATION", ceremonyDate: "2025-10-15", conversionBranchResolution: { date: "2026-11-02" } });
    expect(due(resolved)).toEqual(["CONVERSION_DECISION_DUE:2026-12-14"]);
    expect(candidateDeadlines(resolved, today, none)[0]?.rule).toEqual({ code: "CONVERSION_DECISION_PERIOD", params: { days: 30, maxExtension: 30 } });
    expect(due({ ...resolved, conversionDecisionExtensionDays: 10 })).toEqual(["CONVERSION_DECISION_DUE:2026-12-28"]);
    expect(due({ ...resolved, recordedExtensions: { admission: 0, conversion: 45 } })).toEqual(["CONVERSION_DECISION_DUE:2027-01-25"]);
  });
  it("count over the holiday table", () => {
    const decided = facts({ stage: "CEREMONY", admissionDecision: { date: "2026-05-28", receivedOn: "2026-06-01", extensionDays: 0 } });
    expect(due(decided, today, new Set(["2026-06-02", "2026-06-03", "2026-06-06"]))).toEqual(["CEREMONY_DUE:2026-07-15"]);
  });
  it("are listed when overdue or due within the horizon, the last day included", () => {
    const p = facts({ stage: "PROBATION", ceremonyDate: "2026-01-15" });
    // Probation ends 15/01/2027, 52 days after 24/11/2026.
    expect(openDeadlines(p, today, none, 52).map((d) => d.kind)).toEqual(["PROBATION_END"]);
    expect(openDeadlines(p, today, none, 51)).toEqual([]);
  });
  it("flag three failed conversion votes for the superior, not two", () => {
    const p = facts({ stage: "PROBATION", ceremonyDate: "2025-10-15", failedConversionVotes: 3 });
    expect(candidateFlags(p, today, none)).toEqual([{ code: "FAILED_VOTES_ESCALATE", params: { count: 3 } }]);
    expect(candidateFlags({ ...p, failedConversionVotes: 4 }, today, none)).toEqual([{ code: "FAILED_VOTES_ESCALATE", params: { count: 4 } }]);
    expect(candidateFlags({ ...p, failedConversionVotes: 2 }, today, none)).toEqual([]);
    for (const stage of ["DROPPED", "SOURCE", "BRANCH_VOTE", "OFFICIAL"] as const) expect(candidateFlags({ ...p, stage }, today, none)).toEqual([]);
  });
});

describe("extensions", () => {
  it("are awaited for the admission decision through the committee review and the superior's decision, and for the conversion decision once the branch resolved", () => {
    expect(awaitedDecision(facts({ stage: "COMMITTEE_REVIEW" }))).toBe("ADMISSION");
    expect(awaitedDecision(facts({ stage: "SUPERIOR_DECISION" }))).toBe("ADMISSION");
    expect(awaitedDecision(facts({ stage: "PROBATION" }))).toBeNull();
    expect(awaitedDecision(facts({ stage: "PROBATION", conversionBranchResolution: { date: "2026-10-20" } }))).toBe("CONVERSION");
    for (const stage of ["SOURCE", "BRANCH_VOTE", "CEREMONY", "OFFICIAL", "DROPPED"] as const) expect(awaitedDecision(facts({ stage }))).toBeNull();
  });
  it("count the largest of the one recorded while waiting, the one on the decision and the one typed, never beyond 30 nor below 0", () => {
    const f = facts({
      recordedExtensions: { admission: 10, conversion: 25 },
      admissionDecision: { date: "2026-04-20", receivedOn: null, extensionDays: 20 },
      conversionDecisionExtensionDays: 5,
    });
    expect(extensionInForce("ADMISSION", f, rules)).toBe(20);
    expect(extensionInForce("ADMISSION", f, rules, 25)).toBe(25);
    expect(extensionInForce("ADMISSION", f, rules, 40)).toBe(30);
    expect(extensionInForce("CONVERSION", f, rules)).toBe(25);
    expect(extensionInForce("CONVERSION", { ...f, conversionDecisionExtensionDays: 28 }, rules)).toBe(28);
    expect(extensionInForce("ADMISSION", facts(), rules)).toBe(0);
    expect(admissionDecisionExtension(f, rules)).toBe(20);
    expect(conversionDecisionExtension(f, rules)).toBe(25);
    expect(cappedExtension("CONVERSION", 31, rules)).toBe(30);
    expect(cappedExtension("ADMISSION", -5, rules)).toBe(0);
  });
  it("are capped by each decision's own maximum in the rule set", () => {
    const other = { ...rules, decisionMaxExtensionDays: 30, conversionMaxExtensionDays: 15 };
    expect(cappedExtension("ADMISSION", 20, other)).toBe(20);
    expect(cappedExtension("CONVERSION", 20, other)).toBe(15);
    const resolved = facts({ stage: "PROBATION", ruleSetCode: "QD294-2025", conversionBranchResolution: { date: "2026-10-20" } });
    expect(extensionInForce("CONVERSION", { ...resolved, recordedExtensions: { admission: 0, conversion: 20 } }, other)).toBe(15);
    expect(extensionInForce("ADMISSION", { ...resolved, recordedExtensions: { admission: 20, conversion: 0 } }, other)).toBe(20);
  });
  it("move the admission decision's due date by working days", () => {
    expect(admissionDecisionDue("2026-08-03", 0, rules, none)).toBe("2026-10-26");
    expect(admissionDecisionDue("2026-08-03", 10, rules, none)).toBe("2026-11-09");
    expect(admissionDecisionDue("2026-08-03", 31, rules, none)).toBe("2026-12-07");
  });
});

describe("steps with nothing on record before them", () => {
  it("let a ceremony through without a decision on record (a member imported at this stage)", () => {
    const imported = facts({ stage: "CEREMONY", stageSince: "2026-05-28", admissionDecision: null });
    expect(move(imported, { to: "PROBATION", date: "2026-11-20" })).toEqual({ ok: true, warnings: [] });
  });
  it("refuse a conversion decision whose number is blanks", () => {
    const resolved = facts({ stage: "PROBATION", stageSince: "2025-10-15", ceremonyDate: "2025-10-15", conversionBranchResolution: { date: "2026-10-20" } });
    expect(codes(move(resolved, { to: "OFFICIAL", date: "2026-10-20", decisionNumber: "  " }))).toEqual(["DECISION_NUMBER_MISSING"]);
  });
});
