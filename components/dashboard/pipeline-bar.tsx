import { PRE_ADMISSION } from "@/lib/domain/quotas/forecast";
import type { PipelineStage } from "@/lib/domain/stages";

/**
 * One colour per stage before admission, light to dark as candidates get closer to the admission
 * decision: the eight steps of the viridis scale, which stay apart from one stage to the next, in
 * lightness as well as hue (so also for colour-blind readers and in grey). Colour is never the only
 * cue: segments are separated by a white gap and the bar opens into the counts in words.
 */
export const STAGE_COLOURS: Record<string, string> = {
  SOURCE: "#fde725",
  SYMPATHIZER: "#a0da39",
  TRAINING: "#4ac16d",
  DOSSIER: "#1fa187",
  AWARENESS_TEST: "#277f8e",
  BRANCH_VOTE: "#365c8d",
  COMMITTEE_REVIEW: "#46327e",
  SUPERIOR_DECISION: "#440154",
};

type Counts = Partial<Record<PipelineStage, number>>;

function Swatch({ stage }: { stage: PipelineStage }) {
  return <span className="inline-block size-3 shrink-0 rounded-sm ring-1 ring-stone-500" style={{ background: STAGE_COLOURS[stage] }} aria-hidden />;
}

/**
 * A unit's candidates before the admission decision, stage by stage, as one stacked bar with the
 * total: where a unit's pipeline sits (a long pale bar is early; a dark end is close to admission).
 * Tapping (or clicking) the bar lists each stage with its count, so touch screens, screen readers
 * and readers who do not tell the colours apart get the figures too.
 */
export function PipelineBar({ counts, stageLabel }: { counts: Counts; stageLabel: (stage: PipelineStage) => string }) {
  const parts = PRE_ADMISSION.map((stage) => ({ stage, count: counts[stage] ?? 0 })).filter((p) => p.count > 0);
  const total = parts.reduce((n, p) => n + p.count, 0);
  const summary = parts.map((p) => `${stageLabel(p.stage)}: ${p.count}`).join(", ");
  const bar = (
    <span className="flex h-3 min-w-0 flex-1 overflow-hidden rounded-sm bg-stone-100 ring-1 ring-stone-500 md:w-28 md:flex-none" aria-hidden>
      {parts.map((p) => (
        <span
          key={p.stage}
          className="h-full border-r-2 border-white last:border-r-0"
          style={{ width: `${(p.count / total) * 100}%`, background: STAGE_COLOURS[p.stage] }}
          data-stage={p.stage}
          data-count={p.count}
        />
      ))}
    </span>
  );
  if (!total)
    return (
      <div className="flex min-h-6 items-center gap-2" data-testid="pipeline-bar">
        {bar}
        <span className="w-8 text-right tabular-nums">0</span>
      </div>
    );
  return (
    <details className="group" data-testid="pipeline-bar">
      <summary className="flex min-h-6 cursor-pointer list-none items-center gap-2 [&::-webkit-details-marker]:hidden" title={summary}>
        {bar}
        <span className="w-8 text-right tabular-nums">{total}</span>
        <svg viewBox="0 0 20 20" fill="currentColor" className="size-4 shrink-0 text-stone-500 transition group-open:rotate-180" aria-hidden>
          <path d="M5.2 7.7a.75.75 0 0 1 1.06 0L10 11.44l3.74-3.74a.75.75 0 1 1 1.06 1.06l-4.27 4.27a.75.75 0 0 1-1.06 0L5.2 8.76a.75.75 0 0 1 0-1.06Z" />
        </svg>
        <span className="sr-only">{summary}</span>
      </summary>
      <ul className="mt-1 flex flex-col gap-0.5 text-xs text-stone-700" data-testid="pipeline-detail">
        {parts.map((p) => (
          <li key={p.stage} className="flex items-center gap-1.5">
            <Swatch stage={p.stage} />
            {stageLabel(p.stage)}: <span className="tabular-nums">{p.count}</span>
          </li>
        ))}
      </ul>
    </details>
  );
}

/** The colour key for the bars, once above the table, with what the bar counts. */
export function PipelineLegend({ stageLabel, intro }: { stageLabel: (stage: PipelineStage) => string; intro: string }) {
  return (
    <div className="text-xs text-stone-600" data-testid="pipeline-legend">
      <p className="mb-1">{intro}</p>
      <ol className="flex flex-wrap gap-x-3 gap-y-1">
        {PRE_ADMISSION.map((stage) => (
          <li key={stage} className="flex items-center gap-1">
            <Swatch stage={stage} />
            {stageLabel(stage)}
          </li>
        ))}
      </ol>
    </div>
  );
}
