/**
 * The statute's numbers and their edges (domain.md Part 1, "Rules the app enforces"): each rule is
 * tested on both sides of its threshold, with the values the refusal reports.
 */
import { describe, expect, it } from "vitest";
import { addDays, addMonths, dayOfWeek, daysBetween, maxDate, wholeMonthsBetween } from "@/lib/domain/rules/dates";
import {
  certificateExpiry,
  certificateValidThrough,
  certificateWarning,
  checkAge,
  checkCertificate,
  checkIntroducers,
  checkStaleness,
} from "@/lib/domain/rules/eligibility";
import type { IntroducerFact } from "@/lib/domain/rules/facts";
import { officialAsOf, partyAge, probationEnd } from "@/lib/domain/rules/membership";
import { meetsFraction, RULE_SETS, ruleSetByCode, ruleSetFor } from "@/lib/domain/rules/rule-sets";
import { checkDecisionReceipt, checkFailedVoteDate, checkPartialAppraisalDate, checkStepDatesNotInFuture } from "@/lib/domain/rules/step-dates";
import { checkBranchVote, checkPresent, checkSuppliedCommitteeSize, checkSuppliedRoll, checkTwoThirds } from "@/lib/domain/rules/votes";
import { addWorkingDays, isWorkingDay, workingDaysBetween } from "@/lib/domain/rules/working-days";
import { facts } from "./facts";

const rules = ruleSetByCode("QD294-2025");
const member = (name: string, over: Partial<IntroducerFact> = {}): IntroducerFact => ({
  kind: "PARTY_MEMBER",
  name,
  knownSince: "2020-01-01",
  officialSince: "2015-01-01",
  documentDate: "2026-10-01",
  ...over,
});
const union = (kind: "YOUTH_UNION" | "TRADE_UNION", documentDate = "2026-10-01"): IntroducerFact => ({
  kind,
  name: kind === "YOUTH_UNION" ? "Đoàn TN" : "Công đoàn",
  knownSince: null,
  officialSince: null,
  documentDate,
});

describe("the rule sets (QĐ 24/2021 and QĐ 294/2025)", () => {
  it("carry the statute's numbers, the same in both texts", () => {
    for (const set of RULE_SETS) {
      expect(set).toMatchObject({
        minAgeMonths: 216, // 18 y 0 m
        maxAgeMonths: 720, // 60 y 0 m
        certificateValidityMonths: 60,
        certificateWarningDays: 90,
        introducerKnownMonths: 12,
        dossierStalenessMonths: 12,
        youthUnionAge: { min: 16, max: 30 },
        voteFraction: { numerator: 2, denominator: 3 },
        branchMinOfficialMembers: 3,
        decisionWorkingDays: 60,
        decisionMaxExtensionDays: 30,
        ceremonyWorkingDays: 30,
        probationMonths: 12,
        conversionResolutionWorkingDays: 30,
        conversionDecisionWorkingDays: 30,
        conversionMaxExtensionDays: 30,
        failedConversionVotesToEscalate: 3,
      });
    }
  });

  it("cite their regulation and the day it took effect", () => {
    expect(RULE_SETS.map((r) => [r.code, r.effectiveFrom])).toEqual([
      ["QD24-2021", "2021-07-30"],
      ["QD294-2025", "2025-07-01"],
    ]);
    expect(ruleSetByCode("QD24-2021").regulation).toMatch(/^QĐ 24-QĐ\/TW \(30\/7\/2021\), HD 01-HD\/TW/);
    expect(ruleSetByCode("QD294-2025").regulation).toMatch(/^QĐ 294-QĐ\/TW \(26\/5\/2025\), HD 06-HD\/TW/);
  });

  it("are found by code; an unknown code falls back on the newest", () => {
    expect(ruleSetByCode("QD24-2021").code).toBe("QD24-2021");
    expect(ruleSetByCode("QD294-2025").code).toBe("QD294-2025");
    expect(ruleSetByCode("QD-UNKNOWN").code).toBe("QD294-2025");
  });

  it("apply by the date the process began: the 2021 set up to 30/06/2025, and for anything before 2021", () => {
    expect(ruleSetFor("2021-07-29").code).toBe("QD24-2021");
    expect(ruleSetFor("2021-07-30").code).toBe("QD24-2021");
    expect(ruleSetFor("2025-06-30").code).toBe("QD24-2021");
    expect(ruleSetFor("2025-07-01").code).toBe("QD294-2025");
    expect(ruleSetFor("2031-01-01").code).toBe("QD294-2025");
  });

  it("count 2/3 in integers: for × 3 ≥ base × 2, never on an empty base", () => {
    expect(meetsFraction(6, 9, rules)).toBe(true);
    expect(meetsFraction(5, 9, rules)).toBe(false);
    expect(meetsFraction(6, 8, rules)).toBe(true); // 18 ≥ 16
    expect(meetsFraction(5, 8, rules)).toBe(false); // 15 < 16
    expect(meetsFraction(2, 3, rules)).toBe(true);
    expect(meetsFraction(0, 0, rules)).toBe(false);
  });
});

