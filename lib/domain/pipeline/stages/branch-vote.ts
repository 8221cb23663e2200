import type { DossierCode } from "../../rules/dossier-items";
import { checkAge, checkCertificate, checkIntroducers, checkStaleness } from "../../rules/eligibility";
import { checkBranchVote, checkPresent, checkSuppliedRoll } from "../../rules/votes";
import { dateField, intField, rollField, textField } from "../fields";
import { certificateExpiryDeadline, passedResolution } from "../shared-rules";
import type { StageModule, StepRecord } from "../step-module";

/**
 * Introductions (3-KNĐ, 4-/4A-KNĐ) and the opinions summary (5-KNĐ) gathered; the branch meets.
 * Leaves when its resolution (6-KNĐ) passes with 2/3 of the official members on the roll on record.
 */
export const branchVote: StageModule = {
  stage: "BRANCH_VOTE",
  failedVote: () => "BRANCH_ADMISSION",
  exit: {
    fields: [
      dateField("date", "meetingDate"),
      textField("resolutionNumber"),
      rollField("membersOnRoll"),
      intField("present"),
      intField("votesFor", true),
      intField("votesAgainst"),
      dateField("opinionsSummaryDate"),
      textField("over60Consent"),
    ],
    introducers: true,
    formFieldCodes: ["VOTES_MISSING"],
    papersRequired: ["A1", "A2", "A3", "A4", "A5", "A6"],
    papersRecordedByForm: ["A4", "A5", "A6"],
    papersRecorded: (input) => {
      const introducers = input.introducers ?? [];
      const held: [DossierCode, unknown][] = [
        ["A4", introducers.some((i) => i.kind === "PARTY_MEMBER")],
        ["A5", introducers.some((i) => i.kind !== "PARTY_MEMBER")],
        ["A6", input.opinionsSummaryDate],
      ];
      return held.filter(([, value]) => Boolean(value)).map(([code]) => code);
    },
    requires: ({ facts, input, rules }) => {
      const introducers = input.introducers ?? facts.introducers;
      const opinions = input.opinionsSummaryDate ?? facts.opinionsSummaryDate;
      return [
        ...checkAge(facts.birthDate, input.date, rules, input.over60Consent),
        ...checkCertificate(facts, input.date, rules),
        ...checkIntroducers(facts, introducers, input.date, rules),
        ...checkStaleness(introducers, opinions, input.date, rules),
        ...checkSuppliedRoll(input.membersOnRoll, facts.unit.officialMembers),
        ...checkPresent(input.present, facts.unit.officialMembers),
        ...checkBranchVote({ membersOnRoll: facts.unit.officialMembers, votesFor: input.votesFor, votesAgainst: input.votesAgainst }, rules),
      ];
    },
    records: ({ facts, input }) => {
      const records: StepRecord[] = [];
      if (input.introducers) {
        records.push({ kind: "introducers", introducers: input.introducers });
        const member = input.introducers.find((i) => i.kind === "PARTY_MEMBER");
        const union = input.introducers.find((i) => i.kind !== "PARTY_MEMBER");
        if (member) records.push({ kind: "paper", code: "A4", date: member.documentDate });
        if (union) records.push({ kind: "paper", code: "A5", number: union.documentNumber, date: union.documentDate });
      }
      if (input.opinionsSummaryDate) records.push({ kind: "paper", code: "A6", date: input.opinionsSummaryDate });
      records.push(...passedResolution("BRANCH_ADMISSION", "branch", "B1", input, facts.unit.officialMembers));
      return records;
    },
  },
  deadlines: certificateExpiryDeadline,
};
