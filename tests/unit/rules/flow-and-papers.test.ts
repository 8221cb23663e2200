/**
 * The order of the stages, the moves between them, and the dossier's papers (domain.md Part 1,
 * "Stages of a candidate" and "Dossier checklist"), through the exported functions only.
 */
import { describe, expect, it } from "vitest";
import { dossierChecklist, missingPapers, papersFromRecords, papersReceived, papersRecordedByForm, type RecordedItem } from "@/lib/domain/rules/dossier";
import type { CandidateFacts, IntroducerFact } from "@/lib/domain/rules/facts";
import { availableMoves, moveKind, nextStage, pathFor } from "@/lib/domain/rules/flow";
import { EXIT_STAGES, isAdmittedStage, isStage, isTerminal, PIPELINE_STAGES, stageIndex, STAGES, type StageCode } from "@/lib/domain/stages";
import { facts } from "./facts";

const today = "2026-11-24";
const plain = facts().unit;
const grassrootsBranch = { ...plain, kind: "GRASSROOTS_BRANCH" as const };
const member = (name: string): IntroducerFact => ({
  kind: "PARTY_MEMBER",
  name,
  knownSince: "2020-01-01",
  officialSince: "2015-01-01",
  documentDate: "2026-10-01",
});
const tradeUnion: IntroducerFact = { kind: "TRADE_UNION", name: "Công đoàn", knownSince: null, officialSince: null, documentDate: "2026-10-01" };

describe("stages", () => {
  it("are the eleven pipeline stages in order, then the two exits", () => {
    expect(STAGES).toEqual([...PIPELINE_STAGES, ...EXIT_STAGES]);
    expect(PIPELINE_STAGES.map((s) => stageIndex(s))).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(stageIndex("DROPPED")).toBe(-1);
    expect(stageIndex("STRUCK_OFF")).toBe(-1);
  });
  it("recognise their own codes only", () => {
    for (const s of STAGES) expect(isStage(s)).toBe(true);
    expect(isStage("ADMITTED")).toBe(false);
    expect(isStage("")).toBe(false);
  });
  it("end at OFFICIAL, DROPPED and STRUCK_OFF", () => {
    expect(STAGES.filter(isTerminal)).toEqual(["OFFICIAL", "DROPPED", "STRUCK_OFF"]);
  });
  it("count as admitted from the ceremony on (the 9-KNĐ exists)", () => {
    expect(STAGES.filter(isAdmittedStage)).toEqual(["CEREMONY", "PROBATION", "OFFICIAL"]);
  });
});

describe("the path", () => {
  it("takes every stage for a branch under a grassroots committee whose superior runs a test", () => {
    expect(pathFor({ ...plain, superiorRunsTest: true })).toEqual([...PIPELINE_STAGES]);
  });
  it("skips the committee review for a grassroots branch and the test where no council runs it", () => {
    expect(pathFor(grassrootsBranch)).toEqual(PIPELINE_STAGES.filter((s) => s !== "AWARENESS_TEST" && s !== "COMMITTEE_REVIEW"));
    expect(pathFor(plain)).not.toContain("AWARENESS_TEST");
    expect(pathFor(plain)).toContain("COMMITTEE_REVIEW");
  });
  it("goes one stage forward at a time, to nothing after OFFICIAL and from nothing off the path", () => {
    expect(nextStage("SOURCE", plain)).toBe("SYMPATHIZER");
    expect(nextStage("BRANCH_VOTE", plain)).toBe("COMMITTEE_REVIEW");
    expect(nextStage("BRANCH_VOTE", grassrootsBranch)).toBe("SUPERIOR_DECISION");
    expect(nextStage("PROBATION", plain)).toBe("OFFICIAL");
    expect(nextStage("OFFICIAL", plain)).toBeNull();
    expect(nextStage("DROPPED", plain)).toBeNull();
    expect(nextStage("AWARENESS_TEST", plain)).toBeNull();
  });
});

