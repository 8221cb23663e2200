import { deadline } from "../../rules/deadline";
import { dateField, textField } from "../fields";
import { ceremonyDue } from "../shared-rules";
import type { StageModule } from "../step-module";

/** Admitted on paper: the ceremony is held within 30 working days of receipt, later only with a recorded consent. */
export const ceremony: StageModule = {
  stage: "CEREMONY",
  exit: {
    fields: [dateField("date", "ceremonyDate"), textField("place"), textField("lateConsent")],
    requires: ({ facts, input, rules, holidays }) => {
      const received = facts.admissionDecision?.receivedOn ?? facts.admissionDecision?.date;
      const due = ceremonyDue(facts, rules, holidays);
      if (!received || !due) return [];
      if (input.date < received) return [{ code: "CEREMONY_BEFORE_DECISION_RECEIVED", params: { receivedOn: received } }];
      return input.date > due && !input.lateConsent?.trim() ? [{ code: "CEREMONY_LATE_NEEDS_CONSENT", params: { dueOn: due } }] : [];
    },
    records: ({ input }) => [
      { kind: "ceremony", date: input.date, place: input.place ?? null, lateConsent: input.lateConsent ?? null },
      { kind: "dates", ceremonyOn: input.date },
    ],
  },
  deadlines: ({ facts, today, rules, holidays }) => {
    const due = ceremonyDue(facts, rules, holidays);
    return due ? [deadline("CEREMONY_DUE", due, today, rules)] : [];
  },
};
