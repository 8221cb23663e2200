import { describe, expect, it } from "vitest";
import en from "@/lib/i18n/messages/en.json";
import vi from "@/lib/i18n/messages/vi.json";
import type { Deadline } from "@/lib/domain/rules/deadlines";
import type { CandidateFacts } from "@/lib/domain/rules/facts";
import {
  ACTION_CODES,
  actionCode,
  compareRank,
  firstDeadline,
  nextAction,
  nextStepOf,
  nextStepPreview,
  OPEN_STAGES,
  rankOf,
  STAGES_WITH_DEADLINES,
  URGENCIES,
  type Rank,
} from "@/lib/domain/rules/next-actions";
import { demoHolidays } from "@/prisma/demo/holidays";
import { facts } from "./facts";

const holidays = new Set(demoHolidays().map((h) => h.date));
const today = "2026-06-15";

const due = (dueDate: string, daysLeft: number, kind: Deadline["kind"] = "CEREMONY_DUE"): Deadline => ({
  kind,
  dueDate,
  overdue: daysLeft < 0,
  daysLeft,
  ruleSetCode: "QD294-2025",
  rule: { code: "CEREMONY_PERIOD", params: { days: 30 } },
  regulation: "QĐ 294",
});

describe("who has a next step", () => {
  it("every pipeline stage but the official member; never an exit", () => {
    expect(OPEN_STAGES).toEqual([
      "SOURCE",
      "SYMPATHIZER",
      "TRAINING",
      "DOSSIER",
      "AWARENESS_TEST",
      "BRANCH_VOTE",
      "COMMITTEE_REVIEW",
      "SUPERIOR_DECISION",
      "CEREMONY",
      "PROBATION",
    ]);
  });
  it("has no action for an official member, a dropped candidate or one struck off", () => {
    for (const stage of ["OFFICIAL", "DROPPED", "STRUCK_OFF"] as const) expect(nextAction(facts({ stage }), today, holidays, 30)).toBeNull();
    expect(nextAction(facts({ stage: "SOURCE" }), today, holidays, 30)).not.toBeNull();
  });
  it("reads the facts of the stages that run deadlines only", () => {
    expect(STAGES_WITH_DEADLINES).toEqual(["DOSSIER", "AWARENESS_TEST", "BRANCH_VOTE", "COMMITTEE_REVIEW", "SUPERIOR_DECISION", "CEREMONY", "PROBATION"]);
  });
});

