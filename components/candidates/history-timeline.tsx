import { getTranslations } from "next-intl/server";
import type { TCandidateDetail } from "@/lib/services/candidates/candidate-dto";
import { isStage } from "@/lib/domain/stages";
import { formatVnDate, formatVnDateTime } from "@/lib/time";

type Change = { from: unknown; to: unknown };

/** Every change to the record, newest first: who, when, what, from → to. */
export async function HistoryTimeline({ history }: { history: TCandidateDetail["history"] }) {
  const t = await getTranslations();
  if (history.length === 0) return <p className="text-sm text-stone-600">{t("detail.noHistory")}</p>;
  const show = (value: unknown) => {
    if (value === null || value === undefined || value === "") return t("detail.empty");
    if (typeof value === "boolean") return value ? t("form.yes") : t("form.no");
    if (typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value)) return formatVnDate(value);
    return String(value);
  };
  return (
    <ol className="relative flex flex-col gap-4 border-l border-stone-200 pl-4" data-testid="history">
      {history.map((event) => (
        <li key={event.id} className="text-sm">
          <span className="absolute -left-1.5 mt-1.5 h-3 w-3 rounded-full border-2 border-white bg-brand-600" />
          <p className="font-semibold">
            {t(`detail.event.${event.kind}`)}
            {event.toStage && isStage(event.toStage)
              ? `: ${event.fromStage && isStage(event.fromStage) ? `${t(`stage.${event.fromStage}`)} → ` : ""}${t(`stage.${event.toStage}`)}`
              : ""}
          </p>
          <p className="text-xs text-stone-500">
            {formatVnDateTime(new Date(event.at))} · {t("detail.by", { name: event.actorName ?? t("detail.system") })}
          </p>
          {event.reason ? <p className="text-stone-700">{event.reason}</p> : null}
          {event.kind === "RECORD" && event.changes && typeof event.changes === "object" && "failedVote" in event.changes ? (
            <p className="text-xs text-stone-700">
              {t("detail.failedVote", { votes: String((event.changes as Record<string, Change>).failedVote?.to ?? "") })}
            </p>
          ) : null}
          {event.kind === "DOSSIER" && event.changes && typeof event.changes === "object" ? (
            <ul className="mt-1 text-xs text-stone-700">
              {Object.entries(event.changes as Record<string, Change>).map(([code, change]) => (
                <li key={code}>
                  {code}. {t(`dossier.item.${code}`)}: {t(`dossier.status.${String(change.from)}`)} → {t(`dossier.status.${String(change.to)}`)}
                </li>
              ))}
            </ul>
          ) : null}
          {event.kind === "UPDATED" && event.changes && typeof event.changes === "object" ? (
            <ul className="mt-1 text-xs text-stone-700">
              {Object.entries(event.changes as Record<string, Change>).map(([field, change]) => (
                <li key={field}>{t("detail.changed", { field: t(`field.${field}`), from: show(change.from), to: show(change.to) })}</li>
              ))}
            </ul>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
