import { describe, expect, it } from "vitest";
import {
  DOSSIER_ITEMS,
  dossierChecklist,
  excludedPapers,
  missingPapers,
  missingPapersOf,
  notApplicableReason,
  onUnionRoute,
  papersFromStep,
} from "@/lib/domain/rules/dossier";
import type { CandidateFacts, IntroducerFact } from "@/lib/domain/rules/facts";
import { checkRecordedStep, checkTransition } from "@/lib/domain/rules/transitions";
import { facts } from "./facts";

const today = "2026-11-24";
const none = new Set<string>();
const received = (...codes: string[]) => codes.map((code) => ({ code, status: "RECEIVED" as const }));
const items = (reasons: { params?: Record<string, string | number> }[]) => reasons.map((r) => r.params?.item);
const member = (name: string): IntroducerFact => ({
  kind: "PARTY_MEMBER",
  name,
  knownSince: "2020-01-01",
  officialSince: "2015-01-01",
  documentDate: "2026-10-01",
});
const youthUnion: IntroducerFact = { kind: "YOUTH_UNION", name: "Đoàn", knownSince: null, officialSince: null, documentDate: "2026-10-01" };
const tradeUnion: IntroducerFact = { ...youthUnion, kind: "TRADE_UNION", name: "Công đoàn" };
const withUnit = (unit: Partial<CandidateFacts["unit"]>, more: Partial<CandidateFacts> = {}) => facts({ unit: { ...facts().unit, ...unit }, ...more });

describe("the union route (A5)", () => {
  const youthUnit = { hasYouthUnion: true };
  it("applies when a union introducer is recorded, whatever the age or the unit", () => {
    expect(onUnionRoute(facts({ birthDate: "1980-01-01", introducers: [tradeUnion, member("A")] }), today)).toBe(true);
  });
  it("applies to a candidate of Youth Union age (16–30) in a unit with a Youth Union", () => {
    expect(onUnionRoute(withUnit(youthUnit, { birthDate: "1996-01-01", introducers: [member("A"), member("B")] }), today)).toBe(true);
    // 30 years 11 months is still 30; 31 years 0 months is not.
    expect(onUnionRoute(withUnit(youthUnit, { birthDate: "1995-12-25" }), today)).toBe(true);
    expect(onUnionRoute(withUnit(youthUnit, { birthDate: "1995-11-24" }), today)).toBe(false);
  });
  it("does not apply to an older candidate, nor to a young one in a unit without a Youth Union", () => {
    expect(onUnionRoute(withUnit(youthUnit, { birthDate: "1980-01-01" }), today)).toBe(false);
    expect(onUnionRoute(withUnit({ hasYouthUnion: false }, { birthDate: "2000-01-01" }), today)).toBe(false);
  });
  it("counts the age on the branch vote once it is recorded, on today before that", () => {
    const f = withUnit(youthUnit, { stage: "COMMITTEE_REVIEW", birthDate: "1995-06-01" });
    expect(dossierChecklist(f, [], today).map((i) => i.code)).not.toContain("A5");
    expect(dossierChecklist({ ...f, branchResolution: { date: "2025-12-01" } }, [], today).map((i) => i.code)).toContain("A5");
  });
});

