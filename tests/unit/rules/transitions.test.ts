import { describe, expect, it } from "vitest";
import { checkRecordedStep, checkTransition } from "@/lib/domain/rules/transitions";
import { availableMoves, nextStage, pathFor } from "@/lib/domain/rules/flow";
import { candidateDeadlines, candidateFlags } from "@/lib/domain/rules/deadlines";
import { dossierChecklist } from "@/lib/domain/rules/dossier";
import type { IntroducerFact } from "@/lib/domain/rules/facts";
import { facts } from "./facts";

const today = "2026-11-24";
const none = new Set<string>();
const codes = (r: ReturnType<typeof checkTransition>) => (r.ok ? [] : r.missing.map((m) => m.code));
const member = (name: string): IntroducerFact => ({
  kind: "PARTY_MEMBER",
  name,
  knownSince: "2020-01-01",
  officialSince: "2015-01-01",
  documentDate: "2026-10-01",
});

describe("the path through the pipeline", () => {
  it("skips the test without a test council and the committee step for a grassroots branch", () => {
    const plain = facts().unit;
    expect(pathFor(plain)).not.toContain("AWARENESS_TEST");
    expect(nextStage("DOSSIER", plain)).toBe("BRANCH_VOTE");
    expect(nextStage("DOSSIER", { ...plain, superiorRunsTest: true })).toBe("AWARENESS_TEST");
    expect(nextStage("BRANCH_VOTE", { ...plain, kind: "GRASSROOTS_BRANCH" })).toBe("SUPERIOR_DECISION");
  });
  it("offers one step forward, reasoned steps back before admission, and the exits", () => {
    const moves = availableMoves("BRANCH_VOTE", facts().unit).map((m) => `${m.kind}:${m.to}`);
    expect(moves).toEqual(["BACKWARD:SYMPATHIZER", "BACKWARD:TRAINING", "BACKWARD:DOSSIER", "FORWARD:COMMITTEE_REVIEW", "EXIT:DROPPED"]);
    expect(availableMoves("PROBATION", facts().unit).map((m) => `${m.kind}:${m.to}`)).toEqual(["FORWARD:OFFICIAL", "EXIT:STRUCK_OFF"]);
    expect(availableMoves("OFFICIAL", facts().unit)).toEqual([]);
  });
});

