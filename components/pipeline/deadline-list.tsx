import { translateRuleRef, type Deadline } from "@/lib/domain/rules/deadlines";
import { getTranslate } from "@/lib/i18n/translate";
import { formatVnDate } from "@/lib/time";

export async function DeadlineList({ deadlines }: { deadlines: Deadline[] }) {
  const t = await getTranslate();
  if (deadlines.length === 0) return <p className="text-sm text-stone-600">{t("deadlines.none")}</p>;
  return (
    <ul className="flex flex-col gap-2 text-sm" data-testid="deadlines">
      {deadlines.map((d) => (
        <li key={d.kind} className={`rounded-md border p-2 ${d.overdue ? "border-brand-600 bg-brand-50" : "border-stone-200"}`}>
          <p className="font-semibold">
            {t(`deadline.${d.kind}`)}: {formatVnDate(d.dueDate)}{" "}
            <span className={d.overdue ? "text-brand-700" : "text-stone-600"}>
              ({d.overdue ? t("deadlines.overdue", { days: -d.daysLeft }) : t("deadlines.daysLeft", { days: d.daysLeft })})
            </span>
          </p>
          <p className="text-xs text-stone-500">{translateRuleRef(t, d)}</p>
        </li>
      ))}
    </ul>
  );
}
