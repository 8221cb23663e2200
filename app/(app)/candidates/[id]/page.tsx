import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { HistoryTimeline } from "@/components/candidates/history-timeline";
import { PersonalRecord } from "@/components/candidates/personal-record";
import { VerificationFindings } from "@/components/candidates/verification-findings";
import { StageProgress } from "@/components/candidates/stage-progress";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { can } from "@/lib/auth/permissions";
import { canWrite } from "@/lib/auth/scope-rules";
import { requireActor } from "@/lib/auth/require-actor";
import { checklistFits } from "@/lib/domain/print/checklist-papers";
import { isAppError } from "@/lib/errors";
import { getCandidateWorkspace } from "@/lib/services/pipeline/candidate-workspace";
import { formatParams } from "@/lib/i18n/format-params";
import { formatVnDate, todayVn } from "@/lib/time";
import { Checklist } from "@/components/pipeline/checklist";
import { DeadlineList } from "@/components/pipeline/deadline-list";
import { ExtensionForm } from "@/components/pipeline/extension-form";
import { TransitionForm } from "@/components/pipeline/transition-form";
import { RecordedStepForm } from "@/components/pipeline/recorded-step-form";
import { verificationFindingsAction } from "./verification-action";
import { decisionExtensionAction, dossierItemAction, failedVoteAction, stageStepAction, transitionAction } from "./pipeline-actions";
import { TransferForm } from "@/components/candidates/transfer-form";
import { writableBranches } from "@/lib/services/units/writable-branches";
import { transferCandidateAction } from "../../units/actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("meta"))("candidate") };
}

