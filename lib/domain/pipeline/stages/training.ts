import type { Reason } from "../../rules/facts";
import { dateField, textField } from "../fields";
import type { StageModule } from "../step-module";

/** In the awareness class (lớp bồi dưỡng nhận thức về Đảng); leaves with the certificate (A1). */
export const training: StageModule = {
  stage: "TRAINING",
  exit: {
    fields: [dateField("date", "certificateDate"), textField("certificateNumber", true), textField("certificateIssuer")],
    formFieldCodes: ["CERTIFICATE_NUMBER_MISSING"],
    requires: ({ facts, input }) => {
      const reasons: Reason[] = [];
      if (!input.certificateNumber?.trim()) reasons.push({ code: "CERTIFICATE_NUMBER_MISSING" });
      if (facts.awareness && input.date < facts.awareness.courseStart)
        reasons.push({ code: "DATE_BEFORE_CLASS", params: { classStart: facts.awareness.courseStart } });
      return reasons;
    },
    records: ({ input }) => [
      { kind: "certificate", number: input.certificateNumber ?? null, issuer: input.certificateIssuer ?? null, date: input.date },
      { kind: "paper", code: "A1", number: input.certificateNumber, date: input.date },
    ],
  },
};
