import { getTranslations } from "next-intl/server";
import { ButtonLink } from "@/components/ui/button";
import type { Reason } from "@/lib/domain/rules/facts";
import { PIPELINE_STAGES, stageIndex } from "@/lib/domain/stages";
import { formatParams } from "@/lib/i18n/format-params";
import type { TCandidateDetail } from "@/lib/services/candidates/candidate-dto";
import { formatVnDate } from "@/lib/time";
import { StageProgress } from "./stage-progress";
import { telHref } from "./tel-href";

interface Props {
  candidate: TCandidateDetail;
  warnings: Reason[];
  /** The caller may edit the personal record. */
  editable: boolean;
}

/**
 * Who the person is, first on the record: name, unit, year of birth, the stage with its name and
 * since when, the pipeline's steps by name, and the phone as a number one can tap to call.
 */
export async function RecordIdentity({ candidate, warnings, editable }: Props) {
  const t = await getTranslations();
  const index = stageIndex(candidate.stage);
  const tel = candidate.phone ? telHref(candidate.phone) : null;
  return (
    <section aria-labelledby="candidate-name" className="rounded-lg border border-stone-200 bg-white p-4 shadow-sm sm:p-5">
      <h1 id="candidate-name" className="text-2xl font-semibold text-stone-900" data-testid="candidate-name">
        {candidate.fullName}
      </h1>
      <p className="text-sm text-stone-600" data-testid="candidate-unit">
        {candidate.unitName} · {t("record.bornIn", { year: candidate.birthDate.slice(0, 4) })}
      </p>
      <div className="mt-3 flex flex-col gap-2">
        <div>
          {index >= 0 ? (
            <p className="text-xs font-semibold text-stone-600 uppercase">{t("record.stageOf", { step: index + 1, count: PIPELINE_STAGES.length })}</p>
          ) : null}
          <p className="flex flex-wrap items-baseline gap-x-2">
            <span className="text-lg font-semibold text-stone-900" data-testid="current-stage">
              {t(`stage.${candidate.stage}`)}
            </span>
            <span className="text-sm text-stone-600" data-testid="stage-since">
              {t("detail.since", { date: formatVnDate(candidate.stageSince) })}
            </span>
          </p>
        </div>
        <StageProgress stage={candidate.stage} />
        {candidate.exitReason ? <p className="text-sm text-stone-700">{candidate.exitReason}</p> : null}
        {warnings.map((w) => (
          <p key={w.code} className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900" data-testid="stage-warning">
            {t(`rules.${w.code}`, formatParams(w.params))}
          </p>
        ))}
      </div>
      {tel || editable ? (
        <div className="mt-3 flex flex-wrap gap-2">
          {tel ? (
            <a
              href={tel}
              className="inline-flex min-h-11 items-center gap-2 rounded-md border border-stone-300 bg-white px-4 text-sm font-semibold text-stone-800 hover:bg-stone-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-700 sm:min-h-10"
              data-testid="candidate-phone"
            >
              <svg aria-hidden="true" viewBox="0 0 20 20" className="h-4 w-4 fill-current">
                <path d="M2 3.5A1.5 1.5 0 0 1 3.5 2h2.1a1 1 0 0 1 1 .8l.7 3.2a1 1 0 0 1-.4 1l-1.5 1.1a11 11 0 0 0 6.5 6.5l1.1-1.5a1 1 0 0 1 1-.4l3.2.7a1 1 0 0 1 .8 1v2.1a1.5 1.5 0 0 1-1.5 1.5h-1C8.1 18 2 11.9 2 4.5v-1Z" />
              </svg>
              <span>
                <span className="sr-only">{t("record.call")} </span>
                {candidate.phone}
              </span>
            </a>
          ) : null}
          {editable ? (
            <ButtonLink href={`/candidates/${candidate.id}/edit`} variant="secondary" className="min-h-11 sm:min-h-10" data-testid="edit-candidate">
              {t("detail.edit")}
            </ButtonLink>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