describe("the next step, from the stage modules", () => {
  it("is the move out of the stage, along the unit's own path", () => {
    expect(nextStepOf(facts({ stage: "SOURCE" }))).toEqual({ kind: "MOVE", from: "SOURCE", to: "SYMPATHIZER" });
    expect(nextStepOf(facts({ stage: "DOSSIER" }))).toEqual({ kind: "MOVE", from: "DOSSIER", to: "BRANCH_VOTE" });
    const tested = facts({ stage: "DOSSIER", unit: { ...facts().unit, superiorRunsTest: true } });
    expect(nextStepOf(tested)).toEqual({ kind: "MOVE", from: "DOSSIER", to: "AWARENESS_TEST" });
    const grassrootsBranch = facts({ stage: "BRANCH_VOTE", unit: { ...facts().unit, kind: "GRASSROOTS_BRANCH" } });
    expect(nextStepOf(grassrootsBranch)).toEqual({ kind: "MOVE", from: "BRANCH_VOTE", to: "SUPERIOR_DECISION" });
  });
  it("on probation: the branch's conversion resolution first, then the decision", () => {
    const probation = facts({ stage: "PROBATION", ceremonyDate: "2025-03-01" });
    expect(nextStepOf(probation)).toEqual({ kind: "RECORD", code: "CONVERSION_RESOLUTION" });
    expect(actionCode(nextStepOf(probation)!)).toBe("CONVERSION_RESOLUTION");
    const resolved = { ...probation, conversionBranchResolution: { date: "2026-03-10" } };
    expect(nextStepOf(resolved)).toEqual({ kind: "MOVE", from: "PROBATION", to: "OFFICIAL" });
    expect(actionCode(nextStepOf(resolved)!)).toBe("PROBATION");
  });
  it("lists what the step lacks today, less what its own form asks for", () => {
    // The helper's name is the form's field: nothing is missing before the form is filled in.
    expect(nextStepPreview(facts({ stage: "SOURCE" }), today, holidays).missing).toEqual([]);
    // The application (A2) is a paper to bring; the certified background form (A3) is what the step's form records.
    const dossier = facts({ stage: "DOSSIER", stageSince: "2026-01-05", papers: [] });
    expect(nextStepPreview(dossier, today, holidays).missing).toEqual([{ code: "PAPER_MISSING", params: { item: "A2", form: "1-KNĐ" } }]);
    // Before the 12 months are over the branch cannot vote the conversion yet, and the conversion file is incomplete.
    const probation = facts({ stage: "PROBATION", stageSince: "2025-09-01", ceremonyDate: "2025-09-01", papers: [] });
    expect(nextStepPreview(probation, today, holidays).missing.map((r) => r.code)).toEqual([
      "CONVERSION_RESOLUTION_NOT_AFTER_PROBATION",
      "PAPER_MISSING",
      "PAPER_MISSING",
      "PAPER_MISSING",
      "PAPER_MISSING",
    ]);
  });
  it("has no step, and nothing missing, once the candidate has left the pipeline", () => {
    for (const stage of ["OFFICIAL", "DROPPED", "STRUCK_OFF"] as const) {
      expect(nextStepOf(facts({ stage }))).toBeNull();
      expect(nextStepPreview(facts({ stage }), today, holidays)).toEqual({ step: null, missing: [] });
    }
  });
  it("lists nothing when the step could be taken today", () => {
    // No admission decision on record: the ceremony has no deadline to check, and no paper to bring.
    const ceremony = facts({ stage: "CEREMONY", stageSince: "2026-06-01" });
    expect(nextStepPreview(ceremony, today, holidays)).toEqual({ step: { kind: "MOVE", from: "CEREMONY", to: "PROBATION" }, missing: [] });
  });
  it("leaves the step's date to its form, even when the stage's own date is after today", () => {
    // Today precedes the stage's date, so a step dated today is refused; the form's date field asks for a later one.
    const ceremony = facts({ stage: "CEREMONY", stageSince: "2026-06-20" });
    expect(nextStepPreview(ceremony, today, holidays).missing).toEqual([]);
    const probation = facts({ stage: "PROBATION", stageSince: "2026-06-20", ceremonyDate: "2024-06-20", papers: [] });
    expect(nextStepPreview(probation, today, holidays)).toEqual({
      step: { kind: "RECORD", code: "CONVERSION_RESOLUTION" },
      missing: ["C1", "C2", "C3", "C4"].map((item) => ({ code: "PAPER_MISSING", params: { item, form: expect.any(String) } })),
    });
  });
  it("names the papers to bring, not those the step's form records", () => {
    // Sending the file up records the grassroots committee's resolution (B3) and the partial committee's appraisal (B2)
    // through its form; the branch's resolution (B1) must be in hand.
    const review = facts({ stage: "COMMITTEE_REVIEW", stageSince: "2026-05-04", branchResolution: { date: "2026-05-04" }, papers: [] });
    expect(nextStepPreview(review, today, holidays)).toEqual({ step: { kind: "MOVE", from: "COMMITTEE_REVIEW", to: "SUPERIOR_DECISION" }, missing: [] });
    // Under a partial committee its appraisal (B2) is recorded by the same form.
    const partial = { ...review, unit: { ...review.unit, partialCommitteeExists: true } };
    expect(nextStepPreview(partial, today, holidays).missing).toEqual([]);
    const noResolution = { ...review, branchResolution: null };
    expect(nextStepPreview(noResolution, today, holidays).missing).toEqual([{ code: "PAPER_MISSING", params: { item: "B1", form: "6-KNĐ" } }]);
  });
  it("has words for every step in both languages", () => {
    expect(ACTION_CODES).toContain("SOURCE");
    expect(ACTION_CODES).toContain("CONVERSION_RESOLUTION");
    expect(ACTION_CODES).not.toContain("OFFICIAL");
    for (const code of ACTION_CODES) {
      expect(vi.todo.step).toHaveProperty(code);
      expect(en.todo.step).toHaveProperty(code);
    }
  });
});

