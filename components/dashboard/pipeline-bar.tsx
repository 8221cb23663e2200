import { PRE_ADMISSION } from "@/lib/domain/quotas/forecast";
import type { PipelineStage } from "@/lib/domain/stages";

/** Light to dark as candidates get closer to the admission decision. */
const SHADES: Record<string, string> = {
  SOURCE: "bg-stone-300",
  SYMPATHIZER: "bg-stone-400",
  TRAINING: "bg-amber-300",
  DOSSIER: "bg-amber-500",
  AWARENESS_TEST: "bg-orange-500",
  BRANCH_VOTE: "bg-red-500",
  COMMITTEE_REVIEW: "bg-red-700",
  SUPERIOR_DECISION: "bg-red-900",
};

type Counts = Partial<Record<PipelineStage, number>>;

/**
 * A unit's candidates before the admission decision, stage by stage, as one stacked bar with the
 * total: where a unit's pipeline sits (a long pale bar is early; a dark end is close to admission).
 * Each segment names its stage and count (tooltip and screen readers).
 */
export function PipelineBar({ counts, stageLabel }: { counts: Counts; stageLabel: (stage: PipelineStage) => string }) {
  const parts = PRE_ADMISSION.map((stage) => ({ stage, count: counts[stage] ?? 0 })).filter((p) => p.count > 0);
  const total = parts.reduce((n, p) => n + p.count, 0);
  const summary = parts.map((p) => `${stageLabel(p.stage)}: ${p.count}`).join(", ");
  return (
    <div className="flex items-center justify-end gap-2" data-testid="pipeline-bar" title={summary}>
      <div className="flex h-2.5 w-28 overflow-hidden rounded-full bg-stone-100" aria-hidden>
        {parts.map((p) => (
          <div key={p.stage} className={SHADES[p.stage]} style={{ width: `${(p.count / total) * 100}%` }} data-stage={p.stage} data-count={p.count} />
        ))}
      </div>
      <span className="w-8 text-right tabular-nums">{total}</span>
      <span className="sr-only">{summary}</span>
    </div>
  );
}

/** The colour key for the bars, once above the table. */
export function PipelineLegend({ stageLabel }: { stageLabel: (stage: PipelineStage) => string }) {
  return (
    <ul className="mb-2 flex flex-wrap gap-x-3 gap-y-1 text-xs text-stone-600" data-testid="pipeline-legend">
      {PRE_ADMISSION.map((stage) => (
        <li key={stage} className="flex items-center gap-1">
          <span className={`inline-block h-2.5 w-2.5 rounded-sm ${SHADES[stage]}`} aria-hidden />
          {stageLabel(stage)}
        </li>
      ))}
    </ul>
  );
}
