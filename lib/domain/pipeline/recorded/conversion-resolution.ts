import type { Reason } from "../../rules/facts";
import { probationEnd } from "../../rules/membership";
import { checkBranchVote, checkPresent, checkSuppliedRoll } from "../../rules/votes";
import { dateField, intField, rollField, textField } from "../fields";
import { passedResolution } from "../shared-rules";
import type { RecordedStep } from "../step-module";

/**
 * The branch's resolution proposing recognition as an official member (13-KNĐ): the first of the
 * conversion's own steps, recorded while the member stays on probation. Charter Art. 5, HD 12
 * (2022): it is voted after the 12 months, dated after the day probation ends (domain.md §6.2:
 * probation ending 15/05/2026 → dated after 15/05/2026), with 2/3 of the official members on the
 * roll, on the conversion file (C1–C4). It opens the 30 working days of the superior's decision.
 */
export const conversionResolution: RecordedStep = {
  code: "CONVERSION_RESOLUTION",
  historyKind: "RECORD",
  fields: [
    dateField("date", "conversionResolutionDate"),
    textField("resolutionNumber"),
    rollField("membersOnRoll"),
    intField("present"),
    intField("votesFor", true),
    intField("votesAgainst"),
  ],
  formFieldCodes: ["VOTES_MISSING"],
  open: (facts) => facts.stage === "PROBATION" && !facts.conversionBranchResolution,
  requires: ({ facts, input, rules }) => {
    const reasons: Reason[] = [];
    const endsOn = facts.ceremonyDate ? probationEnd(facts.ceremonyDate, rules) : null;
    if (endsOn && input.date <= endsOn) reasons.push({ code: "CONVERSION_RESOLUTION_NOT_AFTER_PROBATION", params: { endsOn } });
    reasons.push(...checkSuppliedRoll(input.membersOnRoll, facts.unit.officialMembers));
    reasons.push(...checkPresent(input.present, facts.unit.officialMembers));
    reasons.push(...checkBranchVote({ membersOnRoll: facts.unit.officialMembers, votesFor: input.votesFor, votesAgainst: input.votesAgainst }, rules));
    return reasons;
  },
  papersRequired: ["C1", "C2", "C3", "C4"],
  records: ({ facts, input }) => passedResolution("BRANCH_CONVERSION", "branch", "C5", input, facts.unit.officialMembers),
};
