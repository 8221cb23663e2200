import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { HistoryTimeline } from "@/components/candidates/history-timeline";
import { PersonalRecord } from "@/components/candidates/personal-record";
import { StageProgress } from "@/components/candidates/stage-progress";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { canWrite } from "@/lib/auth/scope-rules";
import { requireActor } from "@/lib/auth/require-actor";
import { isAppError } from "@/lib/errors";
import { getCandidate } from "@/lib/services/candidates/get-candidate";
import { formatVnDate } from "@/lib/time";

export const metadata: Metadata = { title: "Hồ sơ quần chúng" };

export default async function CandidatePage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireActor();
  const { id } = await params;
  // Outside the scope looks exactly like a missing record.
  const candidate = await getCandidate({ actor, id }).catch((error) => {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const t = await getTranslations("detail");
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
        {canWrite(actor.scope, candidate.unitId) ? (
          <ButtonLink href={`/candidates/${candidate.id}/edit`} variant="secondary" data-testid="edit-candidate">
            {t("edit")}
          </ButtonLink>
        ) : null}
      </div>
      <Card title={t("stageTitle")}>
        <StageProgress stage={candidate.stage} />
        <p className="mt-2 text-sm text-stone-600" data-testid="stage-since">
          {t("since", { date: formatVnDate(candidate.stageSince) })}
        </p>
        {candidate.exitReason ? <p className="mt-1 text-sm text-stone-700">{candidate.exitReason}</p> : null}
      </Card>
      <div className="grid gap-4 lg:grid-cols-[3fr_2fr]">
        <Card title={t("personal")}>
          <PersonalRecord candidate={candidate} />
        </Card>
        <Card title={t("history")}>
          <HistoryTimeline history={candidate.history} />
        </Card>
      </div>
    </div>
  );
}
