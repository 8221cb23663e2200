import { addDays, type Random } from "./random";

/**
 * A plausible path through the pipeline for one candidate: the date each stage was entered.
 * The candidate's stage today is the last one whose date has passed.
 */
export type TimelineStage =
  | "SOURCE"
  | "SYMPATHIZER"
  | "TRAINING"
  | "DOSSIER"
  | "AWARENESS_TEST"
  | "BRANCH_VOTE"
  | "COMMITTEE_REVIEW"
  | "SUPERIOR_DECISION"
  | "CEREMONY"
  | "PROBATION"
  | "OFFICIAL";

export interface Timeline {
  entered: Partial<Record<TimelineStage, string>>;
  certificateDate?: string;
  branchVoteDate?: string;
  grassrootsVoteDate?: string;
  decisionDate?: string;
  decisionReceivedOn?: string;
  ceremonyDate?: string;
  officialDate?: string;
}

export function buildTimeline(random: Random, start: string, opts: { hasTest: boolean; hasCommittee: boolean }): Timeline {
  const entered: Timeline["entered"] = { SOURCE: start };
  let d = start;
  const step = (stage: TimelineStage, min: number, max: number) => {
    d = addDays(d, random.int(min, max));
    entered[stage] = d;
    return d;
  };
  step("SYMPATHIZER", 30, 120);
  step("TRAINING", 30, 150);
  const certificateDate = step("DOSSIER", 5, 15);
  if (opts.hasTest) step("AWARENESS_TEST", 40, 100);
  if (opts.hasTest) step("BRANCH_VOTE", 10, 40);
  else step("BRANCH_VOTE", 40, 120);
  const branchVoteDate = addDays(d, random.int(10, 40));
  let grassrootsVoteDate: string | undefined;
  if (opts.hasCommittee) {
    entered.COMMITTEE_REVIEW = branchVoteDate;
    d = branchVoteDate;
    grassrootsVoteDate = addDays(d, random.int(7, 25));
    entered.SUPERIOR_DECISION = grassrootsVoteDate;
  } else {
    entered.SUPERIOR_DECISION = branchVoteDate;
  }
  d = entered.SUPERIOR_DECISION;
  const decisionDate = addDays(d, random.int(15, 70));
  const decisionReceivedOn = addDays(decisionDate, random.int(2, 7));
  entered.CEREMONY = decisionDate;
  const ceremonyDate = addDays(decisionReceivedOn, random.int(5, 35));
  entered.PROBATION = ceremonyDate;
  const probationEnd = addDays(ceremonyDate, 365);
  const officialDate = addDays(probationEnd, random.int(20, 60));
  entered.OFFICIAL = officialDate;
  return { entered, certificateDate, branchVoteDate, grassrootsVoteDate, decisionDate, decisionReceivedOn, ceremonyDate, officialDate };
}

const ORDER: TimelineStage[] = [
  "SOURCE",
  "SYMPATHIZER",
  "TRAINING",
  "DOSSIER",
  "AWARENESS_TEST",
  "BRANCH_VOTE",
  "COMMITTEE_REVIEW",
  "SUPERIOR_DECISION",
  "CEREMONY",
  "PROBATION",
  "OFFICIAL",
];

/** The stage reached by `today` and the date it was entered. */
export function stageOn(timeline: Timeline, today: string): { stage: TimelineStage; since: string } {
  let current: { stage: TimelineStage; since: string } = { stage: "SOURCE", since: timeline.entered.SOURCE ?? today };
  for (const stage of ORDER) {
    const date = timeline.entered[stage];
    if (date && date <= today) current = { stage, since: date };
  }
  return current;
}

/** The stages the candidate has passed through by `today`, in order (skipped ones left out). */
export function stagesReached(timeline: Timeline, today: string): TimelineStage[] {
  return ORDER.filter((stage) => {
    const date = timeline.entered[stage];
    return date !== undefined && date <= today;
  });
}
