import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import type { ActionResult } from "@/lib/api/action-result";
import { formatParams } from "@/lib/i18n/format-params";
import type { TCandidateWorkspace } from "@/lib/services/pipeline/candidate-workspace";
import { RecordedStepForm } from "./recorded-step-form";
import type { StepDefaults } from "./step-field-inputs";
import { TransitionForm } from "./transition-form";

type Submit<T> = (id: string, input: unknown) => Promise<ActionResult<T>>;

interface Props {
  workspace: TCandidateWorkspace;
  defaults: StepDefaults;
  transition: Submit<{ code: string; params: Record<string, string | number> }[]>;
  stageStep: Submit<number>;
  failedVote: Submit<boolean>;
}

/** What a step still lacks today, translated. */
async function MissingList({ reasons, title }: { reasons: TCandidateWorkspace["missing"]; title: string }) {
  const t = await getTranslations();
  return (
    <>
      <h3 className="text-sm font-semibold">{title}</h3>
      <ul className="ml-5 list-disc text-sm text-brand-800">
        {reasons.map((r, i) => (
          <li key={`${r.code}-${i}`}>{t(`rules.${r.code}`, formatParams(r.params))}</li>
        ))}
      </ul>
    </>
  );
}

/**
 * What to do next, right under who the person is: a step to record in the stage (the conversion's
 * branch resolution), what the next move still lacks, and the move's form, or who records it when
 * the caller does not.
 */
export async function NextStep({ workspace, defaults, transition, stageStep, failedVote }: Props) {
  const t = await getTranslations();
  const { candidate } = workspace;
  const forward = workspace.moves.find((m) => m.kind === "FORWARD")?.to ?? null;
  const otherMoves = workspace.moves.filter((m) => m.kind !== "FORWARD").map((m) => m.to);
  // With a step to record in the stage, what is missing is that step's (see candidate-workspace.ts).
  const recordedBlocked = workspace.recordedSteps.length > 0 && workspace.missing.length > 0;
  return (
    <>
      {workspace.recordedSteps.map((step) => {
        const form = (
          <RecordedStepForm
            candidateId={candidate.id}
            version={candidate.version}
            step={step}
            defaults={defaults}
            keepsFailedVotes={workspace.failedVote !== null}
            submit={stageStep}
            recordFailedVote={failedVote}
          />
        );
        // A step that cannot be recorded yet (probation still running, papers missing) says why first;
        // its form folds away instead of taking the phone's first screen.
        return (
          <Card key={step.code} title={t(`pipeline.recordedStep.${step.code}`)}>
            {recordedBlocked ? (
              <div data-testid="recorded-step-blocked">
                <div data-testid="missing">
                  <MissingList reasons={workspace.missing} title={t("pipeline.notYetTitle")} />
                </div>
                <details className="mt-3">
                  <summary className="flex min-h-11 cursor-pointer items-center font-semibold text-brand-800 sm:min-h-6">{t("pipeline.openForm")}</summary>
                  <div className="mt-2">{form}</div>
                </details>
              </div>
            ) : (
              form
            )}
          </Card>
        );
      })}
      {workspace.nextStage || workspace.moves.length ? (
        <Card title={t("pipeline.nextStep")}>
          <div data-testid="next-step">
            {workspace.nextStage && !recordedBlocked ? (
              <div className="mb-4" data-testid="missing">
                {workspace.missing.length ? (
                  <MissingList reasons={workspace.missing} title={t("pipeline.missingTitle")} />
                ) : (
                  <p className="text-sm text-emerald-800">{t("pipeline.nothingMissing")}</p>
                )}
              </div>
            ) : null}
            {workspace.nextStage && !forward && workspace.moves.length ? <p className="mb-3 text-sm text-stone-600">{t("pipeline.committeeOnly")}</p> : null}
            {workspace.moves.length ? (
              <TransitionForm
                candidateId={candidate.id}
                version={candidate.version}
                from={candidate.stage}
                next={forward}
                otherMoves={otherMoves}
                defaults={defaults}
                courses={workspace.courses}
                mayOpenClasses={workspace.mayOpenClasses}
                submit={transition}
                failedVoteKind={workspace.failedVote}
                recordFailedVote={failedVote}
              />
            ) : (
              <p className="text-sm text-stone-600">{workspace.nextStage ? t("pipeline.committeeOnly") : t("pipeline.noMoves")}</p>
            )}
          </div>
        </Card>
      ) : null}
    </>
  );
}
