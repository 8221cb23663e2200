import type { StageCode } from "@/lib/domain/stages";

/**
 * The fields each forward step asks for, by the stage being left, in the order a secretary fills
 * in the paper. `date` is the date that defines the step (its label differs by step).
 */
/** "roll": the base of a 2/3 vote, shown from the unit's record and not sent (lib/domain/rules/votes.ts). */
export type FieldKind = "date" | "text" | "int" | "course" | "roll";
export interface StepField {
  name: string;
  label: string;
  kind: FieldKind;
  required?: boolean;
}

const d = (name: string, label = name, required = true): StepField => ({ name, label, kind: "date", required });
const t = (name: string, required = false): StepField => ({ name, label: name, kind: "text", required });
const n = (name: string, required = false): StepField => ({ name, label: name, kind: "int", required });
const roll = (label: "membersOnRoll" | "committeeMembers"): StepField => ({ name: "membersOnRoll", label, kind: "roll" });

export const STEP_FIELDS: Partial<Record<StageCode, StepField[]>> = {
  SOURCE: [d("date"), t("helperName", true)],
  SYMPATHIZER: [d("date"), { name: "courseId", label: "courseId", kind: "course", required: true }],
  TRAINING: [d("date", "certificateDate"), t("certificateNumber", true), t("certificateIssuer")],
  DOSSIER: [d("verificationRequestedOn"), d("date", "verificationCompletedOn"), d("certifiedOn"), t("conclusion")],
  AWARENESS_TEST: [d("date", "testDate")],
  BRANCH_VOTE: [d("date", "meetingDate"), t("resolutionNumber"), roll("membersOnRoll"), n("present"), n("votesFor", true), n("votesAgainst"), d("opinionsSummaryDate"), t("over60Consent")],
  COMMITTEE_REVIEW: [d("date", "committeeDate"), t("resolutionNumber"), roll("committeeMembers"), n("votesFor", true), n("votesAgainst"), d("partialAppraisalDate", "partialAppraisalDate", false)],
  // An extension is recorded while waiting (ExtensionForm), so that the deadline counts it.
  SUPERIOR_DECISION: [d("date", "decisionDate"), t("decisionNumber", true), d("receivedOn")],
  CEREMONY: [d("date", "ceremonyDate"), t("place"), t("lateConsent")],
  PROBATION: [d("conversionResolutionDate"), t("resolutionNumber"), roll("membersOnRoll"), n("votesFor", true), n("votesAgainst"), d("date", "conversionDecisionDate"), t("decisionNumber", true)],
};

/** The branch vote also records the introductions (two rows: members, or a union and a member). */
export const STEPS_WITH_INTRODUCERS: ReadonlySet<StageCode> = new Set(["BRANCH_VOTE"]);
