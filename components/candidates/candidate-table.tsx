import { IntentLink } from "@/components/ui/intent-link";
import { getTranslations } from "next-intl/server";
import type { NextDeadline } from "@/lib/services/candidates/candidate-deadlines";
import type { TCandidateList } from "@/lib/services/candidates/list-candidates";
import { formatVnDate } from "@/lib/time";
import { StageBadge } from "./stage-badge";

type Translate = Awaited<ReturnType<typeof getTranslations>>;

/** "Hạn tổ chức lễ kết nạp: 12/03/2026 (Quá hạn 5 ngày)": the lateness is said in words, the colour only repeats it. */
function DeadlineText({ d, t }: { d: NextDeadline; t: Translate }) {
  return (
    <>
      {t(`deadline.${d.kind}`)}: <span className="tabular-nums">{formatVnDate(d.dueDate)}</span>{" "}
      <span className={d.overdue ? "font-semibold text-brand-700" : "text-stone-600"}>
        ({d.overdue ? t("deadlines.overdue", { days: -d.daysLeft }) : t("deadlines.daysLeft", { days: d.daysLeft })})
      </span>
    </>
  );
}

/** A table on wide screens, a list of cards on a phone: name, stage, unit and the next deadline, the whole card one tap. */
export async function CandidateTable({ items, nextDeadlines = {} }: { items: TCandidateList["items"]; nextDeadlines?: Record<string, NextDeadline> }) {
  const t = await getTranslations();
  if (items.length === 0) return <p className="rounded-lg border border-dashed border-stone-300 p-6 text-center text-stone-600">{t("list.empty")}</p>;
  return (
    <>
      <ul className="flex flex-col gap-2 md:hidden" data-testid="candidate-cards">
        {items.map((c) => {
          const next = nextDeadlines[c.id];
          return (
            <li key={c.id}>
              <IntentLink
                href={`/candidates/${c.id}`}
                className={`flex min-h-11 flex-col gap-1 rounded-lg border bg-white p-3 shadow-sm active:bg-stone-50 ${next?.overdue ? "border-brand-600" : "border-stone-200"}`}
                data-testid="candidate-card"
              >
                <span className="flex flex-wrap items-center justify-between gap-x-2 gap-y-1">
                  <span className="font-semibold text-stone-900">{c.fullName}</span>
                  <StageBadge stage={c.stage} />
                </span>
                <span className="text-xs text-stone-600">
                  {c.unitName} · {formatVnDate(c.birthDate)}
                </span>
                {next ? (
                  <span className="text-xs text-stone-800" data-testid="card-deadline">
                    <DeadlineText d={next} t={t} />
                  </span>
                ) : null}
              </IntentLink>
            </li>
          );
        })}
      </ul>
      <div className="hidden overflow-x-auto rounded-lg border border-stone-200 bg-white shadow-sm md:block">
        <table className="w-full text-sm" data-testid="candidate-table">
          <thead className="bg-stone-100 text-left text-xs font-semibold text-stone-600 uppercase">
            <tr>
              <th className="px-3 py-2">{t("list.colName")}</th>
              <th className="px-3 py-2">{t("list.colBirth")}</th>
              <th className="px-3 py-2">{t("list.colUnit")}</th>
              <th className="px-3 py-2">{t("list.colStage")}</th>
              <th className="px-3 py-2">{t("list.colSince")}</th>
              <th className="px-3 py-2">{t("list.colNextDeadline")}</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-stone-100">
            {items.map((c) => {
              const next = nextDeadlines[c.id];
              return (
                <tr key={c.id} className="hover:bg-stone-50" data-testid="candidate-row">
                  <td className="px-3 py-2 font-semibold">
                    <IntentLink href={`/candidates/${c.id}`} className="inline-flex min-h-6 items-center text-stone-900 hover:text-brand-700 hover:underline">
                      {c.fullName}
                    </IntentLink>
                  </td>
                  <td className="px-3 py-2 tabular-nums">{formatVnDate(c.birthDate)}</td>
                  <td className="px-3 py-2 text-stone-700">{c.unitName}</td>
                  <td className="px-3 py-2">
                    <StageBadge stage={c.stage} />
                  </td>
                  <td className="px-3 py-2 text-stone-600 tabular-nums">{formatVnDate(c.stageSince)}</td>
                  <td className="px-3 py-2 text-xs text-stone-800">{next ? <DeadlineText d={next} t={t} /> : null}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </>
  );
}