describe("urgency", () => {
  it("a deadline passed is overdue; due today is due, not overdue", () => {
    expect(rankOf([due("2026-06-14", -1)], "2026-01-01", 30).urgency).toBe("OVERDUE");
    expect(rankOf([due("2026-06-15", 0)], "2026-01-01", 30).urgency).toBe("DUE");
  });
  it("due on the window's last day is due; a day later the candidate is only waiting for their next step", () => {
    expect(rankOf([due("2026-07-15", 30)], "2026-01-01", 30)).toEqual({ urgency: "DUE", dueDate: "2026-07-15", stageSince: "2026-01-01" });
    expect(rankOf([due("2026-07-16", 31)], "2026-01-01", 30)).toEqual({ urgency: "WAITING", dueDate: "2026-07-16", stageSince: "2026-01-01" });
    expect(rankOf([due("2026-07-16", 31)], "2026-01-01", 31).urgency).toBe("DUE");
  });
  it("a period running beyond the window (probation) comes later; a far validity leaves the step to take now", () => {
    expect(rankOf([due("2026-12-01", 169, "PROBATION_END")], "2025-12-01", 30).urgency).toBe("LATER");
    expect(rankOf([due("2026-07-10", 25, "PROBATION_END")], "2025-07-10", 30).urgency).toBe("DUE");
    expect(rankOf([due("2030-01-01", 1296, "CERTIFICATE_EXPIRY")], "2026-01-01", 30).urgency).toBe("WAITING");
  });
  it("undated: waiting, with no due date", () => {
    expect(rankOf([], "2026-01-01", 30)).toEqual({ urgency: "WAITING", dueDate: null, stageSince: "2026-01-01" });
  });
  it("the first of several deadlines decides", () => {
    expect(rankOf([due("2026-08-01", 47), due("2026-06-10", -5)], "2026-01-01", 30)).toMatchObject({ urgency: "OVERDUE", dueDate: "2026-06-10" });
    expect(rankOf([due("2026-06-10", -5), due("2026-08-01", 47)], "2026-01-01", 30)).toMatchObject({ urgency: "OVERDUE", dueDate: "2026-06-10" });
  });
  it("firstDeadline: the earliest wherever it is listed; on the same day the one listed first; none of none", () => {
    const early = due("2026-06-10", -5);
    const late = due("2026-08-01", 47);
    expect(firstDeadline([early, late])).toBe(early);
    expect(firstDeadline([late, early])).toBe(early);
    expect(firstDeadline([late, early, due("2026-07-01", 16)])).toBe(early);
    expect(firstDeadline([])).toBeNull();
    const validity = due("2026-12-01", 169, "CERTIFICATE_EXPIRY");
    const periodEnd = due("2026-12-01", 169, "PROBATION_END");
    expect(firstDeadline([validity, periodEnd])).toBe(validity);
    expect(firstDeadline([periodEnd, validity])).toBe(periodEnd);
    expect(rankOf([validity, periodEnd], "2026-01-01", 30).urgency).toBe("WAITING");
    expect(rankOf([periodEnd, validity], "2026-01-01", 30).urgency).toBe("LATER");
  });
});

