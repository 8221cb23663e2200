/**
 * What each step asks for and what it puts on record (lib/domain/pipeline: one module per stage,
 * written to the database by lib/services/pipeline/record-step.ts): the statute's facts, such as the
 * roll on record as the base of a vote, official membership from the end of probation, the
 * admission dated by its decision.
 */
import { describe, expect, it } from "vitest";
import { RECORDED_STEP_CODES, RECORDED_STEPS, STAGE_MODULES, stageModule } from "@/lib/domain/pipeline/registry";
import type { StepContext, StepField } from "@/lib/domain/pipeline/step-module";
import { PIPELINE_STAGES } from "@/lib/domain/stages";
import { CANDIDATE_UNIT_KINDS } from "@/lib/domain/codes";
import type { CandidateFacts, IntroducerFact, TransitionInput } from "@/lib/domain/rules/facts";
import { ruleSetByCode } from "@/lib/domain/rules/rule-sets";
import { facts } from "./facts";

const rules = ruleSetByCode("QD294-2025");
const none = new Set<string>();
const ctx = (f: CandidateFacts, input: Partial<TransitionInput> & { date: string }): StepContext => ({
  facts: f,
  input: { to: f.stage, ...input } as TransitionInput,
  rules,
  holidays: none,
});
const exitOf = (stage: (typeof PIPELINE_STAGES)[number]) => STAGE_MODULES[stage].exit!;
const member = (name: string, documentDate = "2026-10-01"): IntroducerFact => ({
  kind: "PARTY_MEMBER",
  name,
  knownSince: "2020-01-01",
  officialSince: "2015-01-01",
  documentDate,
});
const youthUnion: IntroducerFact & { documentNumber: string } = {
  kind: "YOUTH_UNION",
  name: "Đoàn TN",
  knownSince: null,
  officialSince: null,
  documentDate: "2026-09-20",
  documentNumber: "12-NQ/ĐTN",
};

describe("the registry", () => {
  it("has a module for every pipeline stage, none for the exits", () => {
    for (const s of PIPELINE_STAGES) expect(stageModule(s)?.stage).toBe(s);
    expect(stageModule("DROPPED")).toBeNull();
    expect(stageModule("STRUCK_OFF")).toBeNull();
    expect(STAGE_MODULES.OFFICIAL.exit).toBeUndefined();
  });
  it("knows the conversion's branch resolution as a step recorded on probation", () => {
    expect(RECORDED_STEP_CODES).toEqual(["CONVERSION_RESOLUTION"]);
    const entry = RECORDED_STEPS.get("CONVERSION_RESOLUTION")!;
    expect(entry.stage).toBe("PROBATION");
    expect(entry.step.historyKind).toBe("RECORD");
    expect(entry.step.papersRequired).toEqual(["C1", "C2", "C3", "C4"]);
    expect(entry.step.open(facts({ stage: "PROBATION" }))).toBe(true);
    expect(entry.step.open(facts({ stage: "PROBATION", conversionBranchResolution: { date: "2026-10-20" } }))).toBe(false);
    expect(entry.step.open(facts({ stage: "CEREMONY" }))).toBe(false);
  });
  it("puts candidates in branches only: a branch under a committee or a grassroots branch", () => {
    expect([...CANDIDATE_UNIT_KINDS]).toEqual(["BRANCH", "GRASSROOTS_BRANCH"]);
  });
});