describe("checkTransition", () => {
  it("refuses skipping a stage, a future date and a date before the current stage", () => {
    expect(codes(checkTransition(facts(), { to: "TRAINING", date: "2026-01-10" }, today, none))).toEqual(["STAGE_SKIPPED"]);
    expect(codes(checkTransition(facts(), { to: "SYMPATHIZER", date: "2026-12-01", helperName: "A" }, today, none))).toEqual(["DATE_IN_FUTURE"]);
    expect(codes(checkTransition(facts(), { to: "SYMPATHIZER", date: "2024-12-01", helperName: "A" }, today, none))).toEqual(["DATE_BEFORE_PREVIOUS_STEP"]);
    expect(checkTransition(facts(), { to: "SYMPATHIZER", date: "2025-02-01", helperName: "Lê Văn A" }, today, none).ok).toBe(true);
  });
  it("needs a reason to go back or drop out, and nothing moves a terminal stage", () => {
    expect(codes(checkTransition(facts({ stage: "TRAINING" }), { to: "DROPPED", date: "2025-02-01" }, today, none))).toEqual(["REASON_REQUIRED"]);
    expect(checkTransition(facts({ stage: "TRAINING" }), { to: "DROPPED", date: "2025-02-01", reason: "Chuyển công tác" }, today, none).ok).toBe(true);
    expect(codes(checkTransition(facts({ stage: "OFFICIAL" }), { to: "DROPPED", date: "2025-02-01", reason: "x" }, today, none))).toEqual(["TERMINAL_STAGE"]);
    expect(codes(checkTransition(facts({ stage: "CEREMONY" }), { to: "SYMPATHIZER", date: "2025-02-01", reason: "x" }, today, none))).toEqual([
      "STAGE_SKIPPED",
    ]);
  });
  it("lists every unmet prerequisite of the branch vote at once", () => {
    const expired = facts({
      stage: "BRANCH_VOTE",
      stageSince: "2026-09-01",
      birthDate: "2009-01-01",
      awareness: { courseStart: "2021-01-01", certificateNumber: "1", certificateDate: "2021-01-10" },
    });
    const result = checkTransition(
      expired,
      { to: "COMMITTEE_REVIEW", date: "2026-10-15", membersOnRoll: 9, votesFor: 5, introducers: [member("A")] },
      today,
      none,
    );
    expect(codes(result)).toEqual(["AGE_TOO_LOW", "CERTIFICATE_EXPIRED", "INTRODUCERS_INSUFFICIENT", "OPINIONS_SUMMARY_MISSING", "VOTE_BELOW_TWO_THIRDS"]);
  });
  it("lets a complete branch vote through", () => {
    const ready = facts({
      stage: "BRANCH_VOTE",
      stageSince: "2026-09-01",
      awareness: { courseStart: "2026-03-01", certificateNumber: "1", certificateDate: "2026-03-10" },
    });
    const result = checkTransition(
      ready,
      {
        to: "COMMITTEE_REVIEW",
        date: "2026-10-15",
        membersOnRoll: 9,
        votesFor: 6,
        votesAgainst: 1,
        introducers: [member("A"), member("B")],
        opinionsSummaryDate: "2026-10-01",
      },
      today,
      none,
    );
    expect(result).toEqual({ ok: true, warnings: [] });
  });
  it("refuses a ceremony before the decision was received, and a late one without consent", () => {
    const decided = facts({
      stage: "CEREMONY",
      stageSince: "2026-06-01",
      admissionDecision: { date: "2026-06-01", receivedOn: "2026-06-05", extensionDays: 0 },
    });
    expect(codes(checkTransition(decided, { to: "PROBATION", date: "2026-06-04" }, today, none))).toEqual(["CEREMONY_BEFORE_DECISION_RECEIVED"]);
    expect(codes(checkTransition(decided, { to: "PROBATION", date: "2026-08-20" }, today, none))).toEqual(["CEREMONY_LATE_NEEDS_CONSENT"]);
    expect(checkTransition(decided, { to: "PROBATION", date: "2026-08-20", lateConsent: "Công văn 5-CV/ĐUK" }, today, none).ok).toBe(true);
    expect(checkTransition(decided, { to: "PROBATION", date: "2026-07-01" }, today, none).ok).toBe(true);
  });
  it("converts in two steps: the branch's resolution dated after probation ends, then the decision", () => {
    const probation = facts({
      stage: "PROBATION",
      stageSince: "2025-10-01",
      ceremonyDate: "2025-10-01",
      papers: ["C1", "C2", "C3", "C4", "C7"].map((code) => ({ code, status: "RECEIVED" as const })),
    });
    const vote = { membersOnRoll: 9, votesFor: 9 };
    // domain.md §6.2: probation ending 01/10/2026 → the resolution is dated after it, not on it.
    expect(codes(checkRecordedStep(probation, "CONVERSION_RESOLUTION", { ...vote, date: "2026-10-01" }, today, none))).toEqual([
      "CONVERSION_RESOLUTION_NOT_AFTER_PROBATION",
    ]);
    expect(checkRecordedStep(probation, "CONVERSION_RESOLUTION", { ...vote, date: "2026-10-02" }, today, none).ok).toBe(true);
    expect(codes(checkRecordedStep({ ...probation, papers: [] }, "CONVERSION_RESOLUTION", { ...vote, date: "2026-10-02" }, today, none))).toEqual([
      "PAPER_MISSING",
      "PAPER_MISSING",
      "PAPER_MISSING",
      "PAPER_MISSING",
    ]);
    expect(codes(checkRecordedStep(probation, "CONVERSION_RESOLUTION", { membersOnRoll: 9, votesFor: 5, date: "2026-10-02" }, today, none))).toEqual([
      "VOTE_BELOW_TWO_THIRDS",
    ]);
    // The decision waits for the resolution, and cannot predate it.
    const decision = { to: "OFFICIAL" as const, decisionNumber: "16-QĐ", date: "2026-10-20" };
    expect(codes(checkTransition(probation, decision, today, none))).toEqual(["CONVERSION_RESOLUTION_MISSING"]);
    const resolved = { ...probation, conversionBranchResolution: { date: "2026-10-05" } };
    expect(checkTransition(resolved, decision, today, none).ok).toBe(true);
    expect(codes(checkTransition(resolved, { ...decision, date: "2026-10-04" }, today, none))).toEqual(["CONVERSION_DECISION_BEFORE_RESOLUTION"]);
    expect(codes(checkTransition(resolved, { ...decision, decisionNumber: "" }, today, none))).toEqual(["DECISION_NUMBER_MISSING"]);
    // Recorded once: the step is closed after its resolution passed.
    expect(codes(checkRecordedStep(resolved, "CONVERSION_RESOLUTION", { ...vote, date: "2026-10-06" }, today, none))).toEqual(["STEP_ALREADY_RECORDED"]);
    expect(codes(checkRecordedStep(facts({ stage: "CEREMONY" }), "CONVERSION_RESOLUTION", { ...vote, date: "2026-10-06" }, today, none))).toEqual([
      "NOT_A_MOVE",
    ]);
  });
  it("asks for the appraisals that exist before the conversion decision (14-KNĐ, 15-KNĐ)", () => {
    const resolved = facts({
      stage: "PROBATION",
      stageSince: "2025-10-01",
      ceremonyDate: "2025-10-01",
      conversionBranchResolution: { date: "2026-10-05" },
      unit: { ...facts().unit, partialCommitteeExists: true },
      papers: [],
    });
    const decision = { to: "OFFICIAL" as const, decisionNumber: "16-QĐ", date: "2026-10-20" };
    const missing = checkTransition(resolved, decision, today, none);
    expect(missing.ok ? [] : missing.missing.map((r) => r.params?.item)).toEqual(["C6", "C7"]);
    const grassrootsBranch = { ...resolved, unit: { ...facts().unit, kind: "GRASSROOTS_BRANCH" as const } };
    expect(checkTransition(grassrootsBranch, decision, today, none).ok).toBe(true);
  });
});

