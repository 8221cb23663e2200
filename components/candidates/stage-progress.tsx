import { getTranslations } from "next-intl/server";
import { PIPELINE_STAGES, stageIndex, type StageCode } from "@/lib/domain/stages";

/** The pipeline as a line of steps: done, current, still to come. Exits show as a note instead. */
export async function StageProgress({ stage }: { stage: StageCode }) {
  const t = await getTranslations("stage");
  const current = stageIndex(stage);
  return (
    <div className="flex flex-col gap-2">
      <p className="text-lg font-semibold" data-testid="current-stage">
        {t(stage)}
      </p>
      {current >= 0 ? (
        <ol className="flex gap-1" aria-label={t(stage)}>
          {PIPELINE_STAGES.map((s, i) => (
            <li
              key={s}
              title={t(s)}
              className={`h-2 flex-1 rounded-full ${i < current ? "bg-brand-600" : i === current ? "bg-brand-800 ring-2 ring-brand-100" : "bg-stone-200"}`}
            >
              <span className="sr-only">{t(s)}</span>
            </li>
          ))}
        </ol>
      ) : null}
    </div>
  );
}