export default async function CandidatePage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireActor();
  const { id } = await params;
  // Outside the scope looks exactly like a missing record.
  const workspace = await getCandidateWorkspace({ actor, id }).catch((error) => {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const { candidate } = workspace;
  const t = await getTranslations("detail");
  const tAll = await getTranslations();
  const forward = workspace.moves.find((m) => m.kind === "FORWARD")?.to ?? null;
  const otherMoves = workspace.moves.filter((m) => m.kind !== "FORWARD").map((m) => m.to);
  const awaited = workspace.awaitedDecision;
  const stepDefaults = {
    date: formatVnDate(todayVn()),
    membersOnRoll: workspace.facts.unit.officialMembers,
    committeeMembers: workspace.facts.unit.grassrootsCommitteeMembers,
  };
  const mayExtend = awaited !== null && workspace.canEditDossier && can(actor.role, "committee.record");
  // Another branch the caller may write: the candidate can be transferred there.
  const transferTargets = workspace.canEditDossier ? (await writableBranches({ actor })).filter((b) => b.id !== candidate.unitId) : [];
  return (
    <div className="flex flex-col gap-4">
      <Link href="/candidates" className="text-sm text-stone-600 hover:underline">
        ← {t("back")}
      </Link>
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold" data-testid="candidate-name">
            {candidate.fullName}
          </h1>
          <p className="text-sm text-stone-600">{candidate.unitName}</p>
        </div>
        <div className="flex flex-wrap gap-2">
          {/* Print views open in a tab of their own and bring up the print dialog at once. */}
          <ButtonLink href={`/print/checklists?candidateId=${candidate.id}&print=1`} target="_blank" variant="secondary" data-testid="print-checklist">
            {tAll("print.checklist")}
          </ButtonLink>
          {checklistFits("CONVERSION", candidate.stage) ? (
            <ButtonLink
              href={`/print/checklists?candidateId=${candidate.id}&kind=CONVERSION&print=1`}
              target="_blank"
              variant="secondary"
              data-testid="print-conversion"
            >
              {tAll("print.conversionChecklist")}
            </ButtonLink>
          ) : null}
          {canWrite(actor.scope, candidate.unitId) ? (
            <ButtonLink href={`/candidates/${candidate.id}/edit`} variant="secondary" data-testid="edit-candidate">
              {t("edit")}
            </ButtonLink>
          ) : null}
        </div>
      </div>
      <Card title={t("stageTitle")}>
        <StageProgress stage={candidate.stage} />
        <p className="mt-2 text-sm text-stone-600" data-testid="stage-since">
          {t("since", { date: formatVnDate(candidate.stageSince) })}
        </p>
        {candidate.exitReason ? <p className="mt-1 text-sm text-stone-700">{candidate.exitReason}</p> : null}
        {workspace.warnings.map((w) => (
          <p key={w.code} className="mt-2 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900" data-testid="stage-warning">
            {tAll(`rules.${w.code}`, formatParams(w.params))}
          </p>
        ))}
      </Card>
      {workspace.recordedSteps.map((step) => (
        <Card key={step.code} title={tAll(`pipeline.recordedStep.${step.code}`)}>
          <RecordedStepForm
            candidateId={candidate.id}
            version={candidate.version}
            step={step}
            defaults={stepDefaults}
            keepsFailedVotes={workspace.failedVote !== null}
            submit={stageStepAction}
            recordFailedVote={failedVoteAction}
          />
        </Card>
      ))}
      {workspace.nextStage || workspace.moves.length ? (
        <Card title={tAll("pipeline.nextStep")}>
          {workspace.nextStage ? (
            <div className="mb-4" data-testid="missing">
              <p className="text-sm font-semibold">{tAll("pipeline.missingTitle")}</p>
              {workspace.missing.length ? (
                <ul className="ml-5 list-disc text-sm text-brand-800">
                  {workspace.missing.map((r, i) => (
                    <li key={`${r.code}-${i}`}>{tAll(`rules.${r.code}`, formatParams(r.params))}</li>
                  ))}
                </ul>
              ) : (
                <p className="text-sm text-emerald-800">{tAll("pipeline.nothingMissing")}</p>
              )}
            </div>
          ) : null}
          {workspace.nextStage && !forward && workspace.moves.length ? <p className="mb-3 text-sm text-stone-600">{tAll("pipeline.committeeOnly")}</p> : null}
          {workspace.moves.length ? (
            <TransitionForm
              candidateId={candidate.id}
              version={candidate.version}
              from={candidate.stage}
              next={forward}
              otherMoves={otherMoves}
              defaults={stepDefaults}
              courses={workspace.courses.map((c) => ({ id: c.id, name: `${c.name} (${formatVnDate(c.startDate)})` }))}
              submit={transitionAction}
              failedVoteKind={workspace.failedVote}
              recordFailedVote={failedVoteAction}
            />
          ) : (
            <p className="text-sm text-stone-600">{workspace.nextStage ? tAll("pipeline.committeeOnly") : tAll("pipeline.noMoves")}</p>
          )}
        </Card>
      ) : null}
      <div className="grid gap-4 lg:grid-cols-2">
        <Card title={tAll("deadlines.title")}>
          <DeadlineList deadlines={workspace.deadlines} />
          {mayExtend && awaited ? (
            <div className="mt-4 border-t border-stone-200 pt-4">
              <ExtensionForm
                candidateId={candidate.id}
                kind={awaited}
                current={awaited === "ADMISSION" ? (workspace.facts.recordedExtensions?.admission ?? 0) : (workspace.facts.recordedExtensions?.conversion ?? 0)}
                submit={decisionExtensionAction}
              />
            </div>
          ) : null}
        </Card>
        <Card title={tAll("dossier.title")}>
          <Checklist candidateId={candidate.id} items={workspace.checklist} editable={workspace.canEditDossier} save={dossierItemAction} />
        </Card>
      </div>
      <div className="grid gap-4 lg:grid-cols-[3fr_2fr]">
        <div className="flex flex-col gap-4">
          <Card title={t("personal")}>
            <PersonalRecord candidate={candidate} />
          </Card>
          <Card title={tAll("verification.title")}>
            <VerificationFindings candidateId={candidate.id} open={verificationFindingsAction} />
          </Card>
        </div>
        <Card title={t("history")}>
          <HistoryTimeline history={candidate.history} />
        </Card>
      </div>
      {transferTargets.length ? (
        <Card title={tAll("transfer.title")}>
          <TransferForm
            candidateId={candidate.id}
            version={candidate.version}
            branches={transferTargets}
            today={formatVnDate(todayVn())}
            submit={transferCandidateAction}
          />
        </Card>
      ) : null}
    </div>
  );
}