describe("calendar arithmetic", () => {
  it("adds months, the 31st becoming the last day of a shorter month", () => {
    expect(addMonths("2026-01-31", 1)).toBe("2026-02-28");
    expect(addMonths("2024-01-31", 1)).toBe("2024-02-29");
    expect(addMonths("2025-11-15", 3)).toBe("2026-02-15");
    expect(addMonths("2026-03-31", -1)).toBe("2026-02-28");
    expect(addMonths("2021-03-10", 60)).toBe("2026-03-10");
  });

  it("counts whole months, the monthly anniversary of the 31st falling on a short month's last day", () => {
    expect(wholeMonthsBetween("2008-03-15", "2026-03-14")).toBe(215);
    expect(wholeMonthsBetween("2008-03-15", "2026-03-15")).toBe(216);
    expect(wholeMonthsBetween("2001-01-31", "2001-02-28")).toBe(1);
    expect(wholeMonthsBetween("2000-01-31", "2000-02-28")).toBe(0);
    expect(wholeMonthsBetween("2000-01-31", "2000-02-29")).toBe(1);
    expect(wholeMonthsBetween("2025-12-31", "2026-01-30")).toBe(0);
  });

  it("counts days and weekdays on UTC midnights", () => {
    expect(addDays("2026-02-27", 2)).toBe("2026-03-01");
    expect(addDays("2026-01-01", -1)).toBe("2025-12-31");
    expect(daysBetween("2026-02-27", "2026-03-01")).toBe(2);
    expect(daysBetween("2026-03-01", "2026-02-27")).toBe(-2);
    expect(dayOfWeek("2026-11-24")).toBe(2); // Tuesday
    expect(dayOfWeek("2026-11-29")).toBe(0); // Sunday
  });

  it("takes the latest of the dates given, ignoring blanks", () => {
    expect(maxDate(null, "2026-01-05", undefined, "2025-12-31", "2026-01-04")).toBe("2026-01-05");
    expect(maxDate("2025-03-01", "2026-02-01", "2025-12-01")).toBe("2026-02-01");
    expect(maxDate(null, undefined)).toBeNull();
    expect(maxDate()).toBeNull();
  });
});

describe("working days (Monday–Friday less the holiday table)", () => {
  const holidays = new Set(["2026-11-30"]);
  it("skip weekends and holidays", () => {
    expect(isWorkingDay("2026-11-27", holidays)).toBe(true); // Friday
    expect(isWorkingDay("2026-11-28", holidays)).toBe(false); // Saturday
    expect(isWorkingDay("2026-11-29", holidays)).toBe(false); // Sunday
    expect(isWorkingDay("2026-11-30", holidays)).toBe(false); // a holiday Monday
    expect(isWorkingDay("2026-11-30", new Set())).toBe(true);
  });
  it("count from the day after the start", () => {
    expect(addWorkingDays("2026-11-27", 0, holidays)).toBe("2026-11-27");
    expect(addWorkingDays("2026-11-27", 1, new Set())).toBe("2026-11-30");
    expect(addWorkingDays("2026-11-27", 1, holidays)).toBe("2026-12-01");
    expect(addWorkingDays("2026-11-27", 5, holidays)).toBe("2026-12-07");
    expect(workingDaysBetween("2026-11-27", "2026-12-04", holidays)).toBe(4);
    expect(workingDaysBetween("2026-11-27", "2026-12-04", new Set())).toBe(5);
    expect(workingDaysBetween("2026-12-01", "2026-12-01", holidays)).toBe(0);
    expect(workingDaysBetween("2026-12-02", "2026-12-01", holidays)).toBe(0);
  });
});