describe("missingPapers", () => {
  it("needs the application (A2) and the background form (A3) to leave DOSSIER; the certified verification is A3", () => {
    const f = facts({ stage: "DOSSIER", papers: [] });
    expect(missingPapers("DOSSIER", f, [], { date: today })).toEqual([
      { code: "PAPER_MISSING", params: { item: "A2", form: "1-KNĐ" } },
      { code: "PAPER_MISSING", params: { item: "A3", form: "2-KNĐ" } },
    ]);
    expect(items(missingPapers("DOSSIER", f, received("A2"), { date: today, certifiedOn: "2026-11-20" }))).toEqual([]);
    expect(
      items(
        missingPapers(
          "DOSSIER",
          f,
          [
            { code: "A2", status: "MISSING" },
            { code: "A3", status: "CHECKED" },
          ],
          { date: today },
        ),
      ),
    ).toEqual(["A2"]);
  });
  it("needs every applicable A-item for the branch vote; the class's certificate counts as A1", () => {
    const f = facts({ stage: "BRANCH_VOTE", papers: [] });
    expect(items(missingPapers("BRANCH_VOTE", f, [], { date: today }))).toEqual(["A1", "A2", "A3", "A4", "A6"]);
    const certified = { ...f, awareness: { courseStart: "2026-03-01", certificateNumber: "1", certificateDate: "2026-03-10" } };
    expect(
      items(
        missingPapers("BRANCH_VOTE", certified, received("A2", "A3"), {
          date: today,
          introducers: [member("A"), member("B")],
          opinionsSummaryDate: "2026-11-01",
        }),
      ),
    ).toEqual([]);
  });
  it("adds the union resolution (A5) on the union route only", () => {
    const young = withUnit({ hasYouthUnion: true }, { stage: "BRANCH_VOTE", birthDate: "2000-01-01" });
    expect(items(missingPapers("BRANCH_VOTE", young, received("A1", "A2", "A3", "A4", "A6"), { date: today }))).toEqual(["A5"]);
    expect(items(missingPapers("BRANCH_VOTE", young, received("A1", "A2", "A3", "A4", "A6"), { date: today, introducers: [youthUnion, member("A")] }))).toEqual(
      [],
    );
    const older = { ...young, birthDate: "1980-01-01" };
    expect(items(missingPapers("BRANCH_VOTE", older, received("A1", "A2", "A3", "A4", "A6"), { date: today }))).toEqual([]);
  });
  it("needs B1–B3 to send the file up: B2 only under a partial committee; the step's own resolution is B3", () => {
    const review = facts({ stage: "COMMITTEE_REVIEW" });
    expect(items(missingPapers("COMMITTEE_REVIEW", review, [], { date: today }))).toEqual(["B1"]);
    expect(items(missingPapers("COMMITTEE_REVIEW", { ...review, branchResolution: { date: "2026-10-01" } }, [], { date: today }))).toEqual([]);
    const partial = withUnit({ partialCommitteeExists: true }, { stage: "COMMITTEE_REVIEW", branchResolution: { date: "2026-10-01" } });
    expect(items(missingPapers("COMMITTEE_REVIEW", partial, [], { date: today }))).toEqual(["B2"]);
    expect(items(missingPapers("COMMITTEE_REVIEW", partial, [], { date: today, partialAppraisalDate: "2026-10-05" }))).toEqual([]);
  });
  it("needs the appraisals that exist before the conversion decision: 14-KNĐ under a partial committee, 15-KNĐ under a grassroots committee", () => {
    const probation = facts({ stage: "PROBATION" });
    expect(items(missingPapers("PROBATION", probation, [], { date: today }))).toEqual(["C7"]);
    expect(items(missingPapers("PROBATION", { ...probation, unit: { ...probation.unit, partialCommitteeExists: true } }, [], { date: today }))).toEqual([
      "C6",
      "C7",
    ]);
    expect(items(missingPapers("PROBATION", { ...probation, unit: { ...probation.unit, kind: "GRASSROOTS_BRANCH" } }, [], { date: today }))).toEqual([]);
    expect(items(missingPapers("PROBATION", probation, received("C7"), { date: today }))).toEqual([]);
  });
  it("counts the union route on the introducers typed into the step, over those on record", () => {
    // Nothing is recorded by the step here (recordedByStep empty), so only whether A5 applies decides.
    const older = facts({ stage: "BRANCH_VOTE", birthDate: "1980-01-01", papers: [] });
    expect(items(missingPapersOf(["A5"], older, [], { date: today }))).toEqual([]);
    expect(items(missingPapersOf(["A5"], older, [], { date: today, introducers: [youthUnion, member("A")] }))).toEqual(["A5"]);
    // A union introducer on record but replaced in the form by two party members: off the union route.
    const recordedUnion = { ...older, introducers: [tradeUnion] };
    expect(items(missingPapersOf(["A5"], recordedUnion, [], { date: today, introducers: [member("A"), member("B")] }))).toEqual([]);
  });
  it("takes from the step only the papers its form records", () => {
    expect(papersFromStep("SOURCE", { date: today })).toEqual([]);
    expect(papersFromStep("DROPPED", { date: today })).toEqual([]);
    expect(papersFromStep("OFFICIAL", { date: today })).toEqual([]);
    expect(papersFromStep("DOSSIER", { date: today })).toEqual([]);
    expect(papersFromStep("DOSSIER", { date: today, certifiedOn: "2026-11-20" })).toEqual(["A3"]);
    expect(papersFromStep("BRANCH_VOTE", { date: today, introducers: [youthUnion, member("A")], opinionsSummaryDate: "2026-11-01" })).toEqual([
      "A4",
      "A5",
      "A6",
    ]);
  });
  it("asks nothing of the stages without papers to leave", () => {
    expect(missingPapers("SOURCE", facts(), [], { date: today })).toEqual([]);
    expect(missingPapers("CEREMONY", facts(), [], { date: today })).toEqual([]);
  });
});

