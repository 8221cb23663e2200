import type { StageCode } from "../stages";
import type { IsoDate } from "./dates";

/** What the rules need to know about a candidate, gathered by lib/db/pipeline-facts.ts. */
export interface CandidateFacts {
  stage: StageCode;
  stageSince: IsoDate;
  birthDate: IsoDate;
  youthUnionMember: boolean;
  ruleSetCode: string;
  unit: {
    /** The candidate's branch: a branch under a committee, or a grassroots branch (no committee step). */
    kind: "BRANCH" | "GRASSROOTS_BRANCH";
    officialMembers: number;
    hasYouthUnion: boolean;
    /** A partial committee (đảng bộ bộ phận) sits between the branch and the grassroots committee. */
    partialCommitteeExists: boolean;
    /** Members of the grassroots executive committee (base of its 2/3 vote). */
    grassrootsCommitteeMembers: number;
    /** The superior committee runs an awareness test council (local practice). */
    superiorRunsTest: boolean;
  };
  helpers: { fullName: string; assignedOn: IsoDate }[];
  /** The latest awareness class enrolment. */
  awareness: { courseStart: IsoDate; certificateNumber: string | null; certificateDate: IsoDate | null } | null;
  verification: { requestedOn: IsoDate; completedOn: IsoDate | null; certifiedOn: IsoDate | null } | null;
  testPassedOn: IsoDate | null;
  introducers: IntroducerFact[];
  /** Opinions summary of the mass organisations (5-KNĐ), from the dossier item A6. */
  opinionsSummaryDate: IsoDate | null;
  branchResolution: { date: IsoDate } | null;
  grassrootsResolution: { date: IsoDate } | null;
  admissionDecision: { date: IsoDate; receivedOn: IsoDate | null; extensionDays: number } | null;
  ceremonyDate: IsoDate | null;
  conversionBranchResolution: { date: IsoDate } | null;
  conversionDecisionExtensionDays: number;
  /**
   * Extensions of the superior's decision deadlines recorded while the candidate waits for the
   * decision (working days; lib/services/pipeline/decision-extension.ts). The extension stored on a
   * decision only exists once the decision does, too late for the deadline it extends. Absent: none.
   */
  recordedExtensions?: { admission: number; conversion: number };
  failedConversionVotes: number;
  /**
   * The checklist's papers as recorded (DossierItem, read by lib/db/pipeline-facts.ts). Absent:
   * none recorded, so every required paper is missing.
   */
  papers?: { code: string; status: "MISSING" | "RECEIVED" | "CHECKED" }[];
}

export interface IntroducerFact {
  kind: "PARTY_MEMBER" | "YOUTH_UNION" | "TRADE_UNION";
  name: string;
  /** Member only: recognised as an official member on. */
  officialSince: IsoDate | null;
  /** Member only: working or living with the candidate since. */
  knownSince: IsoDate | null;
  documentDate: IsoDate;
  /** The introduction's or the union resolution's number, when typed. */
  documentNumber?: string | null;
}

/** A move and the fields of the step it records (validated for shape in lib/validation/transition.ts). */
export interface TransitionInput {
  to: StageCode;
  date: IsoDate;
  reason?: string | null;
  helperName?: string | null;
  course?: { kind: "AWARENESS" | "NEW_MEMBER"; startDate: IsoDate; endDate?: IsoDate } | null;
  certificateNumber?: string | null;
  verificationRequestedOn?: IsoDate | null;
  certifiedOn?: IsoDate | null;
  membersOnRoll?: number | null;
  votesFor?: number | null;
  votesAgainst?: number | null;
  introducers?: IntroducerFact[] | null;
  opinionsSummaryDate?: IsoDate | null;
  over60Consent?: string | null;
  partialAppraisalDate?: IsoDate | null;
  decisionNumber?: string | null;
  receivedOn?: IsoDate | null;
  lateConsent?: string | null;
  /** Working days of extension noted with the admission decision itself (API only). */
  extensionDays?: number | null;
  // Fields a step records without any rule reading them (numbers, names, places).
  courseId?: string | null;
  certificateIssuer?: string | null;
  conclusion?: string | null;
  resolutionNumber?: string | null;
  present?: number | null;
  place?: string | null;
}

/** An unmet prerequisite or a warning: a code the UI translates (messages "rules.<code>") and its values. */
export interface Reason {
  code: ReasonCode;
  params?: Record<string, string | number>;
}

export const REASON_CODES = [
  "TERMINAL_STAGE",
  "STAGE_SKIPPED",
  "NOT_A_MOVE",
  "BACKWARD_NOT_ALLOWED",
  "REASON_REQUIRED",
  "DATE_IN_FUTURE",
  "DATE_BEFORE_PREVIOUS_STEP",
  "STEP_DATE_IN_FUTURE",
  "HELPER_MISSING",
  "COURSE_MISSING",
  "COURSE_WRONG_KIND",
  "COURSE_ENDED",
  "DATE_BEFORE_CLASS",
  "CERTIFICATE_NUMBER_MISSING",
  "VERIFICATION_INCOMPLETE",
  "CERTIFICATION_BEFORE_VERIFICATION",
  "AWARENESS_TEST_NOT_PASSED",
  "AGE_TOO_LOW",
  "AGE_OVER_LIMIT",
  "CERTIFICATE_MISSING",
  "CERTIFICATE_EXPIRED",
  "CERTIFICATE_EXPIRING",
  "INTRODUCERS_INSUFFICIENT",
  "INTRODUCER_NOT_OFFICIAL",
  "INTRODUCER_NOT_KNOWN_LONG_ENOUGH",
  "YOUTH_UNION_RESOLUTION_REQUIRED",
  "DOCUMENT_STALE",
  "OPINIONS_SUMMARY_MISSING",
  "BRANCH_TOO_SMALL",
  "VOTES_MISSING",
  "ROLL_MISMATCH",
  "COMMITTEE_SIZE_MISMATCH",
  "VOTES_EXCEED_ROLL",
  "VOTE_BELOW_TWO_THIRDS",
  "PARTIAL_APPRAISAL_MISSING",
  "PARTIAL_APPRAISAL_AFTER_RESOLUTION",
  "PARTIAL_APPRAISAL_BEFORE_BRANCH_RESOLUTION",
  "DECISION_NUMBER_MISSING",
  "RECEIVED_BEFORE_DECISION",
  "DECISION_LATE",
  "CEREMONY_BEFORE_DECISION_RECEIVED",
  "CEREMONY_LATE_NEEDS_CONSENT",
  "PROBATION_NOT_OVER",
  "CONVERSION_RESOLUTION_MISSING",
  "CONVERSION_DECISION_BEFORE_RESOLUTION",
  "VOTE_BEFORE_STAGE",
  "EXTENSION_NOT_WAITING",
  "EXTENSION_TOO_LONG",
  "PAPER_MISSING",
  "STEP_ALREADY_RECORDED",
  "CONVERSION_RESOLUTION_NOT_AFTER_PROBATION",
  "FAILED_VOTES_ESCALATE",
  "NOT_THE_DECIDING_COMMITTEE",
  "PRESENT_EXCEEDS_ROLL",
] as const;

export type ReasonCode = (typeof REASON_CODES)[number];