describe("age at the branch vote, in months", () => {
  it("is at least 18 y 0 m, reporting the age reached", () => {
    expect(checkAge("2008-03-15", "2026-03-14", rules, null)).toEqual([{ code: "AGE_TOO_LOW", params: { years: 17, months: 11 } }]);
    expect(checkAge("2008-03-15", "2026-03-15", rules, null)).toEqual([]);
    expect(checkAge("2010-01-01", "2026-03-15", rules, "Văn bản")).toEqual([{ code: "AGE_TOO_LOW", params: { years: 16, months: 2 } }]);
  });
  it("is at most 60 y 0 m (720 months) without the provincial standing committee's written consent", () => {
    expect(checkAge("1966-03-15", "2026-03-15", rules, null)).toEqual([]);
    expect(checkAge("1966-03-15", "2026-04-14", rules, null)).toEqual([]);
    expect(checkAge("1966-03-15", "2026-04-15", rules, null)).toEqual([{ code: "AGE_OVER_LIMIT", params: { years: 60, months: 1 } }]);
    expect(checkAge("1960-01-15", "2026-04-15", rules, "")).toEqual([{ code: "AGE_OVER_LIMIT", params: { years: 66, months: 3 } }]);
    expect(checkAge("1960-01-15", "2026-04-15", rules, "Văn bản 12-CV/TU")).toEqual([]);
  });
});

describe("the awareness certificate (60 months from issue)", () => {
  const issued = (certificateDate: string | null) => facts({ awareness: { courseStart: "2021-03-01", certificateNumber: "12", certificateDate } });
  it("is valid through the 60-month anniversary and expired from the day after", () => {
    expect(certificateValidThrough("2021-03-10", rules)).toBe("2026-03-10");
    expect(certificateExpiry("2021-03-10", rules)).toBe("2026-03-11");
    expect(certificateExpiry("2021-08-31", rules)).toBe("2026-09-01");
    expect(checkCertificate(issued("2021-03-10"), "2026-03-10", rules)).toEqual([]);
    expect(checkCertificate(issued("2021-03-10"), "2026-03-11", rules)).toEqual([{ code: "CERTIFICATE_EXPIRED", params: { expiredOn: "2026-03-11" } }]);
  });
  it("is required: an enrolment without a certificate is none", () => {
    expect(checkCertificate(issued(null), "2026-01-01", rules)).toEqual([{ code: "CERTIFICATE_MISSING" }]);
    expect(checkCertificate(facts({ awareness: null }), "2026-01-01", rules)).toEqual([{ code: "CERTIFICATE_MISSING" }]);
  });
  it("warns from 90 days before expiry until it has expired", () => {
    const warning = [{ code: "CERTIFICATE_EXPIRING", params: { expiresOn: "2026-03-11" } }];
    expect(certificateWarning(issued("2021-03-10"), "2025-12-10", rules)).toEqual([]);
    expect(certificateWarning(issued("2021-03-10"), "2025-12-11", rules)).toEqual(warning);
    expect(certificateWarning(issued("2021-03-10"), "2026-03-10", rules)).toEqual(warning);
    expect(certificateWarning(issued("2021-03-10"), "2026-03-11", rules)).toEqual([]);
    expect(certificateWarning(issued(null), "2026-03-01", rules)).toEqual([]);
    expect(certificateWarning(facts({ awareness: null }), "2026-03-01", rules)).toEqual([]);
  });
});