describe("the checklist's conditional items", () => {
  it("shows B2 and C6 only under a partial committee, B3 and C7 only for a branch under a grassroots committee", () => {
    const codes = (f: CandidateFacts) => dossierChecklist(f, [], today).map((i) => i.code);
    expect(codes(facts())).toEqual(expect.arrayContaining(["B3", "C7"]));
    expect(codes(facts())).not.toContain("B2");
    expect(codes(facts())).not.toContain("C6");
    expect(codes(withUnit({ partialCommitteeExists: true }))).toEqual(expect.arrayContaining(["B2", "C6"]));
    const grassrootsBranch = codes(withUnit({ kind: "GRASSROOTS_BRANCH" }));
    expect(grassrootsBranch).not.toContain("B3");
    expect(grassrootsBranch).not.toContain("C7");
  });
  it("marks A2 and A3 due in DOSSIER, the A-items in BRANCH_VOTE, B1 in COMMITTEE_REVIEW, C1–C4 in PROBATION", () => {
    const due = (stage: CandidateFacts["stage"]) =>
      dossierChecklist(facts({ stage }), [], today)
        .filter((i) => i.dueNow)
        .map((i) => i.code);
    expect(due("DOSSIER")).toEqual(["A1", "A2", "A3"]);
    expect(due("BRANCH_VOTE")).toEqual(["A1", "A2", "A3", "A4", "A6"]);
    expect(due("COMMITTEE_REVIEW")).toEqual(["A1", "A2", "A3", "A4", "A6", "B1", "B3"]);
    expect(due("PROBATION")).toEqual(expect.arrayContaining(["C1", "C2", "C3", "C4"]));
  });
});

describe("the moves refuse a missing paper, once per paper", () => {
  it("refuses verification certified without the application, naming A2", () => {
    const dossier = facts({ stage: "DOSSIER", stageSince: "2026-01-20", papers: [] });
    const result = checkTransition(
      dossier,
      { to: "BRANCH_VOTE", date: "2026-02-27", verificationRequestedOn: "2026-01-26", certifiedOn: "2026-02-27" },
      today,
      none,
    );
    expect(result.ok ? [] : result.missing).toEqual([{ code: "PAPER_MISSING", params: { item: "A2", form: "1-KNĐ" } }]);
    // Without the verification the rule of the verification names it; A3 is not listed twice.
    const bare = checkTransition(dossier, { to: "BRANCH_VOTE", date: "2026-02-27" }, today, none);
    expect(bare.ok ? [] : bare.missing.map((r) => r.params?.item ?? r.code)).toEqual(["VERIFICATION_INCOMPLETE", "A2"]);
  });
  it("lists the missing A-items at the branch vote after the rules that name the others", () => {
    const vote = facts({
      stage: "BRANCH_VOTE",
      stageSince: "2026-09-01",
      papers: received("A2"),
      awareness: { courseStart: "2026-03-01", certificateNumber: "1", certificateDate: "2026-03-10" },
    });
    const result = checkTransition(vote, { to: "COMMITTEE_REVIEW", date: "2026-10-15", votesFor: 6 }, today, none);
    expect(result.ok ? [] : result.missing.map((r) => r.params?.item ?? r.code)).toEqual(["INTRODUCERS_INSUFFICIENT", "OPINIONS_SUMMARY_MISSING", "A3"]);
  });
  it("refuses the branch's conversion resolution until C2–C4 are in the file; the course's certificate counts as C1", () => {
    const probation = facts({ stage: "PROBATION", stageSince: "2025-10-01", ceremonyDate: "2025-10-01", papers: received("C1") });
    const step = { date: "2026-10-05", votesFor: 9 };
    const refused = checkRecordedStep(probation, "CONVERSION_RESOLUTION", step, today, none);
    expect(refused.ok ? [] : refused.missing.map((r) => r.params?.item)).toEqual(["C2", "C3", "C4"]);
    expect(checkRecordedStep({ ...probation, papers: received("C1", "C2", "C3", "C4") }, "CONVERSION_RESOLUTION", step, today, none).ok).toBe(true);
  });
});

