import type { DossierCode } from "../rules/dossier-items";
import type { IsoDate } from "../rules/dates";
import type { Deadline, ExtensionKind } from "../rules/deadline";
import type { CandidateFacts, IntroducerFact, Reason, ReasonCode, TransitionInput } from "../rules/facts";
import type { RuleSet } from "../rules/rule-sets";
import type { PipelineStage } from "../stages";

/**
 * One module per stage (lib/domain/pipeline/stages/*.ts): everything the app knows about a stage
 * and the step that leaves it, declared once. The flow, the transition check, the step's form, the
 * dossier checklist, the deadlines, the step permissions and the writer of the step's records all
 * read these declarations; none keeps a table of its own.
 */

/** How a form field of a step is entered. "roll": the base of a 2/3 vote, shown from the unit's record and never sent. */
export type StepFieldKind = "date" | "text" | "int" | "course" | "roll";

export interface StepField {
  /** The input's key (a TransitionInput field). */
  name: string;
  /** The label's i18n key under "pipeline.field". */
  label: string;
  kind: StepFieldKind;
  required?: boolean;
}

/** What a step's rules see: the candidate's facts, the step as typed, the rule set and the holidays. */
export interface StepContext {
  facts: CandidateFacts;
  input: TransitionInput;
  rules: RuleSet;
  holidays: ReadonlySet<IsoDate>;
}

/** The bodies that act on a candidate, by their place above the branch. */
export type Body = "branch" | "partial" | "grassroots" | "decider";

/**
 * What a step puts on record, declared by the stage and written by lib/services/pipeline/record-step.ts
 * in the move's transaction. The writer knows tables; the stage knows the statute.
 */
export type StepRecord =
  | { kind: "helper"; fullName: string; assignedOn: IsoDate }
  | { kind: "enrolment"; courseId: string }
  | { kind: "certificate"; number: string | null; issuer: string | null; date: IsoDate }
  | { kind: "verification"; requestedOn: IsoDate; completedOn: IsoDate; certifiedOn: IsoDate; conclusion: string | null }
  | { kind: "introducers"; introducers: (IntroducerFact & { documentNumber?: string | null })[] }
  | {
      kind: "resolution";
      resolution:
        | "BRANCH_ADMISSION"
        | "PARTIAL_ADMISSION_APPRAISAL"
        | "GRASSROOTS_ADMISSION"
        | "BRANCH_CONVERSION"
        | "PARTIAL_CONVERSION_APPRAISAL"
        | "GRASSROOTS_CONVERSION";
      body: Body;
      number: string | null;
      date: IsoDate;
      membersOnRoll: number;
      present: number | null;
      votesFor: number;
      votesAgainst: number;
      passed: boolean;
    }
  | { kind: "decision"; decision: "ADMISSION" | "CONVERSION"; number: string; date: IsoDate; receivedOn: IsoDate; extensionDays: number }
  | { kind: "ceremony"; date: IsoDate; place: string | null; lateConsent: string | null }
  | { kind: "paper"; code: DossierCode; number?: string | null; date: IsoDate | null }
  | { kind: "dates"; admittedOn?: IsoDate; ceremonyOn?: IsoDate; officialOn?: IsoDate };

/** The step that moves a candidate forward out of the stage. */
export interface ExitStep {
  /** The step's form, in the order the paper is filled in. `date` is the date that defines the step. */
  fields: readonly StepField[];
  /** The branch vote also records the introductions. */
  introducers?: boolean;
  /** A committee's act (its resolution or decision): recorded by committee staff, not by the branch. */
  committeeAct?: boolean;
  /** Recorded only by the staff of the committee that decides (a grassroots committee with delegated authority, or the superior). */
  decidersAct?: boolean;
  /** Every unmet prerequisite of leaving, not just the first. */
  requires(c: StepContext): Reason[];
  /** Papers (HD 12-HD/BTCTW 2022) that must be in the file before leaving. */
  papersRequired?: readonly DossierCode[];
  /** Papers the step itself may record, whatever is typed: the preview leaves them to the form. */
  papersRecordedByForm?: readonly DossierCode[];
  /** Papers the typed step records. */
  papersRecorded?(input: Partial<TransitionInput>): DossierCode[];
  /** Unmet-rule codes that only say "fill in this field of the form": the page does not list them beside it. */
  formFieldCodes?: readonly ReasonCode[];
  /** What the step puts on record, in the order it is written. */
  records(c: StepContext): StepRecord[];
  /** Non-blocking flags (a late decision is recorded all the same). */
  warnings?(c: StepContext): Reason[];
}

/** A step recorded while the candidate stays in the stage (a failed vote, the conversion's branch resolution…). */
export interface RecordedStep {
  code: RecordedStepCode;
  fields: readonly StepField[];
  /** Unmet-rule codes that only say "fill in this field of the form". */
  formFieldCodes?: readonly ReasonCode[];
  committeeAct?: boolean;
  requires(c: StepContext): Reason[];
  /** Papers that must be in the file before the step is recorded. */
  papersRequired?: readonly DossierCode[];
  records(c: StepContext): StepRecord[];
  /** Whether the step is still open to the candidate (a step already on record is not taken twice). */
  open(facts: CandidateFacts): boolean;
  /** The history event's kind: a recorded step changes no stage. */
  historyKind: "RECORD";
}

export type RecordedStepCode = "CONVERSION_RESOLUTION";

export interface DeadlineContext {
  facts: CandidateFacts;
  today: IsoDate;
  rules: RuleSet;
  holidays: ReadonlySet<IsoDate>;
}

export interface StageModule {
  stage: PipelineStage;
  /** Whether candidates of this unit go through the stage at all (absent: everyone does). */
  appliesTo?(unit: CandidateFacts["unit"]): boolean;
  /** The forward step out of the stage; absent for the last stage. */
  exit?: ExitStep;
  /** Steps recorded without leaving the stage. */
  recorded?: readonly RecordedStep[];
  /** The deadlines that run while the candidate is in the stage. */
  deadlines?(c: DeadlineContext): Deadline[];
  /** The superior's decision awaited in this stage, whose deadline an extension moves (null: none yet). */
  awaits?(facts: CandidateFacts): ExtensionKind | null;
  /** Flags that are no deadline (three failed conversion votes escalate to the superior). */
  flags?(c: DeadlineContext): Reason[];
  /** The branch vote of this stage that, failing, is kept on record while the candidate stays (null: no vote to come). */
  failedVote?(facts: CandidateFacts): "BRANCH_ADMISSION" | "BRANCH_CONVERSION" | null;
}
