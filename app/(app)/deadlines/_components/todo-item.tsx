import { IntentLink } from "@/components/ui/intent-link";
import { getTranslations } from "next-intl/server";
import { StageBadge } from "@/components/candidates/stage-badge";
import { formatParams } from "@/lib/i18n/format-params";
import type { TTodoList } from "@/lib/services/pipeline/list-todo";
import { formatVnDate } from "@/lib/time";

type Item = TTodoList["items"][number];

/** A phone reads three lines of what is missing; the record page lists the rest. */
const MISSING_SHOWN = 3;

// The edge marks urgency at a glance; the badge says it in words, for readers who do not see the colour.
const EDGE: Record<Item["urgency"], string> = {
  OVERDUE: "border-l-4 border-l-brand-700",
  DUE: "border-l-4 border-l-amber-500",
  WAITING: "",
  LATER: "",
};
const BADGE = {
  OVERDUE: "bg-brand-700 text-white",
  DUE: "bg-amber-100 text-amber-900",
} as const;

/** One candidate's next step: who, where, what to do and what it still lacks, and by when. */
export async function TodoItem({ item }: { item: Item }) {
  const t = await getTranslations();
  const shown = item.missing.slice(0, MISSING_SHOWN);
  return (
    <li
      className={`flex flex-col gap-1 rounded-lg border border-stone-200 bg-white p-3 shadow-sm ${EDGE[item.urgency]}`}
      data-testid="todo-item"
      data-urgency={item.urgency}
      data-due={item.dueDate ?? ""}
      data-since={item.stageSince}
    >
      <div className="flex flex-wrap items-center justify-between gap-x-2">
        <IntentLink
          href={`/candidates/${item.candidateId}`}
          className="inline-flex min-h-11 items-center font-semibold text-stone-900 underline decoration-stone-300 underline-offset-4 hover:text-brand-700 hover:decoration-brand-700"
          data-testid="todo-link"
        >
          {item.fullName}
        </IntentLink>
        <span className="flex flex-wrap items-center gap-1.5">
          {item.urgency === "OVERDUE" || item.urgency === "DUE" ? (
            <span className={`rounded-full px-2.5 py-0.5 text-xs font-semibold ${BADGE[item.urgency]}`} data-testid="todo-urgency">
              {t(`todo.urgency.${item.urgency}`)}
            </span>
          ) : null}
          <StageBadge stage={item.stage} />
        </span>
      </div>
      <p className="text-xs text-stone-600">{item.unitName}</p>
      {item.action ? (
        <p className="text-sm text-stone-900" data-testid="todo-action">
          <span className="font-semibold">{t("todo.next")}</span> {t(`todo.step.${item.action}`)}
        </p>
      ) : null}
      {shown.length ? (
        <div className="text-sm" data-testid="todo-missing">
          <p className="text-stone-700">{t("todo.missing")}</p>
          <ul className="ml-5 list-disc text-brand-800">
            {shown.map((r, i) => (
              <li key={`${r.code}-${i}`}>{t(`rules.${r.code}`, formatParams(r.params))}</li>
            ))}
          </ul>
          {item.missing.length > shown.length ? <p className="text-stone-600">{t("todo.moreMissing", { count: item.missing.length - shown.length })}</p> : null}
        </div>
      ) : null}
      {item.deadlines.map((d) => (
        <div key={d.kind} className="text-sm" data-testid="todo-deadline">
          <p>
            {t(`deadline.${d.kind}`)}: <span className="font-semibold tabular-nums">{formatVnDate(d.dueDate)}</span>{" "}
            <span className={d.overdue ? "font-semibold text-brand-700" : "text-stone-600"}>
              ({d.overdue ? t("deadlines.overdue", { days: -d.daysLeft }) : t("deadlines.daysLeft", { days: d.daysLeft })})
            </span>
          </p>
          <p className="text-xs text-stone-500">{d.ruleRef}</p>
        </div>
      ))}
      <p className="text-xs text-stone-600" data-testid="todo-waiting">
        {t("todo.waiting", { days: item.waitingDays, date: formatVnDate(item.stageSince) })}
      </p>
    </li>
  );
}