describe("introducers", () => {
  const vote = "2026-11-20";
  it("are two official members, or a union resolution and one member; one member alone is not enough", () => {
    expect(checkIntroducers(facts(), [member("A"), member("B")], vote, rules)).toEqual([]);
    expect(checkIntroducers(facts(), [union("TRADE_UNION"), member("A")], vote, rules)).toEqual([]);
    expect(checkIntroducers(facts(), [member("A")], vote, rules)).toEqual([{ code: "INTRODUCERS_INSUFFICIENT" }]);
    expect(checkIntroducers(facts(), [union("YOUTH_UNION"), union("TRADE_UNION")], vote, rules)).toEqual([{ code: "INTRODUCERS_INSUFFICIENT" }]);
    expect(checkIntroducers(facts(), [], vote, rules)).toEqual([{ code: "INTRODUCERS_INSUFFICIENT" }]);
  });
  it("are official members on the day they sign the introduction", () => {
    expect(checkIntroducers(facts(), [member("A", { officialSince: "2026-10-01" }), member("B")], vote, rules)).toEqual([]);
    expect(checkIntroducers(facts(), [member("A", { officialSince: "2026-10-02" }), member("B")], vote, rules)).toEqual([
      { code: "INTRODUCER_NOT_OFFICIAL", params: { name: "A" } },
    ]);
    expect(checkIntroducers(facts(), [member("A", { officialSince: null }), member("B")], vote, rules)).toEqual([
      { code: "INTRODUCER_NOT_OFFICIAL", params: { name: "A" } },
    ]);
  });
  it("have worked or lived with the candidate for 12 months when they sign", () => {
    expect(checkIntroducers(facts(), [member("A", { knownSince: "2025-10-01" }), member("B")], vote, rules)).toEqual([]);
    const short = [{ code: "INTRODUCER_NOT_KNOWN_LONG_ENOUGH", params: { name: "A", months: 12 } }];
    expect(checkIntroducers(facts(), [member("A", { knownSince: "2025-10-02" }), member("B")], vote, rules)).toEqual(short);
    expect(checkIntroducers(facts(), [member("A", { knownSince: null }), member("B")], vote, rules)).toEqual(short);
  });
  it("take the Youth Union's resolution, not the Trade Union's, for a candidate of Youth Union age in a unit with a Youth Union", () => {
    const young = facts({ birthDate: "2000-05-01", unit: { ...facts().unit, hasYouthUnion: true } });
    const required = [{ code: "YOUTH_UNION_RESOLUTION_REQUIRED", params: { age: 26 } }];
    expect(checkIntroducers(young, [union("TRADE_UNION"), member("A")], vote, rules)).toEqual(required);
    expect(checkIntroducers(young, [member("A"), member("B")], vote, rules)).toEqual(required);
    expect(checkIntroducers(young, [union("YOUTH_UNION"), member("A")], vote, rules)).toEqual([]);
    // Without a Youth Union in the unit, two members do.
    expect(checkIntroducers({ ...young, unit: { ...young.unit, hasYouthUnion: false } }, [member("A"), member("B")], vote, rules)).toEqual([]);
  });
});

describe("staleness at the branch vote (12 months)", () => {
  it("asks to redo an introduction or union resolution older than 12 months", () => {
    expect(checkStaleness([member("A", { documentDate: "2025-11-20" })], "2026-11-01", "2026-11-20", rules)).toEqual([]);
    expect(checkStaleness([member("A", { documentDate: "2025-11-19" }), union("YOUTH_UNION", "2025-01-01")], "2026-11-01", "2026-11-20", rules)).toEqual([
      { code: "DOCUMENT_STALE", params: { document: "A", date: "2025-11-19" } },
      { code: "DOCUMENT_STALE", params: { document: "Đoàn TN", date: "2025-01-01" } },
    ]);
  });
  it("and the opinions summary (5-KNĐ) likewise, which is required", () => {
    expect(checkStaleness([], "2025-11-20", "2026-11-20", rules)).toEqual([]);
    expect(checkStaleness([], "2025-11-19", "2026-11-20", rules)).toEqual([{ code: "DOCUMENT_STALE", params: { document: "5-KNĐ", date: "2025-11-19" } }]);
    expect(checkStaleness([], null, "2026-11-20", rules)).toEqual([{ code: "OPINIONS_SUMMARY_MISSING" }]);
  });
});