describe("moves", () => {
  const kind = (from: StageCode, to: StageCode, unit: CandidateFacts["unit"] = plain) => moveKind(from, to, unit);
  it("drop out before the admission decision only, from the source list on", () => {
    expect(kind("SOURCE", "DROPPED")).toBe("EXIT");
    expect(kind("SUPERIOR_DECISION", "DROPPED")).toBe("EXIT");
    expect(kind("CEREMONY", "DROPPED")).toBeNull();
    expect(kind("PROBATION", "DROPPED")).toBeNull();
    expect(kind("DROPPED", "DROPPED")).toBeNull();
    expect(kind("STRUCK_OFF", "DROPPED")).toBeNull();
  });
  it("strike off only the admitted: awaiting the ceremony or on probation", () => {
    expect(kind("CEREMONY", "STRUCK_OFF")).toBe("EXIT");
    expect(kind("PROBATION", "STRUCK_OFF")).toBe("EXIT");
    expect(kind("SUPERIOR_DECISION", "STRUCK_OFF")).toBeNull();
    expect(kind("OFFICIAL", "STRUCK_OFF")).toBeNull();
  });
  it("go back, with a reason, to an earlier stage after the source list and before admission", () => {
    expect(kind("BRANCH_VOTE", "TRAINING")).toBe("BACKWARD");
    expect(kind("SUPERIOR_DECISION", "SYMPATHIZER")).toBe("BACKWARD");
    expect(kind("TRAINING", "SOURCE")).toBeNull();
    expect(kind("CEREMONY", "BRANCH_VOTE")).toBeNull();
    expect(kind("PROBATION", "CEREMONY")).toBeNull();
    // Not to a stage off the candidate's path.
    expect(kind("BRANCH_VOTE", "AWARENESS_TEST")).toBeNull();
    expect(kind("BRANCH_VOTE", "AWARENESS_TEST", { ...plain, superiorRunsTest: true })).toBe("BACKWARD");
  });
  it("never skip forward", () => {
    expect(kind("SOURCE", "TRAINING")).toBeNull();
    expect(kind("BRANCH_VOTE", "SUPERIOR_DECISION")).toBeNull();
    expect(kind("BRANCH_VOTE", "SUPERIOR_DECISION", grassrootsBranch)).toBe("FORWARD");
  });
  it("offered from a stage: the next one, the earlier ones allowed, and the exit", () => {
    const offered = (from: StageCode, unit = plain) => availableMoves(from, unit).map((m) => `${m.kind}:${m.to}`);
    expect(offered("SOURCE")).toEqual(["FORWARD:SYMPATHIZER", "EXIT:DROPPED"]);
    expect(offered("CEREMONY")).toEqual(["FORWARD:PROBATION", "EXIT:STRUCK_OFF"]);
    expect(offered("SUPERIOR_DECISION", grassrootsBranch)).toEqual([
      "BACKWARD:SYMPATHIZER",
      "BACKWARD:TRAINING",
      "BACKWARD:DOSSIER",
      "BACKWARD:BRANCH_VOTE",
      "FORWARD:CEREMONY",
      "EXIT:DROPPED",
    ]);
    expect(offered("DROPPED")).toEqual([]);
  });
});