describe("the forms of the steps", () => {
  const form = (fields: readonly StepField[]) => fields.map((f) => `${f.name}:${f.kind}`);
  const required = (fields: readonly StepField[]) => fields.filter((f) => f.required).map((f) => f.name);
  const optional = (fields: readonly StepField[]) => fields.filter((f) => !f.required).map((f) => f.name);

  it("ask for each paper's date and number in the order of the paper", () => {
    expect(form(exitOf("SOURCE").fields)).toEqual(["date:date", "helperName:text"]);
    expect(form(exitOf("SYMPATHIZER").fields)).toEqual(["date:date", "courseId:course"]);
    expect(form(exitOf("TRAINING").fields)).toEqual(["date:date", "certificateNumber:text", "certificateIssuer:text"]);
    expect(form(exitOf("DOSSIER").fields)).toEqual(["verificationRequestedOn:date", "date:date", "certifiedOn:date", "conclusion:text"]);
    expect(form(exitOf("AWARENESS_TEST").fields)).toEqual(["date:date"]);
    expect(form(exitOf("BRANCH_VOTE").fields)).toEqual([
      "date:date",
      "resolutionNumber:text",
      "membersOnRoll:roll",
      "present:int",
      "votesFor:int",
      "votesAgainst:int",
      "opinionsSummaryDate:date",
      "over60Consent:text",
    ]);
    expect(form(exitOf("COMMITTEE_REVIEW").fields)).toEqual([
      "date:date",
      "resolutionNumber:text",
      "membersOnRoll:roll",
      "votesFor:int",
      "votesAgainst:int",
      "partialAppraisalDate:date",
    ]);
    expect(form(exitOf("SUPERIOR_DECISION").fields)).toEqual(["date:date", "decisionNumber:text", "receivedOn:date"]);
    expect(form(exitOf("CEREMONY").fields)).toEqual(["date:date", "place:text", "lateConsent:text"]);
    expect(form(exitOf("PROBATION").fields)).toEqual(["date:date", "decisionNumber:text"]);
    expect(form(RECORDED_STEPS.get("CONVERSION_RESOLUTION")!.step.fields)).toEqual([
      "date:date",
      "resolutionNumber:text",
      "membersOnRoll:roll",
      "present:int",
      "votesFor:int",
      "votesAgainst:int",
    ]);
  });

  it("label each step's date as the paper that defines it, and the roll as the branch's or the committee's", () => {
    const label = (fields: readonly StepField[], name: string) => fields.find((f) => f.name === name)?.label;
    expect(PIPELINE_STAGES.filter((s) => STAGE_MODULES[s].exit).map((s) => label(exitOf(s).fields, "date"))).toEqual([
      "date",
      "date",
      "certificateDate",
      "verificationCompletedOn",
      "testDate",
      "meetingDate",
      "committeeDate",
      "decisionDate",
      "ceremonyDate",
      "conversionDecisionDate",
    ]);
    expect(label(RECORDED_STEPS.get("CONVERSION_RESOLUTION")!.step.fields, "date")).toBe("conversionResolutionDate");
    expect(label(exitOf("BRANCH_VOTE").fields, "membersOnRoll")).toBe("membersOnRoll");
    expect(label(exitOf("COMMITTEE_REVIEW").fields, "membersOnRoll")).toBe("committeeMembers");
    expect(label(exitOf("SYMPATHIZER").fields, "courseId")).toBe("courseId");
  });

  it("require what the rules require, and leave numbers, places, consents and the appraisal optional", () => {
    for (const s of PIPELINE_STAGES) if (STAGE_MODULES[s].exit) expect(required(exitOf(s).fields)).toContain("date");
    expect(required(exitOf("SOURCE").fields)).toContain("helperName");
    expect(required(exitOf("SYMPATHIZER").fields)).toContain("courseId");
    expect(required(exitOf("TRAINING").fields)).toContain("certificateNumber");
    expect(required(exitOf("DOSSIER").fields)).toEqual(expect.arrayContaining(["verificationRequestedOn", "certifiedOn"]));
    expect(required(exitOf("BRANCH_VOTE").fields)).toContain("votesFor");
    expect(required(exitOf("COMMITTEE_REVIEW").fields)).toContain("votesFor");
    expect(required(RECORDED_STEPS.get("CONVERSION_RESOLUTION")!.step.fields)).toContain("votesFor");
    expect(required(exitOf("SUPERIOR_DECISION").fields)).toContain("decisionNumber");
    expect(required(exitOf("PROBATION").fields)).toContain("decisionNumber");
    expect(optional(exitOf("TRAINING").fields)).toEqual(["certificateIssuer"]);
    expect(optional(exitOf("DOSSIER").fields)).toEqual(["conclusion"]);
    expect(optional(exitOf("BRANCH_VOTE").fields)).toEqual(
      expect.arrayContaining(["resolutionNumber", "membersOnRoll", "present", "votesAgainst", "over60Consent"]),
    );
    expect(optional(exitOf("COMMITTEE_REVIEW").fields)).toEqual(["resolutionNumber", "membersOnRoll", "votesAgainst", "partialAppraisalDate"]);
    expect(optional(exitOf("CEREMONY").fields)).toEqual(["place", "lateConsent"]);
  });

  it("leave to the form the refusals that only say 'fill in this field'", () => {
    expect(exitOf("SOURCE").formFieldCodes).toEqual(["HELPER_MISSING"]);
    expect(exitOf("SYMPATHIZER").formFieldCodes).toEqual(["COURSE_MISSING"]);
    expect(exitOf("TRAINING").formFieldCodes).toEqual(["CERTIFICATE_NUMBER_MISSING"]);
    expect(exitOf("DOSSIER").formFieldCodes).toEqual(["VERIFICATION_INCOMPLETE"]);
    expect(exitOf("BRANCH_VOTE").formFieldCodes).toEqual(["VOTES_MISSING"]);
    expect(exitOf("COMMITTEE_REVIEW").formFieldCodes).toEqual(["VOTES_MISSING", "PARTIAL_APPRAISAL_MISSING"]);
    expect(exitOf("SUPERIOR_DECISION").formFieldCodes).toEqual(["DECISION_NUMBER_MISSING"]);
    expect(exitOf("PROBATION").formFieldCodes).toEqual(["DECISION_NUMBER_MISSING"]);
    expect(RECORDED_STEPS.get("CONVERSION_RESOLUTION")!.step.formFieldCodes).toEqual(["VOTES_MISSING"]);
  });

  it("leave the committees' acts to committee staff, and the decisions to the committee that decides", () => {
    const acts = PIPELINE_STAGES.filter((s) => STAGE_MODULES[s].exit?.committeeAct);
    expect(acts).toEqual(["COMMITTEE_REVIEW", "SUPERIOR_DECISION", "PROBATION"]);
    expect(PIPELINE_STAGES.filter((s) => STAGE_MODULES[s].exit?.decidersAct)).toEqual(["SUPERIOR_DECISION", "PROBATION"]);
    expect(RECORDED_STEPS.get("CONVERSION_RESOLUTION")!.step.committeeAct).toBeFalsy();
    expect(PIPELINE_STAGES.filter((s) => STAGE_MODULES[s].exit?.introducers)).toEqual(["BRANCH_VOTE"]);
  });

  it("record on the form the papers it may carry: the certified background form, the introductions and opinions, the appraisal and the grassroots resolution", () => {
    expect(PIPELINE_STAGES.map((s) => [s, STAGE_MODULES[s].exit?.papersRecordedByForm ?? []]).filter(([, p]) => p.length)).toEqual([
      ["DOSSIER", ["A3"]],
      ["BRANCH_VOTE", ["A4", "A5", "A6"]],
      ["COMMITTEE_REVIEW", ["B2", "B3"]],
    ]);
  });
});

