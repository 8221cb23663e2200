import "server-only";
import { getTranslations } from "next-intl/server";
import { checklistCounts } from "@/components/pipeline/checklist-rows";
import type { TCandidateWorkspace } from "@/lib/services/pipeline/candidate-workspace";
import { formatVnDate, formatVnDateTime } from "@/lib/time";

/**
 * The line each closed section of the record shows on a phone, so that one can tell without opening
 * it whether it needs a look: the next deadline, how far the file is, the latest change.
 */
export async function recordSummaries(workspace: TCandidateWorkspace) {
  const t = await getTranslations();
  const { candidate } = workspace;
  // The most pressing deadline: overdue ones first, then the nearest.
  const next = [...workspace.deadlines].sort((a, b) => Number(b.overdue) - Number(a.overdue) || a.dueDate.localeCompare(b.dueDate))[0];
  const counts = checklistCounts(workspace.checklist);
  const latest = candidate.history[0];
  return {
    deadlines: next
      ? t("record.summary.deadline", {
          kind: t(`deadline.${next.kind}`),
          date: formatVnDate(next.dueDate),
          left: next.overdue ? t("deadlines.overdue", { days: -next.daysLeft }) : t("deadlines.daysLeft", { days: next.daysLeft }),
        })
      : t("deadlines.none"),
    dossier: [
      t("record.summary.dossier", { received: counts.received, total: counts.total }),
      counts.dueMissing ? t("record.summary.dossierDue", { count: counts.dueMissing }) : null,
    ]
      .filter(Boolean)
      .join(" · "),
    personal: t("record.summary.personal", { sex: t(`sex.${candidate.sex}`), date: formatVnDate(candidate.birthDate) }),
    history: latest ? t("record.summary.history", { count: candidate.history.length, at: formatVnDateTime(new Date(latest.at)) }) : t("detail.noHistory"),
  };
}