describe("votes against the roll on record", () => {
  it("need the roll and the votes for", () => {
    expect(checkBranchVote({ membersOnRoll: null, votesFor: 5 }, rules)).toEqual([{ code: "VOTES_MISSING" }]);
    expect(checkBranchVote({ membersOnRoll: 9, votesFor: undefined }, rules)).toEqual([{ code: "VOTES_MISSING" }]);
  });
  it("need a branch of at least 3 official members", () => {
    expect(checkBranchVote({ membersOnRoll: 2, votesFor: 2 }, rules)).toEqual([{ code: "BRANCH_TOO_SMALL", params: { members: 2, min: 3 } }]);
    expect(checkBranchVote({ membersOnRoll: 3, votesFor: 2 }, rules)).toEqual([]);
    expect(checkBranchVote({ membersOnRoll: 3, votesFor: 1, votesAgainst: 2 }, rules)).toEqual([
      { code: "VOTE_BELOW_TWO_THIRDS", params: { votesFor: 1, roll: 3, needed: 2 } },
    ]);
  });
  it("pass with 2/3 of the whole roll, however many attended, and name the votes needed", () => {
    expect(checkTwoThirds(10, 7, 0, rules)).toEqual([]);
    expect(checkTwoThirds(10, 6, 0, rules)).toEqual([{ code: "VOTE_BELOW_TWO_THIRDS", params: { votesFor: 6, roll: 10, needed: 7 } }]);
    expect(checkBranchVote({ membersOnRoll: 12, votesFor: 7, votesAgainst: 0 }, rules)).toEqual([
      { code: "VOTE_BELOW_TWO_THIRDS", params: { votesFor: 7, roll: 12, needed: 8 } },
    ]);
  });
  it("cannot count more votes than members", () => {
    expect(checkTwoThirds(9, 6, 3, rules)).toEqual([]);
    expect(checkTwoThirds(9, 6, 4, rules)).toEqual([{ code: "VOTES_EXCEED_ROLL", params: { votes: 10, roll: 9 } }]);
    expect(checkBranchVote({ membersOnRoll: 9, votesFor: 8, votesAgainst: 2 }, rules)).toEqual([{ code: "VOTES_EXCEED_ROLL", params: { votes: 10, roll: 9 } }]);
  });
  it("count no more present at the meeting than the roll on record", () => {
    expect(checkPresent(10, 9)).toEqual([{ code: "PRESENT_EXCEEDS_ROLL", params: { present: 10, roll: 9 } }]);
    expect(checkPresent(9, 9)).toEqual([]);
    expect(checkPresent(0, 9)).toEqual([]);
    expect(checkPresent(null, 9)).toEqual([]);
    expect(checkPresent(undefined, 9)).toEqual([]);
  });
  it("refuse a typed roll or committee size that differs from the record, naming both", () => {
    expect(checkSuppliedRoll(6, 9)).toEqual([{ code: "ROLL_MISMATCH", params: { supplied: 6, recorded: 9 } }]);
    expect(checkSuppliedRoll(9, 9)).toEqual([]);
    expect(checkSuppliedRoll(null, 9)).toEqual([]);
    expect(checkSuppliedRoll(undefined, 9)).toEqual([]);
    expect(checkSuppliedCommitteeSize(7, 9)).toEqual([{ code: "COMMITTEE_SIZE_MISMATCH", params: { supplied: 7, recorded: 9 } }]);
    expect(checkSuppliedCommitteeSize(9, 9)).toEqual([]);
    expect(checkSuppliedCommitteeSize(null, 9)).toEqual([]);
  });
});

