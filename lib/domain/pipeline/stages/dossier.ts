import type { Reason } from "../../rules/facts";
import { dateField, textField } from "../fields";
import { certificateExpiryDeadline } from "../shared-rules";
import type { StageModule } from "../step-module";

/**
 * Writing the application (1-KNĐ) and background form (2-KNĐ) while the background is verified;
 * leaves when the verification is complete and the committee certified the form (A3).
 */
export const dossier: StageModule = {
  stage: "DOSSIER",
  exit: {
    fields: [dateField("verificationRequestedOn"), dateField("date", "verificationCompletedOn"), dateField("certifiedOn"), textField("conclusion")],
    formFieldCodes: ["VERIFICATION_INCOMPLETE"],
    papersRequired: ["A2", "A3"],
    papersRecordedByForm: ["A3"],
    papersRecorded: (input) => (input.certifiedOn ? ["A3"] : []),
    requires: ({ input }) => {
      const reasons: Reason[] = [];
      if (!input.verificationRequestedOn || !input.certifiedOn) reasons.push({ code: "VERIFICATION_INCOMPLETE" });
      else if (input.verificationRequestedOn > input.date || input.certifiedOn < input.date) reasons.push({ code: "CERTIFICATION_BEFORE_VERIFICATION" });
      return reasons;
    },
    records: ({ input }) =>
      input.verificationRequestedOn && input.certifiedOn
        ? [
            {
              kind: "verification",
              requestedOn: input.verificationRequestedOn,
              completedOn: input.date,
              certifiedOn: input.certifiedOn,
              conclusion: input.conclusion ?? null,
            },
            { kind: "paper", code: "A3", date: input.certifiedOn },
          ]
        : [],
  },
  deadlines: certificateExpiryDeadline,
};
