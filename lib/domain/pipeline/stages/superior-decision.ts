import { extensionInForce } from "../../rules/deadline";
import type { Reason } from "../../rules/facts";
import { checkDecisionReceipt } from "../../rules/step-dates";
import { dateField, textField } from "../fields";
import { admissionDecisionDeadline, admissionDecisionDue } from "../shared-rules";
import type { StageModule } from "../step-module";

/**
 * Waiting for the admission decision (9-KNĐ) of the committee that decides: the superior, or a
 * grassroots committee given that authority. Leaves when the decision is recorded; a late decision
 * is recorded all the same, with a warning.
 */
export const superiorDecision: StageModule = {
  stage: "SUPERIOR_DECISION",
  awaits: () => "ADMISSION",
  exit: {
    // An extension is recorded while waiting (ExtensionForm), so that the deadline counts it.
    fields: [dateField("date", "decisionDate"), textField("decisionNumber", true), dateField("receivedOn")],
    committeeAct: true,
    decidersAct: true,
    formFieldCodes: ["DECISION_NUMBER_MISSING"],
    requires: ({ input }) => [...(input.decisionNumber?.trim() ? [] : [{ code: "DECISION_NUMBER_MISSING" } as Reason]), ...checkDecisionReceipt(input)],
    warnings: ({ facts, input, rules, holidays }) => {
      if (!facts.branchResolution) return [];
      const due = admissionDecisionDue(facts.branchResolution.date, extensionInForce("ADMISSION", facts, rules, input.extensionDays ?? 0), rules, holidays);
      return input.date > due ? [{ code: "DECISION_LATE", params: { dueOn: due } }] : [];
    },
    records: ({ facts, input, rules }) => [
      {
        kind: "decision",
        decision: "ADMISSION",
        number: input.decisionNumber ?? "",
        date: input.date,
        receivedOn: input.receivedOn ?? input.date,
        extensionDays: extensionInForce("ADMISSION", facts, rules, input.extensionDays ?? 0),
      },
      { kind: "paper", code: "B4", number: input.decisionNumber, date: input.date },
      { kind: "dates", admittedOn: input.date },
    ],
  },
  deadlines: admissionDecisionDeadline,
};
