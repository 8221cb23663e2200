import { getTranslations } from "next-intl/server";
import { PIPELINE_STAGES, stageIndex, type StageCode } from "@/lib/domain/stages";

type StepState = "done" | "current" | "todo";

const SEGMENT: Record<StepState, string> = {
  done: "bg-brand-600",
  current: "bg-brand-800 ring-2 ring-brand-100",
  todo: "bg-stone-200",
};

/**
 * The pipeline as a line of named steps: done, current, still to come. On a wide screen every step
 * carries its name under the bar; on a phone the bar is a picture and the names open on tap as a
 * vertical list. Each step says in words whether it is done or current, not by colour alone.
 * A candidate who left the list (dropped, struck off) has no place on the line.
 */
export async function StageProgress({ stage }: { stage: StageCode }) {
  const t = await getTranslations();
  const current = stageIndex(stage);
  if (current < 0) return null;
  const stateOf = (i: number): StepState => (i < current ? "done" : i === current ? "current" : "todo");
  const stateText = (s: StepState) => (s === "done" ? t("record.stepDone") : s === "current" ? t("record.stepCurrent") : t("record.stepTodo"));
  return (
    <div data-testid="stage-progress">
      {/* Phone: the bar alone, then the names on request. */}
      <div className="flex gap-1 lg:hidden" aria-hidden="true">
        {PIPELINE_STAGES.map((s, i) => (
          <span key={s} className={`h-2 flex-1 rounded-full ${SEGMENT[stateOf(i)]}`} />
        ))}
      </div>
      <details className="mt-1 lg:hidden" data-testid="stage-list-toggle">
        <summary className="inline-flex min-h-11 cursor-pointer items-center text-sm font-semibold text-brand-800 underline-offset-2 hover:underline">
          {t("record.allStages", { count: PIPELINE_STAGES.length })}
        </summary>
        <ol className="mt-1 flex flex-col gap-1 text-sm" aria-label={t("record.stagesLabel")}>
          {PIPELINE_STAGES.map((s, i) => {
            const state = stateOf(i);
            return (
              <li key={s} aria-current={state === "current" ? "step" : undefined} className="flex items-center gap-2">
                <span
                  aria-hidden="true"
                  className={`flex h-5 w-5 shrink-0 items-center justify-center rounded-full text-xs font-semibold ${state === "todo" ? "border border-stone-300 text-stone-600" : "bg-brand-700 text-white"}`}
                >
                  {state === "done" ? "✓" : i + 1}
                </span>
                <span className={state === "current" ? "font-semibold text-stone-900" : state === "done" ? "text-stone-800" : "text-stone-600"}>
                  {t(`stage.${s}`)}
                  <span className={state === "current" ? "font-normal text-stone-600" : "sr-only"}> ({stateText(state)})</span>
                </span>
              </li>
            );
          })}
        </ol>
      </details>
      {/* Wide screens: each segment with its name. */}
      <ol className="hidden gap-1 lg:grid lg:grid-cols-11" aria-label={t("record.stagesLabel")}>
        {PIPELINE_STAGES.map((s, i) => {
          const state = stateOf(i);
          return (
            <li key={s} aria-current={state === "current" ? "step" : undefined} className="flex flex-col gap-1">
              <span aria-hidden="true" className={`h-2 rounded-full ${SEGMENT[state]}`} />
              <span
                className={`text-xs leading-tight ${state === "current" ? "font-semibold text-stone-900" : state === "done" ? "text-stone-700" : "text-stone-600"}`}
              >
                {state === "done" ? <span aria-hidden="true">✓ </span> : null}
                {t(`stage.${s}`)}
                <span className="sr-only"> ({stateText(state)})</span>
              </span>
            </li>
          );
        })}
      </ol>
    </div>
  );
}
