import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { Pagination } from "@/components/candidates/pagination";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { requireActor } from "@/lib/auth/require-actor";
import { isAppError } from "@/lib/errors";
import { toLocale } from "@/lib/i18n/locales";
import { listTodo } from "@/lib/services/pipeline/list-todo";
import { TodoItem } from "./_components/todo-item";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("meta"))("deadlines") };
}

type Search = { within?: string | string[]; page?: string | string[] };

const WINDOWS = [7, 14, 30, 60, 90];

export default async function DeadlinesPage({ searchParams }: { searchParams: Promise<Search> }) {
  const actor = await requireActor();
  const t = await getTranslations();
  const search = await searchParams;
  const input = Object.fromEntries(Object.entries(search).filter(([, v]) => typeof v === "string" && v !== ""));
  const locale = toLocale(await getLocale());
  // A hand-edited URL with a bad window or page shows the default list rather than an error page.
  const result = await listTodo({ actor, input, locale }).catch((error) => {
    if (isAppError(error)) return listTodo({ actor, input: {}, locale });
    throw error;
  });
  return (
    <div className="flex flex-col gap-4">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div className="min-w-0 grow basis-72">
          <h1 className="text-xl font-semibold">{t("deadlines.pageTitle")}</h1>
          <p className="text-sm text-stone-600">{t("todo.intro")}</p>
        </div>
        <form method="get" className="flex items-end gap-2 text-sm">
          <label className="flex flex-col gap-1 font-semibold text-stone-600">
            {t("todo.within")}
            <select name="within" defaultValue={String(result.within)} className={inputClass}>
              {(WINDOWS.includes(result.within) ? WINDOWS : [...WINDOWS, result.within].sort((a, b) => a - b)).map((n) => (
                <option key={n} value={n}>
                  {n} {t("deadlines.days")}
                </option>
              ))}
            </select>
          </label>
          <Button type="submit" className="min-h-11">
            {t("deadlines.show")}
          </Button>
        </form>
      </div>
      <ul className="flex flex-wrap gap-2 text-sm" data-testid="todo-counts">
        <li className="rounded-full bg-brand-50 px-3 py-1 font-semibold text-brand-800">{t("todo.counts.OVERDUE", { count: result.counts.OVERDUE })}</li>
        <li className="rounded-full bg-amber-50 px-3 py-1 font-semibold text-amber-900">
          {t("todo.counts.DUE", { count: result.counts.DUE, within: result.within })}
        </li>
        <li className="rounded-full bg-stone-100 px-3 py-1 font-semibold text-stone-700">{t("todo.counts.WAITING", { count: result.counts.WAITING })}</li>
        <li className="rounded-full bg-stone-100 px-3 py-1 font-semibold text-stone-700">{t("todo.counts.LATER", { count: result.counts.LATER })}</li>
      </ul>
      {result.items.length === 0 ? (
        <p className="rounded-lg border border-dashed border-stone-300 p-6 text-center text-stone-600">{t("todo.empty")}</p>
      ) : (
        <ol className="flex flex-col gap-2" aria-label={t("todo.listLabel")} data-testid="todo-items">
          {result.items.map((item) => (
            <TodoItem key={item.candidateId} item={item} />
          ))}
        </ol>
      )}
      {result.total > result.pageSize ? (
        <Pagination page={result.page} pageSize={result.pageSize} total={result.total} params={{ within: String(result.within) }} />
      ) : null}
    </div>
  );
}