describe("the dates inside a step", () => {
  const today = "2026-11-24";
  it("may be today but not later, each named by its paper", () => {
    const base = { to: "BRANCH_VOTE" as const, date: "2026-11-20" };
    expect(checkStepDatesNotInFuture({ ...base, verificationRequestedOn: today, certifiedOn: today, receivedOn: today }, today)).toEqual([]);
    expect(checkStepDatesNotInFuture({ ...base, verificationRequestedOn: "2026-11-25" }, today)).toEqual([
      { code: "STEP_DATE_IN_FUTURE", params: { document: "20-KNĐ", date: "2026-11-25" } },
    ]);
    expect(checkStepDatesNotInFuture({ ...base, receivedOn: "2026-12-01" }, today)).toEqual([
      { code: "STEP_DATE_IN_FUTURE", params: { document: "9-KNĐ", date: "2026-12-01" } },
    ]);
    expect(checkStepDatesNotInFuture({ ...base, introducers: [member("Lê Văn B", { knownSince: "2026-12-01", documentDate: today })] }, today)).toEqual([
      { code: "STEP_DATE_IN_FUTURE", params: { document: "Lê Văn B", date: "2026-12-01" } },
    ]);
    expect(checkStepDatesNotInFuture({ ...base, introducers: null }, today)).toEqual([]);
  });
  it("put the decision's receipt on or after its signature", () => {
    expect(checkDecisionReceipt({ to: "CEREMONY", date: "2026-04-20", receivedOn: "2026-04-19" })).toEqual([{ code: "RECEIVED_BEFORE_DECISION" }]);
    expect(checkDecisionReceipt({ to: "CEREMONY", date: "2026-04-20", receivedOn: "2026-04-20" })).toEqual([]);
    expect(checkDecisionReceipt({ to: "CEREMONY", date: "2026-04-20" })).toEqual([]);
  });
  it("put the partial committee's appraisal between the branch's resolution and the grassroots committee's", () => {
    const f = { branchResolution: { date: "2026-03-10" } };
    const step = (partialAppraisalDate: string | null) => ({ to: "SUPERIOR_DECISION" as const, date: "2026-03-16", partialAppraisalDate });
    expect(checkPartialAppraisalDate(step(null), f)).toEqual([]);
    expect(checkPartialAppraisalDate(step("2026-03-10"), f)).toEqual([]);
    expect(checkPartialAppraisalDate(step("2026-03-16"), f)).toEqual([]);
    expect(checkPartialAppraisalDate(step("2026-03-17"), f)).toEqual([
      { code: "PARTIAL_APPRAISAL_AFTER_RESOLUTION", params: { resolutionDate: "2026-03-16" } },
    ]);
    expect(checkPartialAppraisalDate(step("2026-03-09"), f)).toEqual([
      { code: "PARTIAL_APPRAISAL_BEFORE_BRANCH_RESOLUTION", params: { resolutionDate: "2026-03-10" } },
    ]);
    expect(checkPartialAppraisalDate(step("2026-03-09"), { branchResolution: null })).toEqual([]);
  });
  it("date a failed vote within its stage, today included", () => {
    expect(checkFailedVoteDate(today, "2026-06-01", today)).toEqual([]);
    expect(checkFailedVoteDate("2026-11-25", "2026-06-01", today)).toEqual([{ code: "DATE_IN_FUTURE" }]);
    expect(checkFailedVoteDate("2026-05-31", "2026-06-01", today)).toEqual([{ code: "VOTE_BEFORE_STAGE", params: { stageSince: "2026-06-01" } }]);
  });
});

describe("probation and party age", () => {
  it("ends 12 months after the ceremony; the member is official as of that day", () => {
    expect(probationEnd("2026-05-19", rules)).toBe("2027-05-19");
    expect(officialAsOf("2026-05-19", ruleSetByCode("QD24-2021"))).toBe("2027-05-19");
    expect(probationEnd("2024-02-29", rules)).toBe("2025-02-28");
  });
  it("counts party age from the admission decision, in whole years and months", () => {
    expect(partyAge("2024-04-20", "2026-11-24")).toEqual({ years: 2, months: 7 });
    expect(partyAge("2024-04-20", "2024-04-19")).toBeNull();
  });
});
