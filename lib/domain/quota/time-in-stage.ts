import { isTerminal, PIPELINE_STAGES, type PipelineStage, type StageCode } from "@/lib/domain/stages";
import { daysBetween, type IsoDate } from "./dates";
import { median, quantile } from "./stats";

/**
 * How long the candidates now in each stage have been there, against an allowed duration per stage
 * in CALENDAR days. The exact, holiday-aware deadlines of a candidate live in the rules; this is the
 * dashboard aggregate, so working-day limits are converted approximately (approxCalendarDays).
 */
export interface InStage {
  stage: StageCode;
  stageSince: IsoDate;
}

export type AllowedDays = Partial<Record<PipelineStage, number>>;

export interface StageTime {
  stage: PipelineStage;
  count: number;
  medianDays: number | null;
  p90Days: number | null;
  allowedDays: number | null;
  /** Candidates whose days in the stage exceed the allowed duration (0 when no limit is given). */
  overCount: number;
}

/** A working week has 5 days in 7; holidays are ignored, so this slightly under-allows around Tết. */
export const CALENDAR_DAYS_PER_WORKING_DAY = 7 / 5;

/** 60 working days ≈ 84 calendar days; 30 ≈ 42. */
export function approxCalendarDays(workingDays: number): number {
  return Math.ceil(workingDays * CALENDAR_DAYS_PER_WORKING_DAY);
}

/**
 * Limits from the current rules (decision 60 working days, ceremony 30, probation 12 months), as a
 * starting point; callers should derive them from the rule set in force.
 */
export const DEFAULT_ALLOWED_DAYS: AllowedDays = {
  SUPERIOR_DECISION: approxCalendarDays(60),
  CEREMONY: approxCalendarDays(30),
  PROBATION: 365,
};

/** Days since entering the stage (never negative: a future date is a data error, read as 0). */
export function daysInStage(since: IsoDate, today: IsoDate): number {
  return Math.max(0, daysBetween(since, today));
}

/** One row per non-terminal pipeline stage, in pipeline order, including stages nobody is in. */
export function timeInStage(items: readonly InStage[], today: IsoDate, allowed: AllowedDays = {}): StageTime[] {
  return PIPELINE_STAGES.filter((s) => !isTerminal(s)).map((stage) => {
    const days = items.filter((i) => i.stage === stage).map((i) => daysInStage(i.stageSince, today));
    const limit = allowed[stage] ?? null;
    return {
      stage,
      count: days.length,
      medianDays: median(days),
      p90Days: quantile(days, 0.9),
      allowedDays: limit,
      overCount: limit === null ? 0 : days.filter((d) => d > limit).length,
    };
  });
}