describe("papers that do not apply, and why (shown greyed on the checklist)", () => {
  const reasons = (f: CandidateFacts, on = today) => excludedPapers(f, on).map((p) => [p.code, p.reason.code]);

  it("gives the union route's reason for A5, with the Youth Union ages of the rule set", () => {
    const f = withUnit({ hasYouthUnion: false }, { birthDate: "1980-01-01" });
    expect(notApplicableReason("A5", f, today)).toEqual({ code: "UNION_ROUTE_ONLY", params: { minAge: 16, maxAge: 30 } });
    expect(excludedPapers(f, today).find((p) => p.code === "A5")).toMatchObject({ form: "4-KNĐ / 4A-KNĐ" });
    expect(notApplicableReason("A5", withUnit({ hasYouthUnion: true }, { birthDate: "2000-01-01" }), today)).toBeNull();
    expect(notApplicableReason("A5", facts({ birthDate: "1980-01-01", introducers: [tradeUnion] }), today)).toBeNull();
  });

  it("says the partial committee's appraisals (B2, C6) need a partial committee", () => {
    expect(reasons(withUnit({ partialCommitteeExists: false }))).toEqual(
      expect.arrayContaining([
        ["B2", "PARTIAL_COMMITTEE_ONLY"],
        ["C6", "PARTIAL_COMMITTEE_ONLY"],
      ]),
    );
    expect(reasons(withUnit({ partialCommitteeExists: true, hasYouthUnion: true }, { birthDate: "2000-01-01" }))).toEqual([]);
  });

  it("says a grassroots branch sends its own resolution up (no B3, C7)", () => {
    expect(reasons(withUnit({ kind: "GRASSROOTS_BRANCH", partialCommitteeExists: true, hasYouthUnion: true }, { birthDate: "2000-01-01" }))).toEqual([
      ["B3", "UNDER_GRASSROOTS_COMMITTEE_ONLY"],
      ["C7", "UNDER_GRASSROOTS_COMMITTEE_ONLY"],
    ]);
  });

  it("lists exactly the papers the checklist leaves out, in form order, so the two make the whole file", () => {
    const f = withUnit({ hasYouthUnion: false }, { birthDate: "1980-01-01" });
    const shown = dossierChecklist(f, [], today).map((i) => i.code);
    const excluded = excludedPapers(f, today).map((p) => p.code);
    expect(excluded).toEqual(["A5", "B2", "C6"]);
    expect([...shown, ...excluded].sort()).toEqual(DOSSIER_ITEMS.map((i) => i.code).sort());
  });

  it("counts the union route's age on the branch vote once recorded, as the checklist does", () => {
    const f = withUnit({ hasYouthUnion: true }, { stage: "COMMITTEE_REVIEW", birthDate: "1995-06-01" });
    expect(reasons(f).map(([code]) => code)).toContain("A5");
    expect(reasons({ ...f, branchResolution: { date: "2025-12-01" } }).map(([code]) => code)).not.toContain("A5");
  });
});
