import type { Translate } from "@/lib/i18n/translate-type";
import { addDays, type IsoDate } from "../rules/dates";
import { isWorkingDay } from "../rules/working-days";
import type { PipelineStage } from "../stages";
import type { RiskReason } from "./forecast";

/**
 * Why a unit's forecast is what it is, as data the UI and the exports translate: who is in which
 * stage, what they are expected to yield by the end of the period, the gap to the quota, and how
 * many working days the remaining steps need (the median stay of each stage from the statistics
 * the forecast used) against the working days left. Built by forecastUnit from the same numbers as
 * the forecast itself, so the two cannot disagree.
 */

/** One stage of the live pipeline. */
export interface ReasonStage {
  stage: PipelineStage;
  /** Candidates now in the stage. */
  count: number;
  /** Of them, how many get through the remaining steps before the period ends (median stays). */
  inTime: number;
  /** Admissions expected from them by the end of the period. */
  expected: number;
  /** Working days the remaining steps need for the one of them nearest to the decision. */
  workingDaysNeeded: number;
}

export type ReasonLine =
  | { code: "PIPELINE"; params: { total: number }; items: { stage: PipelineStage; count: number }[] }
  | { code: "NO_PIPELINE"; params: Record<string, never> }
  | { code: "SHORT"; params: { expected: number; projected: number; quota: number; gap: number } }
  | { code: "ENOUGH"; params: { expected: number; projected: number; quota: number } }
  | { code: "EXPECTED"; params: { expected: number; projected: number } }
  | { code: "IN_TIME" | "TOO_LATE"; params: { count: number; stage: PipelineStage; daysNeeded: number; daysLeft: number } }
  | { code: "NOT_ENOUGH_TIME" | "PIPELINE_TOO_SMALL"; params: { reachable: number; quota: number } }
  | { code: "TOO_FEW"; params: { inPipeline: number; best: number; quota: number } }
  | { code: "STUCK"; params: { stage: PipelineStage; count: number; allowedDays: number } }
  | { code: "LOW_CONVERSION"; params: { unitPercent: number; blocPercent: number } }
  | { code: "BEHIND_PACE"; params: { admitted: number; pace: number; elapsedPercent: number } };

export interface ForecastReason {
  /** The stages that hold candidates, nearest to the admission decision first. */
  stages: ReasonStage[];
  inPipeline: number;
  admittedSoFar: number;
  /** Admissions expected from the pipeline by the end of the period. */
  expected: number;
  projected: number;
  quota: number | null;
  /** quota − projected: short of it (> 0) or over it (≤ 0); null without a quota. */
  gap: number | null;
  workingDaysLeft: number;
  /** The sentences, in reading order: codes with their parameters. */
  lines: ReasonLine[];
}

/** One live candidate as the forecast saw them. */
export interface ReasonCandidate {
  stage: PipelineStage;
  /** Calendar days the remaining steps take (median stays). */
  remainingDays: number;
  /** Chance of admission before the period ends (0 when the steps take longer). */
  chance: number;
  /** Chance of getting through the remaining steps at all, whenever that happens. */
  passChance: number;
}

/** Five working days in seven, when no holiday table is at hand. */
const roughWorkingDays = (calendarDays: number) => Math.round((Math.max(0, Math.ceil(calendarDays)) * 5) / 7);

/**
 * Working days after `today` within a span of calendar days, on the holiday table: (n) → the
 * working days from the day after `today` to `today + n` inclusive. Counted once per day and kept.
 */
export function workingDaysFrom(today: IsoDate, holidays: ReadonlySet<IsoDate>): (calendarDays: number) => number {
  const upTo = [0];
  return (calendarDays) => {
    const n = Math.max(0, Math.ceil(calendarDays));
    for (let i = upTo.length; i <= n; i++) upTo.push(upTo[i - 1]! + (isWorkingDay(addDays(today, i), holidays) ? 1 : 0));
    return upTo[n]!;
  };
}

const round1 = (x: number) => Math.round(x * 10) / 10;
const STAGE_ORDER: readonly PipelineStage[] = [
  "SUPERIOR_DECISION",
  "COMMITTEE_REVIEW",
  "BRANCH_VOTE",
  "AWARENESS_TEST",
  "DOSSIER",
  "TRAINING",
  "SYMPATHIZER",
  "SOURCE",
];