describe("most urgent first", () => {
  const ranked: [string, Rank][] = [
    ["waiting since March", { urgency: "WAITING", dueDate: null, stageSince: "2026-03-01" }],
    ["due in July", { urgency: "DUE", dueDate: "2026-07-01", stageSince: "2025-01-01" }],
    ["overdue since June", { urgency: "OVERDUE", dueDate: "2026-06-01", stageSince: "2026-05-01" }],
    ["later deadline, waiting since April", { urgency: "WAITING", dueDate: "2027-01-01", stageSince: "2026-04-01" }],
    ["due today", { urgency: "DUE", dueDate: "2026-06-15", stageSince: "2026-06-01" }],
    ["overdue since May", { urgency: "OVERDUE", dueDate: "2026-05-01", stageSince: "2026-06-01" }],
    ["waiting since 2024", { urgency: "WAITING", dueDate: null, stageSince: "2024-02-01" }],
    ["probation ending in 2027", { urgency: "LATER", dueDate: "2027-01-10", stageSince: "2026-01-10" }],
    ["probation ending in December", { urgency: "LATER", dueDate: "2026-12-01", stageSince: "2025-12-01" }],
  ];
  it("overdue by date, then due by date, then waiting longest first, then periods by their end", () => {
    expect([...ranked].sort((a, b) => compareRank(a[1], b[1])).map(([name]) => name)).toEqual([
      "overdue since May",
      "overdue since June",
      "due today",
      "due in July",
      "waiting since 2024",
      "waiting since March",
      "later deadline, waiting since April",
      "probation ending in December",
      "probation ending in 2027",
    ]);
  });
  it("ties are left to the caller (by name)", () => {
    expect(compareRank(ranked[0]![1], { ...ranked[0]![1] })).toBe(0);
  });
  it("lists the urgencies in that order (the list's tabs and counts)", () => {
    expect(URGENCIES).toEqual(["OVERDUE", "DUE", "WAITING", "LATER"]);
  });
  it("orders both ways: the earlier date first, the later one after", () => {
    const may: Rank = { urgency: "OVERDUE", dueDate: "2026-05-01", stageSince: "2026-01-01" };
    const june: Rank = { urgency: "OVERDUE", dueDate: "2026-06-01", stageSince: "2026-01-01" };
    expect(compareRank(may, june)).toBeLessThan(0);
    expect(compareRank(june, may)).toBeGreaterThan(0);
    const longest: Rank = { urgency: "WAITING", dueDate: null, stageSince: "2024-02-01" };
    const recent: Rank = { urgency: "WAITING", dueDate: null, stageSince: "2026-03-01" };
    expect(compareRank(longest, recent)).toBeLessThan(0);
    expect(compareRank(recent, longest)).toBeGreaterThan(0);
  });
  it("on the same due date, the one longest in their stage first", () => {
    const dueSince = (urgency: Rank["urgency"], dueDate: string, stageSince: string): Rank => ({ urgency, dueDate, stageSince });
    expect(compareRank(dueSince("DUE", "2026-07-01", "2026-05-01"), dueSince("DUE", "2026-07-01", "2026-02-01"))).toBeGreaterThan(0);
    expect(compareRank(dueSince("DUE", "2026-07-01", "2026-02-01"), dueSince("DUE", "2026-07-01", "2026-05-01"))).toBeLessThan(0);
    expect(compareRank(dueSince("OVERDUE", "2026-06-01", "2026-05-01"), dueSince("OVERDUE", "2026-06-01", "2026-02-01"))).toBeGreaterThan(0);
    expect(compareRank(dueSince("LATER", "2027-01-01", "2026-05-01"), dueSince("LATER", "2027-01-01", "2026-02-01"))).toBeGreaterThan(0);
  });
  it("waiting: by time in the stage, whatever far deadline either has", () => {
    // A validity running out in September does not put April's candidate before March's.
    const april: Rank = { urgency: "WAITING", dueDate: "2026-08-01", stageSince: "2026-04-01" };
    const march: Rank = { urgency: "WAITING", dueDate: "2026-09-01", stageSince: "2026-03-01" };
    expect(compareRank(march, april)).toBeLessThan(0);
    expect(compareRank(april, march)).toBeGreaterThan(0);
  });
  it("ranks real candidates: an overdue ceremony, a probation ending soon, those waiting, a probation just begun", () => {
    const candidates: [string, CandidateFacts][] = [
      ["source", facts({ stage: "SOURCE", stageSince: "2025-02-01" })],
      ["probation", facts({ stage: "PROBATION", stageSince: "2025-06-20", ceremonyDate: "2025-06-20" })],
      [
        "ceremony",
        facts({ stage: "CEREMONY", stageSince: "2026-03-02", admissionDecision: { date: "2026-03-02", receivedOn: "2026-03-02", extensionDays: 0 } }),
      ],
      ["sympathiser", facts({ stage: "SYMPATHIZER", stageSince: "2026-05-01" })],
      ["new member", facts({ stage: "PROBATION", stageSince: "2026-02-01", ceremonyDate: "2026-02-01" })],
    ];
    const actions = candidates.map(([name, f]) => [name, nextAction(f, today, holidays, 30)!] as const);
    const byName = Object.fromEntries(actions);
    expect(byName.ceremony).toMatchObject({ urgency: "OVERDUE", step: { kind: "MOVE", to: "PROBATION" } });
    expect(byName.ceremony!.deadlines.map((d) => d.kind)).toEqual(["CEREMONY_DUE"]);
    expect(byName.probation).toMatchObject({ urgency: "DUE", dueDate: "2026-06-20", step: { kind: "RECORD", code: "CONVERSION_RESOLUTION" } });
    expect(byName.source).toMatchObject({ urgency: "WAITING", dueDate: null, waitingDays: 499 });
    expect([...actions].sort((a, b) => compareRank(a[1], b[1])).map(([name]) => name)).toEqual([
      "ceremony",
      "probation",
      "source",
      "sympathiser",
      "new member",
    ]);
    expect(byName["new member"]).toMatchObject({ urgency: "LATER", dueDate: "2027-02-01" });
  });
});
