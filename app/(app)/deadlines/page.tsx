import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { StageBadge } from "@/components/candidates/stage-badge";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { requireActor } from "@/lib/auth/require-actor";
import { isAppError } from "@/lib/errors";
import { toLocale } from "@/lib/i18n/locales";
import { listDeadlines } from "@/lib/services/pipeline/list-deadlines";
import { formatVnDate } from "@/lib/time";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("meta"))("deadlines") };
}

export default async function DeadlinesPage({ searchParams }: { searchParams: Promise<{ within?: string }> }) {
  const actor = await requireActor();
  const t = await getTranslations();
  const { within } = await searchParams;
  const locale = toLocale(await getLocale());
  const result = await listDeadlines({ actor, input: { within }, locale }).catch((error) => {
    if (isAppError(error)) return listDeadlines({ actor, input: {}, locale });
    throw error;
  });
  return (
    <div className="flex flex-col gap-4">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <h1 className="text-xl font-semibold">{t("deadlines.pageTitle")}</h1>
        <form method="get" className="flex items-end gap-2 text-sm">
          <label className="flex flex-col gap-1 font-semibold text-stone-600">
            {t("deadlines.within")}
            <select name="within" defaultValue={String(result.within)} className={inputClass}>
              {[7, 14, 30, 60, 90].map((n) => (
                <option key={n} value={n}>
                  {n} {t("deadlines.days")}
                </option>
              ))}
            </select>
          </label>
          <Button type="submit">{t("deadlines.show")}</Button>
        </form>
      </div>
      {result.items.length === 0 ? (
        <p className="rounded-lg border border-dashed border-stone-300 p-6 text-center text-stone-600">{t("deadlines.empty")}</p>
      ) : (
        <ul className="flex flex-col gap-2" data-testid="deadline-items">
          {result.items.map((d) => (
            <li
              key={`${d.candidateId}-${d.kind}`}
              className={`rounded-lg border bg-white p-3 shadow-sm ${d.overdue ? "border-brand-600" : "border-stone-200"}`}
            >
              <div className="flex flex-wrap items-center justify-between gap-2">
                <Link href={`/candidates/${d.candidateId}`} className="font-semibold hover:underline">
                  {d.fullName}
                </Link>
                <StageBadge stage={d.stage} />
              </div>
              <p className="text-sm">
                {t(`deadline.${d.kind}`)}: <span className="font-semibold tabular-nums">{formatVnDate(d.dueDate)}</span>{" "}
                <span className={d.overdue ? "font-semibold text-brand-700" : "text-stone-600"}>
                  ({d.overdue ? t("deadlines.overdue", { days: -d.daysLeft }) : t("deadlines.daysLeft", { days: d.daysLeft })})
                </span>
              </p>
              <p className="text-xs text-stone-500">
                {d.unitName} · {d.ruleRef}
              </p>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
