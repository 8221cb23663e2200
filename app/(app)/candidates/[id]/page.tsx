import type { Metadata } from "next";
import { IntentLink } from "@/components/ui/intent-link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { HistoryTimeline } from "@/components/candidates/history-timeline";
import { PersonalRecord } from "@/components/candidates/personal-record";
import { RecordFlash, RecordFlashProvider } from "@/components/candidates/record-flash";
import { RecordIdentity } from "@/components/candidates/record-identity";
import { RecordSection } from "@/components/candidates/record-section";
import { TransferForm } from "@/components/candidates/transfer-form";
import { VerificationFindings } from "@/components/candidates/verification-findings";
import { Checklist } from "@/components/pipeline/checklist";
import { DeadlineList } from "@/components/pipeline/deadline-list";
import { ExtensionForm } from "@/components/pipeline/extension-form";
import { NextStep } from "@/components/pipeline/next-step";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { can } from "@/lib/auth/permissions";
import { requireActor } from "@/lib/auth/require-actor";
import { canWrite } from "@/lib/auth/scope-rules";
import { checklistFits } from "@/lib/domain/print/checklist-papers";
import { isAppError } from "@/lib/errors";
import { getCandidateWorkspace } from "@/lib/services/pipeline/candidate-workspace";
import { writableBranches } from "@/lib/services/units/writable-branches";
import { formatVnDate, todayVn } from "@/lib/time";
import { transferCandidateAction } from "../../units/actions";
import { decisionExtensionAction, dossierItemAction, failedVoteAction, stageStepAction, transitionAction } from "./pipeline-actions";
import { recordSummaries } from "./summaries";
import { verificationFindingsAction } from "./verification-action";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("meta"))("candidate") };
}

/**
 * The candidate record, phone first: who the person is and what to do next on the first screen;
 * deadlines, dossier, personal record, verification and history below, each a section that opens
 * on a tap on a phone (always open on a wide screen); the print views last.
 */
export default async function CandidatePage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ saved?: string }> }) {
  const actor = await requireActor();
  const { id } = await params;
  const { saved } = await searchParams;
  // Outside the scope looks exactly like a missing record.
  const workspace = await getCandidateWorkspace({ actor, id }).catch((error) => {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const { candidate } = workspace;
  const t = await getTranslations();
  const awaited = workspace.awaitedDecision;
  const stepDefaults = {
    date: formatVnDate(todayVn()),
    membersOnRoll: workspace.facts.unit.officialMembers,
    committeeMembers: workspace.facts.unit.grassrootsCommitteeMembers,
  };
  const mayExtend = awaited !== null && workspace.canEditDossier && can(actor.role, "committee.record");
  // Another branch the caller may write: the candidate can be transferred there.
  const transferTargets = workspace.canEditDossier ? (await writableBranches({ actor })).filter((b) => b.id !== candidate.unitId) : [];
  const summary = await recordSummaries(workspace);
  return (
    <RecordFlashProvider initial={saved === "1" ? t("record.saved") : null}>
      <div className="flex flex-col gap-4">
        <IntentLink href="/candidates" className="inline-flex min-h-6 items-center self-start text-sm text-stone-600 hover:underline">
          ← {t("detail.back")}
        </IntentLink>
        <RecordIdentity candidate={candidate} warnings={workspace.warnings} editable={canWrite(actor.scope, candidate.unitId)} />
        <div>
          <RecordFlash />
          <div className="flex flex-col gap-4">
            <NextStep workspace={workspace} defaults={stepDefaults} transition={transitionAction} stageStep={stageStepAction} failedVote={failedVoteAction} />
          </div>
        </div>
        {/* Two balanced columns on a wide screen, read down the first, then the second. */}
        <div className="flex flex-col gap-4 lg:block lg:columns-2 lg:gap-4 lg:*:mb-4 lg:*:break-inside-avoid">
          <RecordSection id="deadlines" title={t("deadlines.title")} summary={summary.deadlines} data-testid="section-deadlines">
            <DeadlineList deadlines={workspace.deadlines} />
            {mayExtend && awaited ? (
              <div className="mt-4 border-t border-stone-200 pt-4">
                <ExtensionForm
                  candidateId={candidate.id}
                  kind={awaited}
                  current={
                    awaited === "ADMISSION" ? (workspace.facts.recordedExtensions?.admission ?? 0) : (workspace.facts.recordedExtensions?.conversion ?? 0)
                  }
                  submit={decisionExtensionAction}
                />
              </div>
            ) : null}
          </RecordSection>
          <RecordSection id="dossier" title={t("dossier.title")} summary={summary.dossier} data-testid="section-dossier">
            <Checklist
              candidateId={candidate.id}
              items={workspace.checklist}
              excluded={workspace.excludedPapers}
              editable={workspace.canEditDossier}
              save={dossierItemAction}
            />
          </RecordSection>
          <RecordSection id="personal" title={t("detail.personal")} summary={summary.personal} data-testid="section-personal">
            <PersonalRecord candidate={candidate} />
          </RecordSection>
          <RecordSection id="verification" title={t("verification.title")} summary={t("record.summary.verification")} data-testid="section-verification">
            <VerificationFindings candidateId={candidate.id} open={verificationFindingsAction} />
          </RecordSection>
          <RecordSection id="history" title={t("detail.history")} summary={summary.history} data-testid="section-history">
            <HistoryTimeline history={candidate.history} />
          </RecordSection>
          {transferTargets.length ? (
            <RecordSection id="transfer" title={t("transfer.title")} data-testid="section-transfer">
              <TransferForm
                candidateId={candidate.id}
                version={candidate.version}
                branches={transferTargets}
                today={formatVnDate(todayVn())}
                submit={transferCandidateAction}
              />
            </RecordSection>
          ) : null}
        </div>
        <Card title={t("record.printTitle")}>
          <div className="flex flex-wrap gap-2">
            {/* Print views open in a tab of their own and bring up the print dialog at once. */}
            <ButtonLink
              href={`/print/checklists?candidateId=${candidate.id}&print=1`}
              target="_blank"
              variant="secondary"
              className="min-h-11 sm:min-h-10"
              data-testid="print-checklist"
            >
              {t("print.checklist")}
            </ButtonLink>
            {checklistFits("CONVERSION", candidate.stage) ? (
              <ButtonLink
                href={`/print/checklists?candidateId=${candidate.id}&kind=CONVERSION&print=1`}
                target="_blank"
                variant="secondary"
                className="min-h-11 sm:min-h-10"
                data-testid="print-conversion"
              >
                {t("print.conversionChecklist")}
              </ButtonLink>
            ) : null}
          </div>
        </Card>
      </div>
    </RecordFlashProvider>
  );
}