export function forecastReason(args: {
  admittedSoFar: number;
  quota: number | null;
  /** The live candidates before the decision, in the forecast's own (canonical) order. */
  pipeline: ReasonCandidate[];
  /** Calendar days left in the period: a candidate is in time when the remaining steps take no longer. */
  daysLeft: number;
  workingDays?: (calendarDays: number) => number;
  /** The risk codes the forecast found (none when the unit is not at risk). */
  risks: RiskReason[];
  stuckAllowedDays: Record<PipelineStage, number>;
  /** Overall conversion from the source list to admission: the unit's (with fallbacks) and the bloc's. */
  conversion: { unit: number; bloc: number };
  progress?: number;
}): ForecastReason {
  const workingDays = args.workingDays ?? roughWorkingDays;
  const { admittedSoFar, quota, pipeline, daysLeft } = args;
  const workingDaysLeft = workingDays(daysLeft);
  // The same summation order as the forecast's, so that expected and projected are its numbers exactly.
  const expected = pipeline.reduce((sum, c) => sum + c.chance, 0);
  const projected = admittedSoFar + expected;
  const hasQuota = quota !== null && quota > 0;
  const gap = hasQuota ? quota - projected : null;
  const inTime = (c: ReasonCandidate) => c.remainingDays <= daysLeft;
  // A step that ends after the period cannot count fewer working days than the period has left.
  const neededFor = (c: ReasonCandidate) => (inTime(c) ? workingDays(c.remainingDays) : Math.max(workingDays(c.remainingDays), workingDaysLeft + 1));

  const stages: ReasonStage[] = STAGE_ORDER.flatMap((stage) => {
    const here = pipeline.filter((c) => c.stage === stage);
    if (!here.length) return [];
    return [
      {
        stage,
        count: here.length,
        inTime: here.filter(inTime).length,
        expected: here.reduce((sum, c) => sum + c.chance, 0),
        workingDaysNeeded: Math.min(...here.map(neededFor)),
      },
    ];
  });

  const lines: ReasonLine[] = [];
  if (pipeline.length === 0) lines.push({ code: "NO_PIPELINE", params: {} });
  else lines.push({ code: "PIPELINE", params: { total: pipeline.length }, items: stages.map((s) => ({ stage: s.stage, count: s.count })) });
  const shown = { expected: round1(expected), projected: round1(projected) };
  if (!hasQuota) lines.push({ code: "EXPECTED", params: shown });
  else if (gap! > 0) lines.push({ code: "SHORT", params: { ...shown, quota, gap: round1(gap!) } });
  else lines.push({ code: "ENOUGH", params: { ...shown, quota } });

  const onTime = pipeline.filter(inTime);
  const late = pipeline.filter((c) => !inTime(c));
  if (onTime.length) {
    // From the earliest stage that still makes it, and the longest wait among those who do.
    const stage = STAGE_ORDER.findLast((s) => onTime.some((c) => c.stage === s))!;
    lines.push({ code: "IN_TIME", params: { count: onTime.length, stage, daysNeeded: Math.max(...onTime.map(neededFor)), daysLeft: workingDaysLeft } });
  }
  if (late.length) {
    // At the latest stage that does not make it or earlier, and the shortest wait among them.
    const stage = STAGE_ORDER.find((s) => late.some((c) => c.stage === s))!;
    lines.push({ code: "TOO_LATE", params: { count: late.length, stage, daysNeeded: Math.min(...late.map(neededFor)), daysLeft: workingDaysLeft } });
  }

  for (const risk of args.risks) {
    if (!hasQuota) break;
    switch (risk.code) {
      case "TOO_FEW_IN_PIPELINE":
        lines.push({ code: "TOO_FEW", params: { inPipeline: pipeline.length, best: admittedSoFar + pipeline.length, quota } });
        break;
      case "NOT_ENOUGH_TIME":
      case "PIPELINE_TOO_SMALL":
        lines.push({ code: risk.code, params: { reachable: round1(admittedSoFar + pipeline.reduce((sum, c) => sum + c.passChance, 0)), quota } });
        break;
      case "STUCK":
        lines.push({ code: "STUCK", params: { stage: risk.stage, count: risk.count, allowedDays: args.stuckAllowedDays[risk.stage] } });
        break;
      case "LOW_CONVERSION":
        lines.push({
          code: "LOW_CONVERSION",
          params: { unitPercent: Math.round(args.conversion.unit * 100), blocPercent: Math.round(args.conversion.bloc * 100) },
        });
        break;
      case "BEHIND_PACE":
        if (args.progress !== undefined)
          lines.push({
            code: "BEHIND_PACE",
            params: { admitted: admittedSoFar, pace: round1(quota * args.progress), elapsedPercent: Math.round(args.progress * 100) },
          });
        break;
      case "NO_PIPELINE":
        break; // the NO_PIPELINE line above says it
    }
  }

  return { stages, inPipeline: pipeline.length, admittedSoFar, expected, projected, quota, gap, workingDaysLeft, lines };
}

/** The reason as sentences in the reader's language (the dashboard) or in Vietnamese (the exports). */
export function reasonSentences(reason: ForecastReason, t: Translate): string[] {
  return reason.lines.map((line) => {
    if (line.code === "PIPELINE") {
      const list = line.items.map((i) => t(`dashboard.why.inStage.${i.stage}`, { count: i.count })).join(", ");
      return t("dashboard.why.PIPELINE", { total: line.params.total, list });
    }
    const params: Record<string, string | number> = { ...line.params };
    if ("stage" in line.params) params.stage = t(`stage.${line.params.stage}`);
    return t(`dashboard.why.${line.code}`, params);
  });
}