describe("the dossier checklist", () => {
  // Every conditional item applies: a branch under a partial committee, on the union route.
  const everything = (stage: StageCode) => facts({ stage, unit: { ...plain, partialCommitteeExists: true }, introducers: [tradeUnion, member("A")] });
  const due = (stage: StageCode) =>
    dossierChecklist(everything(stage), [], today)
      .filter((i) => i.dueNow)
      .map((i) => i.code);
  const A = ["A1", "A2", "A3", "A4", "A5", "A6"];

  it("lists all twenty papers when every condition holds, each with its form", () => {
    const items = dossierChecklist(everything("SOURCE"), [], today);
    expect(items.map((i) => `${i.code} ${i.form}`)).toEqual([
      "A1 GCN",
      "A2 1-KNĐ",
      "A3 2-KNĐ",
      "A4 3-KNĐ",
      "A5 4-KNĐ / 4A-KNĐ",
      "A6 5-KNĐ",
      "B1 6-KNĐ",
      "B2 7-KNĐ",
      "B3 8-KNĐ",
      "B4 9-KNĐ",
      "B5 LLĐV",
      "B6 PĐV",
      "C1 GCN",
      "C2 10-KNĐ",
      "C3 11-KNĐ",
      "C4 12-KNĐ",
      "C5 13-KNĐ",
      "C6 14-KNĐ",
      "C7 15-KNĐ",
      "C8 16-KNĐ",
    ]);
  });

  it("marks what is due as the candidate goes: nothing before the dossier, then A1–A3, the A-items, B1–B3, B4–B6, and the conversion file on probation", () => {
    for (const s of ["SOURCE", "SYMPATHIZER", "TRAINING"] as const) expect(due(s)).toEqual([]);
    expect(due("DOSSIER")).toEqual(["A1", "A2", "A3"]);
    expect(due("AWARENESS_TEST")).toEqual(["A1", "A2", "A3"]);
    expect(due("BRANCH_VOTE")).toEqual(A);
    expect(due("COMMITTEE_REVIEW")).toEqual([...A, "B1", "B2", "B3"]);
    expect(due("SUPERIOR_DECISION")).toEqual([...A, "B1", "B2", "B3", "B4", "B5", "B6"]);
    expect(due("CEREMONY")).toEqual([...A, "B1", "B2", "B3", "B4", "B5", "B6"]);
    expect(due("PROBATION")).toEqual([...A, "B1", "B2", "B3", "B4", "B5", "B6", "C1", "C2", "C3", "C4", "C5", "C6", "C7", "C8"]);
    expect(due("OFFICIAL")).toEqual([]);
    expect(due("DROPPED")).toEqual([]);
    expect(due("STRUCK_OFF")).toEqual([]);
  });

  it("leaves out for a grassroots branch only the grassroots committee's resolutions (8-KNĐ, 15-KNĐ) and the conditional items", () => {
    const gb = facts({ unit: { ...plain, kind: "GRASSROOTS_BRANCH" }, introducers: [member("A"), member("B")] });
    expect(dossierChecklist(gb, [], today).map((i) => i.code)).toEqual([
      "A1",
      "A2",
      "A3",
      "A4",
      "A6",
      "B1",
      "B4",
      "B5",
      "B6",
      "C1",
      "C2",
      "C3",
      "C4",
      "C5",
      "C8",
    ]);
  });

  it("shows each paper as recorded, and a paper never recorded as missing with no number, date or note", () => {
    const recorded: RecordedItem[] = [
      { code: "A2", status: "CHECKED", number: "Đơn 01", date: "2026-06-02", note: "Viết tay" },
      { code: "A4", status: "RECEIVED", number: null, date: null, note: null },
    ];
    const items = dossierChecklist(
      everything("BRANCH_VOTE"),
      [...recorded, { code: "A3", status: "RECEIVED", number: null, date: null, note: null, version: 3 }],
      today,
    );
    // The version an edit must name: the paper's on record, 0 for a paper never recorded.
    expect(items.find((i) => i.code === "A3")?.version).toBe(3);
    expect(items.find((i) => i.code === "A6")?.version).toBe(0);
    expect(items.find((i) => i.code === "A2")).toMatchObject({
      code: "A2",
      form: "1-KNĐ",
      status: "CHECKED",
      number: "Đơn 01",
      date: "2026-06-02",
      note: "Viết tay",
      dueNow: true,
    });
    expect(items.find((i) => i.code === "A4")).toMatchObject({ status: "RECEIVED", number: null, date: null, note: null });
    expect(items.find((i) => i.code === "A6")).toMatchObject({
      code: "A6",
      form: "5-KNĐ",
      status: "MISSING",
      number: null,
      date: null,
      note: null,
      dueNow: true,
    });
  });

  it("keeps the union resolution out of a file of two member introducers for an older candidate", () => {
    const f = facts({ stage: "BRANCH_VOTE", birthDate: "1980-01-01", unit: { ...plain, hasYouthUnion: true }, introducers: [member("A"), member("B")] });
    expect(dossierChecklist(f, [], today).map((i) => i.code)).not.toContain("A5");
    // 16 to 30 in whole years in a unit with a Youth Union: on the union route.
    expect(dossierChecklist({ ...f, birthDate: "2010-11-24" }, [], today).map((i) => i.code)).toContain("A5");
    expect(dossierChecklist({ ...f, birthDate: "2010-11-25" }, [], today).map((i) => i.code)).not.toContain("A5");
  });
});