describe("deadlines", () => {
  it("names the decision deadline 60 working days after the branch resolution", () => {
    const waiting = facts({ stage: "SUPERIOR_DECISION", branchResolution: { date: "2026-08-03" } });
    const [due] = candidateDeadlines(waiting, today, none);
    expect(due).toMatchObject({
      kind: "DECISION_DUE",
      dueDate: "2026-10-26",
      overdue: true,
      ruleSetCode: "QD294-2025",
      rule: { code: "ADMISSION_DECISION_PERIOD", params: { days: 60, maxExtension: 30 } },
    });
    expect(due?.regulation).toContain("QĐ 294-QĐ/TW");
  });
  it("follows probation: its end, then the conversion resolution, then the decision", () => {
    const p = facts({ stage: "PROBATION", ceremonyDate: "2026-01-15" });
    expect(candidateDeadlines(p, today, none).map((d) => `${d.kind}:${d.dueDate}`)).toEqual(["PROBATION_END:2027-01-15"]);
    expect(candidateDeadlines({ ...p, ceremonyDate: "2025-10-15" }, today, none).map((d) => d.kind)).toEqual(["CONVERSION_RESOLUTION_DUE"]);
    const resolved = { ...p, ceremonyDate: "2025-10-15", conversionBranchResolution: { date: "2026-11-02" }, failedConversionVotes: 3 };
    // 30 working days from 02/11/2026; a recorded extension moves it.
    expect(candidateDeadlines(resolved, today, none).map((d) => `${d.kind}:${d.dueDate}`)).toEqual(["CONVERSION_DECISION_DUE:2026-12-14"]);
    expect(candidateDeadlines({ ...resolved, recordedExtensions: { admission: 0, conversion: 10 } }, today, none).map((d) => d.dueDate)).toEqual([
      "2026-12-28",
    ]);
    // Three failed conversion votes are a flag to escalate, not a deadline due every day.
    expect(candidateFlags(resolved, today, none)).toEqual([{ code: "FAILED_VOTES_ESCALATE", params: { count: 3 } }]);
    expect(candidateFlags({ ...resolved, failedConversionVotes: 2 }, today, none)).toEqual([]);
  });
});

describe("dossier checklist", () => {
  it("leaves out the union resolution and the partial committee's appraisal where they do not apply", () => {
    const items = dossierChecklist(
      facts({ stage: "BRANCH_VOTE", introducers: [member("A"), member("B")] }),
      [{ code: "A1", status: "CHECKED", number: "12", date: "2026-03-10", note: null }],
      today,
    );
    const codesOf = items.map((i) => i.code);
    expect(codesOf).not.toContain("A5");
    expect(codesOf).not.toContain("B2");
    expect(items.find((i) => i.code === "A1")).toMatchObject({ status: "CHECKED", dueNow: true });
    expect(items.find((i) => i.code === "B1")).toMatchObject({ status: "MISSING", dueNow: false });
  });
  it("includes them on the union route under a partial committee, and drops B3 for a grassroots branch", () => {
    const union = facts({
      stage: "SOURCE",
      unit: { ...facts().unit, partialCommitteeExists: true },
      introducers: [{ kind: "YOUTH_UNION", name: "Đoàn", knownSince: null, officialSince: null, documentDate: "2026-01-01" }],
    });
    expect(dossierChecklist(union, [], today).map((i) => i.code)).toEqual(expect.arrayContaining(["A5", "B2", "C6"]));
    const gb = facts({ unit: { ...facts().unit, kind: "GRASSROOTS_BRANCH" } });
    expect(dossierChecklist(gb, [], today).map((i) => i.code)).not.toContain("B3");
  });
});
