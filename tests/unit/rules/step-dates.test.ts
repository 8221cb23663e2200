import { describe, expect, it } from "vitest";
import { checkFailedVoteDate, checkStepDatesNotInFuture } from "@/lib/domain/rules/step-dates";
import { checkTransition } from "@/lib/domain/rules/transitions";
import { ZTransition } from "@/lib/validation/transition";
import { facts } from "./facts";

const today = "2026-11-24";
const none = new Set<string>();
const codes = (r: ReturnType<typeof checkTransition>) => (r.ok ? [] : r.missing.map((m) => m.code));

describe("dates of a step's papers", () => {
  it("refuses any that lies in the future, naming the paper", () => {
    const base = { to: "BRANCH_VOTE" as const, date: "2026-11-20" };
    expect(checkStepDatesNotInFuture({ ...base, certifiedOn: "2026-11-25" }, today)).toEqual([
      { code: "STEP_DATE_IN_FUTURE", params: { document: "2-KNĐ", date: "2026-11-25" } },
    ]);
    expect(
      checkStepDatesNotInFuture({ ...base, partialAppraisalDate: "2026-12-01", opinionsSummaryDate: "2026-12-02" }, today).map((r) => r.params?.document),
    ).toEqual(["5-KNĐ", "7-KNĐ"]);
    const introducer = {
      kind: "PARTY_MEMBER" as const,
      name: "Trần Văn Hùng",
      officialSince: "2027-01-01",
      knownSince: "2020-01-01",
      documentDate: "2026-12-01",
    };
    expect(checkStepDatesNotInFuture({ ...base, introducers: [introducer] }, today)).toEqual([
      { code: "STEP_DATE_IN_FUTURE", params: { document: "Trần Văn Hùng", date: "2026-12-01" } },
      { code: "STEP_DATE_IN_FUTURE", params: { document: "Trần Văn Hùng", date: "2027-01-01" } },
    ]);
    expect(checkStepDatesNotInFuture({ ...base, certifiedOn: today }, today)).toEqual([]);
  });
  it("are checked on every forward move", () => {
    const dossier = facts({ stage: "DOSSIER", stageSince: "2026-01-20" });
    expect(
      codes(checkTransition(dossier, { to: "BRANCH_VOTE", date: "2026-11-20", verificationRequestedOn: "2026-01-26", certifiedOn: "2026-11-30" }, today, none)),
    ).toEqual(["STEP_DATE_IN_FUTURE"]);
  });
});

describe("the conversion decision", () => {
  it("cannot be signed before the branch's resolution", () => {
    const probation = facts({ stage: "PROBATION", stageSince: "2025-10-01", ceremonyDate: "2025-10-01", conversionBranchResolution: { date: "2026-10-05" } });
    expect(codes(checkTransition(probation, { to: "OFFICIAL", date: "2026-10-04", decisionNumber: "16-QĐ" }, today, none))).toEqual([
      "CONVERSION_DECISION_BEFORE_RESOLUTION",
    ]);
    expect(checkTransition(probation, { to: "OFFICIAL", date: "2026-10-05", decisionNumber: "16-QĐ" }, today, none).ok).toBe(true);
  });
});

describe("a failed vote", () => {
  it("cannot be dated before the stage began nor after today", () => {
    expect(checkFailedVoteDate("2026-05-31", "2026-06-01", today)).toEqual([{ code: "VOTE_BEFORE_STAGE", params: { stageSince: "2026-06-01" } }]);
    expect(checkFailedVoteDate("2026-06-01", "2026-06-01", today)).toEqual([]);
    expect(checkFailedVoteDate("2026-11-25", "2026-06-01", today)).toEqual([{ code: "DATE_IN_FUTURE" }]);
  });
});

describe("integer inputs of a move", () => {
  it("stop at PostgreSQL's INTEGER ceiling, so a huge number is bad input rather than a database error", () => {
    const move = { to: "SYMPATHIZER", date: "2026-01-06" };
    expect(ZTransition.safeParse({ ...move, version: 2147483647 }).success).toBe(true);
    expect(ZTransition.safeParse({ ...move, version: 2147483648 }).success).toBe(false);
    expect(ZTransition.safeParse({ ...move, version: 1, votesFor: 2147483648 }).success).toBe(false);
  });
});