describe("the failed votes kept on record", () => {
  it("are the branch's admission vote, and the conversion vote until a resolution passed", () => {
    expect(STAGE_MODULES.BRANCH_VOTE.failedVote!(facts())).toBe("BRANCH_ADMISSION");
    expect(STAGE_MODULES.PROBATION.failedVote!(facts({ stage: "PROBATION" }))).toBe("BRANCH_CONVERSION");
    expect(STAGE_MODULES.PROBATION.failedVote!(facts({ stage: "PROBATION", conversionBranchResolution: { date: "2026-10-20" } }))).toBeNull();
    expect(PIPELINE_STAGES.filter((s) => STAGE_MODULES[s].failedVote)).toEqual(["BRANCH_VOTE", "PROBATION"]);
  });
});

describe("what each step records", () => {
  it("SOURCE: the helper, named without stray spaces, from the step's date", () => {
    expect(exitOf("SOURCE").records(ctx(facts(), { date: "2026-01-06", helperName: "  Lê Văn Tâm " }))).toEqual([
      { kind: "helper", fullName: "Lê Văn Tâm", assignedOn: "2026-01-06" },
    ]);
  });
  it("SYMPATHIZER: the enrolment in the class chosen", () => {
    expect(exitOf("SYMPATHIZER").records(ctx(facts({ stage: "SYMPATHIZER" }), { date: "2026-01-12", courseId: "c-1" }))).toEqual([
      { kind: "enrolment", courseId: "c-1" },
    ]);
    expect(exitOf("SYMPATHIZER").records(ctx(facts({ stage: "SYMPATHIZER" }), { date: "2026-01-12" }))).toEqual([]);
  });
  it("TRAINING: the certificate, which is paper A1", () => {
    expect(
      exitOf("TRAINING").records(ctx(facts({ stage: "TRAINING" }), { date: "2026-01-20", certificateNumber: "45/GCN", certificateIssuer: "Đảng ủy Khối" })),
    ).toEqual([
      { kind: "certificate", number: "45/GCN", issuer: "Đảng ủy Khối", date: "2026-01-20" },
      { kind: "paper", code: "A1", number: "45/GCN", date: "2026-01-20" },
    ]);
    expect(exitOf("TRAINING").records(ctx(facts({ stage: "TRAINING" }), { date: "2026-01-20" }))[0]).toEqual({
      kind: "certificate",
      number: null,
      issuer: null,
      date: "2026-01-20",
    });
  });
  it("DOSSIER: the verification completed on the step's date and certified, which is paper A3", () => {
    const input = { date: "2026-02-25", verificationRequestedOn: "2026-01-26", certifiedOn: "2026-02-27", conclusion: "Đủ điều kiện" };
    expect(exitOf("DOSSIER").records(ctx(facts({ stage: "DOSSIER" }), input))).toEqual([
      { kind: "verification", requestedOn: "2026-01-26", completedOn: "2026-02-25", certifiedOn: "2026-02-27", conclusion: "Đủ điều kiện" },
      { kind: "paper", code: "A3", date: "2026-02-27" },
    ]);
    expect(exitOf("DOSSIER").records(ctx(facts({ stage: "DOSSIER" }), { ...input, conclusion: undefined }))[0]).toMatchObject({ conclusion: null });
    expect(exitOf("DOSSIER").records(ctx(facts({ stage: "DOSSIER" }), { date: "2026-02-25", certifiedOn: "2026-02-27" }))).toEqual([]);
    expect(exitOf("DOSSIER").records(ctx(facts({ stage: "DOSSIER" }), { date: "2026-02-25", verificationRequestedOn: "2026-01-26" }))).toEqual([]);
    expect(exitOf("DOSSIER").papersRecorded!({ certifiedOn: "2026-02-27" })).toEqual(["A3"]);
    expect(exitOf("DOSSIER").papersRecorded!({})).toEqual([]);
  });
  it("BRANCH_VOTE: the introductions (A4, A5), the opinions summary (A6) and the resolution (B1), counted against the roll on record", () => {
    const f = facts({ stage: "BRANCH_VOTE", unit: { ...facts().unit, officialMembers: 11 } });
    const input = {
      date: "2026-10-15",
      resolutionNumber: "03-NQ/CB",
      membersOnRoll: 11,
      present: 10,
      votesFor: 8,
      votesAgainst: 2,
      introducers: [youthUnion, member("Trần Văn Hùng", "2026-09-25")],
      opinionsSummaryDate: "2026-10-05",
    };
    expect(exitOf("BRANCH_VOTE").records(ctx(f, input))).toEqual([
      { kind: "introducers", introducers: input.introducers },
      { kind: "paper", code: "A4", date: "2026-09-25" },
      { kind: "paper", code: "A5", number: "12-NQ/ĐTN", date: "2026-09-20" },
      { kind: "paper", code: "A6", date: "2026-10-05" },
      {
        kind: "resolution",
        resolution: "BRANCH_ADMISSION",
        body: "branch",
        number: "03-NQ/CB",
        date: "2026-10-15",
        membersOnRoll: 11,
        present: 10,
        votesFor: 8,
        votesAgainst: 2,
        passed: true,
      },
      { kind: "paper", code: "B1", number: "03-NQ/CB", date: "2026-10-15" },
    ]);
    // Nothing typed but the votes: the roll still comes from the record.
    expect(exitOf("BRANCH_VOTE").records(ctx(f, { date: "2026-10-15", votesFor: 8 }))).toEqual([
      {
        kind: "resolution",
        resolution: "BRANCH_ADMISSION",
        body: "branch",
        number: null,
        date: "2026-10-15",
        membersOnRoll: 11,
        present: null,
        votesFor: 8,
        votesAgainst: 0,
        passed: true,
      },
      { kind: "paper", code: "B1", number: undefined, date: "2026-10-15" },
    ]);
    const twoMembers = exitOf("BRANCH_VOTE").records(ctx(f, { date: "2026-10-15", votesFor: 8, introducers: [member("A"), member("B", "2026-09-01")] }));
    expect(twoMembers.filter((r) => r.kind === "paper").map((r) => (r.kind === "paper" ? `${r.code}:${r.date}` : ""))).toEqual([
      "A4:2026-10-01",
      "B1:2026-10-15",
    ]);
    const unionOnly = exitOf("BRANCH_VOTE").records(ctx(f, { date: "2026-10-15", votesFor: 8, introducers: [youthUnion] }));
    expect(unionOnly.filter((r) => r.kind === "paper").map((r) => (r.kind === "paper" ? r.code : ""))).toEqual(["A5", "B1"]);
  });
  it("BRANCH_VOTE: says which papers the typed step brings", () => {
    const papers = exitOf("BRANCH_VOTE").papersRecorded!;
    expect(papers({ introducers: [member("A"), youthUnion], opinionsSummaryDate: "2026-10-05" })).toEqual(["A4", "A5", "A6"]);
    expect(papers({ introducers: [member("A"), member("B")] })).toEqual(["A4"]);
    expect(papers({ introducers: [youthUnion] })).toEqual(["A5"]);
    expect(papers({})).toEqual([]);
  });
  it("COMMITTEE_REVIEW: the partial committee's appraisal (B2) where one exists, and the grassroots resolution (B3) against the committee on record", () => {
    const partial = facts({ stage: "COMMITTEE_REVIEW", unit: { ...facts().unit, partialCommitteeExists: true, grassrootsCommitteeMembers: 7 } });
    expect(
      exitOf("COMMITTEE_REVIEW").records(
        ctx(partial, { date: "2026-03-16", resolutionNumber: "21-NQ/ĐU", votesFor: 6, votesAgainst: 1, partialAppraisalDate: "2026-03-12" }),
      ),
    ).toEqual([
      {
        kind: "resolution",
        resolution: "PARTIAL_ADMISSION_APPRAISAL",
        body: "partial",
        number: null,
        date: "2026-03-12",
        membersOnRoll: 0,
        present: null,
        votesFor: 0,
        votesAgainst: 0,
        passed: true,
      },
      { kind: "paper", code: "B2", date: "2026-03-12" },
      {
        kind: "resolution",
        resolution: "GRASSROOTS_ADMISSION",
        body: "grassroots",
        number: "21-NQ/ĐU",
        date: "2026-03-16",
        membersOnRoll: 7,
        present: null,
        votesFor: 6,
        votesAgainst: 1,
        passed: true,
      },
      { kind: "paper", code: "B3", number: "21-NQ/ĐU", date: "2026-03-16" },
    ]);
    const plain = { ...partial, unit: { ...partial.unit, partialCommitteeExists: false } };
    expect(
      exitOf("COMMITTEE_REVIEW")
        .records(ctx(plain, { date: "2026-03-16", votesFor: 6, partialAppraisalDate: "2026-03-12" }))
        .map((r) => r.kind),
    ).toEqual(["resolution", "paper"]);
    expect(exitOf("COMMITTEE_REVIEW").records(ctx(partial, { date: "2026-03-16", votesFor: 6 }))[0]).toMatchObject({
      resolution: "GRASSROOTS_ADMISSION",
      number: null,
      votesAgainst: 0,
    });
    expect(exitOf("COMMITTEE_REVIEW").papersRecorded!({ partialAppraisalDate: "2026-03-12" })).toEqual(["B2", "B3"]);
    expect(exitOf("COMMITTEE_REVIEW").papersRecorded!({})).toEqual(["B3"]);
  });
  it("SUPERIOR_DECISION: the decision (B4) received on its date unless said otherwise, with the extension in force; the member is admitted on the decision's date", () => {
    const waiting = facts({ stage: "SUPERIOR_DECISION", recordedExtensions: { admission: 20, conversion: 0 } });
    expect(exitOf("SUPERIOR_DECISION").records(ctx(waiting, { date: "2026-04-20", decisionNumber: "310-QĐ", receivedOn: "2026-04-22" }))).toEqual([
      { kind: "decision", decision: "ADMISSION", number: "310-QĐ", date: "2026-04-20", receivedOn: "2026-04-22", extensionDays: 20 },
      { kind: "paper", code: "B4", number: "310-QĐ", date: "2026-04-20" },
      { kind: "dates", admittedOn: "2026-04-20" },
    ]);
    expect(exitOf("SUPERIOR_DECISION").records(ctx(waiting, { date: "2026-04-20", decisionNumber: "310-QĐ", extensionDays: 25 }))[0]).toMatchObject({
      receivedOn: "2026-04-20",
      extensionDays: 25,
    });
    expect(exitOf("SUPERIOR_DECISION").records(ctx(facts({ stage: "SUPERIOR_DECISION" }), { date: "2026-04-20" }))[0]).toMatchObject({
      number: "",
      extensionDays: 0,
    });
  });
  it("CEREMONY: the ceremony, from which probation runs", () => {
    expect(exitOf("CEREMONY").records(ctx(facts({ stage: "CEREMONY" }), { date: "2026-05-19", place: "Hội trường", lateConsent: "5-CV" }))).toEqual([
      { kind: "ceremony", date: "2026-05-19", place: "Hội trường", lateConsent: "5-CV" },
      { kind: "dates", ceremonyOn: "2026-05-19" },
    ]);
    expect(exitOf("CEREMONY").records(ctx(facts({ stage: "CEREMONY" }), { date: "2026-05-19" }))[0]).toEqual({
      kind: "ceremony",
      date: "2026-05-19",
      place: null,
      lateConsent: null,
    });
  });
  it("PROBATION: the recognition decision (C8); official as of the end of probation however late the decision, or as of the decision without a ceremony on record", () => {
    const resolved = facts({
      stage: "PROBATION",
      ceremonyDate: "2025-05-19",
      conversionBranchResolution: { date: "2026-05-25" },
      conversionDecisionExtensionDays: 10,
    });
    expect(exitOf("PROBATION").records(ctx(resolved, { date: "2026-07-01", decisionNumber: "95-QĐ" }))).toEqual([
      { kind: "decision", decision: "CONVERSION", number: "95-QĐ", date: "2026-07-01", receivedOn: "2026-07-01", extensionDays: 10 },
      { kind: "paper", code: "C8", number: "95-QĐ", date: "2026-07-01" },
      { kind: "dates", officialOn: "2026-05-19" },
    ]);
    expect(exitOf("PROBATION").records(ctx({ ...resolved, ceremonyDate: null }, { date: "2026-07-01", decisionNumber: "95-QĐ" }))[2]).toEqual({
      kind: "dates",
      officialOn: "2026-07-01",
    });
    expect(exitOf("PROBATION").records(ctx(resolved, { date: "2026-07-01" }))[0]).toMatchObject({ number: "" });
  });
  it("the conversion's branch resolution (C5), counted against the roll on record", () => {
    const step = RECORDED_STEPS.get("CONVERSION_RESOLUTION")!.step;
    const f = facts({ stage: "PROBATION", unit: { ...facts().unit, officialMembers: 12 } });
    expect(step.records(ctx(f, { date: "2026-05-25", resolutionNumber: "13-NQ/CB", present: 11, votesFor: 9, votesAgainst: 2 }))).toEqual([
      {
        kind: "resolution",
        resolution: "BRANCH_CONVERSION",
        body: "branch",
        number: "13-NQ/CB",
        date: "2026-05-25",
        membersOnRoll: 12,
        present: 11,
        votesFor: 9,
        votesAgainst: 2,
        passed: true,
      },
      { kind: "paper", code: "C5", number: "13-NQ/CB", date: "2026-05-25" },
    ]);
    expect(step.records(ctx(f, { date: "2026-05-25", votesFor: 9 }))[0]).toMatchObject({ number: null, present: null, votesAgainst: 0 });
  });
  it("the awareness test and the last stage record nothing of their own", () => {
    expect(exitOf("AWARENESS_TEST").records(ctx(facts({ stage: "AWARENESS_TEST" }), { date: "2026-03-20" }))).toEqual([]);
  });
});

describe("a few more details of the forms and records", () => {
  const label = (fields: readonly StepField[], name: string) => fields.find((f) => f.name === name)?.label;
  it("label the appraisal's date, and the conversion vote's roll as the branch's", () => {
    expect(label(exitOf("COMMITTEE_REVIEW").fields, "partialAppraisalDate")).toBe("partialAppraisalDate");
    expect(label(RECORDED_STEPS.get("CONVERSION_RESOLUTION")!.step.fields, "membersOnRoll")).toBe("membersOnRoll");
  });
  it("record a helper with no name as an empty name rather than failing", () => {
    expect(exitOf("SOURCE").records(ctx(facts(), { date: "2026-01-06" }))).toEqual([{ kind: "helper", fullName: "", assignedOn: "2026-01-06" }]);
  });
});
