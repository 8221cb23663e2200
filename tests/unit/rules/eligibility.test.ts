import { describe, expect, it } from "vitest";
import { checkAge, certificateWarning, checkCertificate, checkIntroducers, checkStaleness } from "@/lib/domain/rules/eligibility";
import { ruleSetByCode } from "@/lib/domain/rules/rule-sets";
import { checkBranchVote, checkTwoThirds } from "@/lib/domain/rules/votes";
import type { IntroducerFact } from "@/lib/domain/rules/facts";
import { facts } from "./facts";

const rules = ruleSetByCode("QD294-2025");
const member = (name: string, knownSince: string, documentDate = "2026-01-10", officialSince: string | null = "2015-01-01"): IntroducerFact => ({
  kind: "PARTY_MEMBER",
  name,
  knownSince,
  documentDate,
  officialSince,
});

describe("age at the branch vote", () => {
  it("blocks at 17 y 11 m and lets 18 y 0 m through", () => {
    expect(checkAge("2008-03-15", "2026-03-14", rules, null)).toEqual([{ code: "AGE_TOO_LOW", params: { years: 17, months: 11 } }]);
    expect(checkAge("2008-03-15", "2026-03-15", rules, null)).toEqual([]);
  });
  it("lets 60 y 0 m through and needs the provincial consent from 60 y 1 m", () => {
    expect(checkAge("1966-03-15", "2026-04-14", rules, null)).toEqual([]);
    expect(checkAge("1966-03-15", "2026-04-15", rules, null)).toEqual([{ code: "AGE_OVER_LIMIT", params: { years: 60, months: 1 } }]);
    expect(checkAge("1966-03-15", "2026-04-15", rules, "Văn bản 12-CV/TU")).toEqual([]);
  });
});

describe("awareness certificate", () => {
  const issued = facts({ awareness: { courseStart: "2021-03-01", certificateNumber: "12", certificateDate: "2021-03-10" } });
  it("is valid on its 60-month anniversary and expired the day after (domain.md: vote ≤ issue + 60 months)", () => {
    expect(checkCertificate(issued, "2026-03-10", rules)).toEqual([]);
    expect(checkCertificate(issued, "2026-03-11", rules)).toEqual([{ code: "CERTIFICATE_EXPIRED", params: { expiredOn: "2026-03-11" } }]);
  });
  it("warns 90 days ahead", () => {
    expect(certificateWarning(issued, "2025-12-10", rules)).toEqual([]);
    expect(certificateWarning(issued, "2025-12-11", rules)).toEqual([{ code: "CERTIFICATE_EXPIRING", params: { expiresOn: "2026-03-11" } }]);
  });
  it("is required", () => {
    expect(checkCertificate(facts(), "2026-01-01", rules)).toEqual([{ code: "CERTIFICATE_MISSING" }]);
  });
});

describe("introducers", () => {
  it("accepts two official members who have known the candidate 12 months", () => {
    expect(checkIntroducers(facts(), [member("A", "2025-01-10"), member("B", "2024-06-01")], "2026-02-01", rules)).toEqual([]);
  });
  it("refuses a member known for 11 months and one who is not official", () => {
    expect(checkIntroducers(facts(), [member("A", "2025-02-11"), member("B", "2020-01-01", "2026-01-10", null)], "2026-02-01", rules)).toEqual([
      { code: "INTRODUCER_NOT_KNOWN_LONG_ENOUGH", params: { name: "A", months: 12 } },
      { code: "INTRODUCER_NOT_OFFICIAL", params: { name: "B" } },
    ]);
  });
  it("accepts the union route: a union resolution and one member", () => {
    const union: IntroducerFact = { kind: "TRADE_UNION", name: "Công đoàn", documentDate: "2026-01-05", knownSince: null, officialSince: null };
    expect(checkIntroducers(facts(), [union, member("A", "2024-01-01")], "2026-02-01", rules)).toEqual([]);
    expect(checkIntroducers(facts(), [union], "2026-02-01", rules)).toEqual([{ code: "INTRODUCERS_INSUFFICIENT" }]);
  });
  it("requires the Youth Union resolution for a candidate of Youth Union age where there is a Youth Union", () => {
    const young = facts({ birthDate: "2000-01-01", unit: { ...facts().unit, hasYouthUnion: true } });
    expect(checkIntroducers(young, [member("A", "2024-01-01"), member("B", "2024-01-01")], "2026-02-01", rules)).toEqual([
      { code: "YOUTH_UNION_RESOLUTION_REQUIRED", params: { age: 26 } },
    ]);
  });
});

describe("staleness", () => {
  it("asks to redo papers older than 12 months at the vote", () => {
    expect(checkStaleness([member("A", "2020-01-01", "2025-01-31")], "2025-02-01", "2026-01-31", rules)).toEqual([]);
    expect(checkStaleness([member("A", "2020-01-01", "2025-01-30")], "2025-02-01", "2026-01-31", rules)).toEqual([
      { code: "DOCUMENT_STALE", params: { document: "A", date: "2025-01-30" } },
    ]);
    expect(checkStaleness([], null, "2026-01-31", rules)).toEqual([{ code: "OPINIONS_SUMMARY_MISSING" }]);
  });
});

describe("votes", () => {
  it("passes at exactly 2/3 of the roll and fails just under", () => {
    expect(checkTwoThirds(9, 6, 3, rules)).toEqual([]);
    expect(checkTwoThirds(3, 2, 1, rules)).toEqual([]);
    expect(checkTwoThirds(8, 5, 0, rules)).toEqual([{ code: "VOTE_BELOW_TWO_THIRDS", params: { votesFor: 5, roll: 8, needed: 6 } }]);
  });
  it("counts the roll, not attendance, and refuses more votes than members", () => {
    expect(checkTwoThirds(9, 10, 0, rules)).toEqual([{ code: "VOTES_EXCEED_ROLL", params: { votes: 10, roll: 9 } }]);
    expect(checkBranchVote({ membersOnRoll: 2, votesFor: 2 }, rules)).toEqual([{ code: "BRANCH_TOO_SMALL", params: { members: 2, min: 3 } }]);
    expect(checkBranchVote({ membersOnRoll: 9, votesFor: null }, rules)).toEqual([{ code: "VOTES_MISSING" }]);
  });
});
