import { dateField, textField } from "../fields";
import type { StageModule } from "../step-module";

/** Nguồn: identified by a mass organisation or the branch; leaves when a helper (an official member) is assigned. */
export const source: StageModule = {
  stage: "SOURCE",
  exit: {
    fields: [dateField("date"), textField("helperName", true)],
    formFieldCodes: ["HELPER_MISSING"],
    requires: ({ input }) => (input.helperName?.trim() ? [] : [{ code: "HELPER_MISSING" }]),
    records: ({ input }) => [{ kind: "helper", fullName: input.helperName?.trim() ?? "", assignedOn: input.date }],
  },
};
