import { PIPELINE_STAGES, stageIndex, type PipelineStage } from "../stages";

/**
 * The funnel from sympathiser to official member: how many reached each stage (a candidate now in
 * PROBATION reached every earlier one; one who dropped out counts up to the stage they left) and
 * the conversion from each stage to the next ("115 of 198 trained were admitted").
 */
export const FUNNEL_STAGES: readonly PipelineStage[] = PIPELINE_STAGES.filter((s) => s !== "SOURCE");

export function funnel(furthestStages: PipelineStage[]): { stage: PipelineStage; reached: number; fromPrevious: number | null }[] {
  const reached = FUNNEL_STAGES.map((stage) => ({ stage, reached: furthestStages.filter((f) => stageIndex(f) >= stageIndex(stage)).length }));
  return reached.map((r, i) => ({ ...r, fromPrevious: i === 0 ? null : reached[i - 1]!.reached ? r.reached / reached[i - 1]!.reached : null }));
}

/** Cumulative admissions by month against the straight line to the quota. */
export function paceByMonth(
  admittedByMonth: Map<string, number>,
  months: string[],
  quota: number | null,
): { month: string; cumulative: number; pace: number | null }[] {
  let cumulative = 0;
  return months.map((month, i) => {
    cumulative += admittedByMonth.get(month) ?? 0;
    return { month, cumulative, pace: quota === null ? null : Math.round(((quota * (i + 1)) / months.length) * 10) / 10 };
  });
}
