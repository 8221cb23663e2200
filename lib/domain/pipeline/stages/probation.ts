import { deadline, extensionInForce } from "../../rules/deadline";
import type { DossierCode } from "../../rules/dossier-items";
import type { Reason } from "../../rules/facts";
import { officialAsOf, probationEnd } from "../../rules/membership";
import { addWorkingDays } from "../../rules/working-days";
import { dateField, textField } from "../fields";
import { conversionResolution } from "../recorded/conversion-resolution";
import type { StageModule } from "../step-module";

const C6_C7: readonly DossierCode[] = ["C6", "C7"];

/**
 * Twelve months of probation from the ceremony (Charter Art. 5), the new-member course and the
 * conversion file; then the conversion's two steps: the branch's resolution (13-KNĐ, recorded
 * while on probation) and the deciding committee's decision (16-KNĐ), which makes the member official.
 */
export const probation: StageModule = {
  stage: "PROBATION",
  recorded: [conversionResolution],
  // Failed conversion votes are kept until a resolution passes.
  failedVote: (facts) => (facts.conversionBranchResolution ? null : "BRANCH_CONVERSION"),
  awaits: (facts) => (facts.conversionBranchResolution ? "CONVERSION" : null),
  exit: {
    fields: [dateField("date", "conversionDecisionDate"), textField("decisionNumber", true)],
    committeeAct: true,
    decidersAct: true,
    formFieldCodes: ["DECISION_NUMBER_MISSING"],
    // The partial committee's appraisal (14-KNĐ) and the grassroots resolution (15-KNĐ) go up with the file, where those bodies exist.
    papersRequired: C6_C7,
    requires: ({ facts, input }) => {
      const reasons: Reason[] = [];
      const resolution = facts.conversionBranchResolution;
      if (!resolution) reasons.push({ code: "CONVERSION_RESOLUTION_MISSING" });
      else if (input.date < resolution.date) reasons.push({ code: "CONVERSION_DECISION_BEFORE_RESOLUTION", params: { resolutionDate: resolution.date } });
      if (!input.decisionNumber?.trim()) reasons.push({ code: "DECISION_NUMBER_MISSING" });
      return reasons;
    },
    records: ({ facts, input, rules }) => [
      {
        kind: "decision",
        decision: "CONVERSION",
        number: input.decisionNumber ?? "",
        date: input.date,
        receivedOn: input.date,
        extensionDays: extensionInForce("CONVERSION", facts, rules),
      },
      { kind: "paper", code: "C8", number: input.decisionNumber, date: input.date },
      // Official as of the day probation ends, however late the decision; without a ceremony on record (an imported member), as of the decision.
      { kind: "dates", officialOn: facts.ceremonyDate ? officialAsOf(facts.ceremonyDate, rules) : input.date },
    ],
  },
  deadlines: ({ facts, today, rules, holidays }) => {
    if (!facts.ceremonyDate) return [];
    const end = probationEnd(facts.ceremonyDate, rules);
    const resolution = facts.conversionBranchResolution;
    if (resolution) {
      const due = addWorkingDays(resolution.date, rules.conversionDecisionWorkingDays + extensionInForce("CONVERSION", facts, rules), holidays);
      return [deadline("CONVERSION_DECISION_DUE", due, today, rules)];
    }
    if (today < end) return [deadline("PROBATION_END", end, today, rules)];
    return [deadline("CONVERSION_RESOLUTION_DUE", addWorkingDays(end, rules.conversionResolutionWorkingDays, holidays), today, rules)];
  },
  flags: ({ facts, rules }) =>
    facts.failedConversionVotes >= rules.failedConversionVotesToEscalate
      ? [{ code: "FAILED_VOTES_ESCALATE", params: { count: facts.failedConversionVotes } }]
      : [],
};
