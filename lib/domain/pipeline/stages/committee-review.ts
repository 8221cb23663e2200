import type { DossierCode } from "../../rules/dossier-items";
import type { Reason } from "../../rules/facts";
import { checkPartialAppraisalDate } from "../../rules/step-dates";
import { checkPresent, checkSuppliedCommitteeSize, checkTwoThirds } from "../../rules/votes";
import { dateField, intField, rollField, textField } from "../fields";
import { admissionDecisionDeadline, passedResolution } from "../shared-rules";
import type { StageModule, StepRecord } from "../step-module";

/**
 * The partial committee appraises (7-KNĐ, where one exists) and the grassroots committee resolves
 * (8-KNĐ) with 2/3 of its members on record (HD 06 §3.7a). Skipped for a grassroots branch.
 */
export const committeeReview: StageModule = {
  stage: "COMMITTEE_REVIEW",
  // A grassroots branch's own resolution goes straight to the superior.
  appliesTo: (unit) => unit.kind === "BRANCH",
  awaits: () => "ADMISSION",
  exit: {
    fields: [
      dateField("date", "committeeDate"),
      textField("resolutionNumber"),
      rollField("committeeMembers"),
      intField("votesFor", true),
      intField("votesAgainst"),
      dateField("partialAppraisalDate", "partialAppraisalDate", false),
    ],
    committeeAct: true,
    formFieldCodes: ["VOTES_MISSING", "PARTIAL_APPRAISAL_MISSING"],
    papersRequired: ["B1", "B2", "B3"],
    papersRecordedByForm: ["B2", "B3"],
    papersRecorded: (input) => (input.partialAppraisalDate ? ["B2", "B3"] : ["B3"]) satisfies DossierCode[],
    requires: ({ facts, input, rules }) => [
      ...(facts.unit.partialCommitteeExists && !input.partialAppraisalDate ? [{ code: "PARTIAL_APPRAISAL_MISSING" } as Reason] : []),
      ...checkPartialAppraisalDate(input, facts),
      ...checkSuppliedCommitteeSize(input.membersOnRoll, facts.unit.grassrootsCommitteeMembers),
      ...checkPresent(input.present, facts.unit.grassrootsCommitteeMembers),
      ...(input.votesFor == null
        ? [{ code: "VOTES_MISSING" } as Reason]
        : checkTwoThirds(facts.unit.grassrootsCommitteeMembers, input.votesFor, input.votesAgainst ?? 0, rules)),
    ],
    records: ({ facts, input }) => {
      const records: StepRecord[] = [];
      if (input.partialAppraisalDate && facts.unit.partialCommitteeExists) {
        records.push(
          {
            kind: "resolution",
            resolution: "PARTIAL_ADMISSION_APPRAISAL",
            body: "partial",
            number: null,
            date: input.partialAppraisalDate,
            membersOnRoll: 0,
            present: null,
            votesFor: 0,
            votesAgainst: 0,
            passed: true,
          },
          { kind: "paper", code: "B2", date: input.partialAppraisalDate },
        );
      }
      records.push(...passedResolution("GRASSROOTS_ADMISSION", "grassroots", "B3", input, facts.unit.grassrootsCommitteeMembers));
      return records;
    },
  },
  deadlines: admissionDecisionDeadline,
};