describe("papers the app's records already prove", () => {
  it("are the certificate, the certified verification, the introductions, the opinions summary and the resolutions and decisions", () => {
    expect(papersFromRecords(facts({ introducers: [] }))).toEqual([]);
    const recorded = facts({
      awareness: { courseStart: "2026-01-12", certificateNumber: "1", certificateDate: "2026-01-20" },
      verification: { requestedOn: "2026-01-26", completedOn: "2026-02-27", certifiedOn: "2026-02-27" },
      introducers: [member("A"), tradeUnion],
      opinionsSummaryDate: "2026-03-05",
      branchResolution: { date: "2026-03-10" },
      grassrootsResolution: { date: "2026-03-16" },
      admissionDecision: { date: "2026-04-20", receivedOn: null, extensionDays: 0 },
      conversionBranchResolution: { date: "2027-05-24" },
    });
    expect(papersFromRecords(recorded)).toEqual(["A1", "A3", "A4", "A5", "A6", "B1", "B3", "B4", "C5"]);
    expect(papersFromRecords(facts({ introducers: [member("A")] }))).toEqual(["A4"]);
    expect(papersFromRecords(facts({ introducers: [tradeUnion] }))).toEqual(["A5"]);
    expect(papersFromRecords(facts({ verification: { requestedOn: "2026-01-26", completedOn: null, certifiedOn: null } }))).toEqual([]);
  });
  it("count for the move like papers ticked on the checklist; a paper marked missing does not", () => {
    expect(
      papersReceived([
        { code: "A1", status: "RECEIVED" },
        { code: "A2", status: "CHECKED" },
        { code: "A3", status: "MISSING" },
      ]),
    ).toEqual(["A1", "A2"]);
    const vote = facts({ stage: "BRANCH_VOTE", papers: [] });
    const withRecords = {
      ...vote,
      awareness: { courseStart: "2026-01-12", certificateNumber: "1", certificateDate: "2026-01-20" },
      verification: { requestedOn: "2026-01-26", completedOn: "2026-02-27", certifiedOn: "2026-02-27" },
      introducers: [member("A"), member("B")],
      opinionsSummaryDate: "2026-11-01",
    };
    expect(missingPapers("BRANCH_VOTE", withRecords, [{ code: "A2", status: "RECEIVED" }], { date: today })).toEqual([]);
    expect(missingPapers("BRANCH_VOTE", withRecords, [{ code: "A2", status: "MISSING" }], { date: today })).toEqual([
      { code: "PAPER_MISSING", params: { item: "A2", form: "1-KNĐ" } },
    ]);
  });
  it("take the introducers typed with the vote over those on record to decide the union route", () => {
    const vote = facts({ stage: "BRANCH_VOTE", birthDate: "1980-01-01", introducers: [tradeUnion, member("A")] });
    const held = [
      { code: "A1", status: "RECEIVED" as const },
      { code: "A2", status: "RECEIVED" as const },
      { code: "A3", status: "RECEIVED" as const },
      { code: "A6", status: "RECEIVED" as const },
    ];
    // On record: a union introduced them, so A5 is proven by the records.
    expect(missingPapers("BRANCH_VOTE", vote, held, { date: today })).toEqual([]);
    // Typed with the vote: two members, no union: A5 does not apply, and A4 comes with the step.
    expect(missingPapers("BRANCH_VOTE", { ...vote, introducers: [] }, held, { date: today, introducers: [member("A"), member("B")] })).toEqual([]);
    // Typed: a union and a member, with nothing on record: the step records A4 and A5.
    expect(missingPapers("BRANCH_VOTE", { ...vote, introducers: [] }, held, { date: today, introducers: [tradeUnion, member("A")] })).toEqual([]);
    // Nothing typed and nothing on record: A4 is missing; an older candidate needs no A5.
    expect(missingPapers("BRANCH_VOTE", { ...vote, introducers: [] }, held, { date: today }).map((r) => r.params?.item)).toEqual(["A4"]);
  });
});

describe("papers a move needs", () => {
  it("are none for the last stage and the exits", () => {
    for (const stage of ["OFFICIAL", "DROPPED", "STRUCK_OFF"] as const)
      expect(missingPapers(stage, facts({ stage, papers: [] }), [], { date: today })).toEqual([]);
  });
  it("may come with the step's own form: the certified background form, the introductions and opinions, the appraisal and the grassroots resolution", () => {
    expect(papersRecordedByForm("DOSSIER")).toEqual(["A3"]);
    expect(papersRecordedByForm("BRANCH_VOTE")).toEqual(["A4", "A5", "A6"]);
    expect(papersRecordedByForm("COMMITTEE_REVIEW")).toEqual(["B2", "B3"]);
    for (const stage of ["SOURCE", "PROBATION", "OFFICIAL", "DROPPED"] as const) expect(papersRecordedByForm(stage)).toEqual([]);
  });
});
