import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { TCandidateList } from "@/lib/services/candidates/list-candidates";
import { formatVnDate } from "@/lib/time";
import { StageBadge } from "./stage-badge";

/** A table on wide screens, a list of cards on a phone. */
export async function CandidateTable({ items }: { items: TCandidateList["items"] }) {
  const t = await getTranslations("list");
  if (items.length === 0) return <p className="rounded-lg border border-dashed border-stone-300 p-6 text-center text-stone-600">{t("empty")}</p>;
  return (
    <>
      <ul className="flex flex-col gap-2 md:hidden" data-testid="candidate-cards">
        {items.map((c) => (
          <li key={c.id}>
            <Link href={`/candidates/${c.id}`} className="flex flex-col gap-1 rounded-lg border border-stone-200 bg-white p-3 shadow-sm active:bg-stone-50">
              <span className="flex items-center justify-between gap-2">
                <span className="font-semibold">{c.fullName}</span>
                <StageBadge stage={c.stage} />
              </span>
              <span className="text-xs text-stone-600">
                {formatVnDate(c.birthDate)} · {c.unitName}
              </span>
            </Link>
          </li>
        ))}
      </ul>
      <div className="hidden overflow-x-auto rounded-lg border border-stone-200 bg-white shadow-sm md:block">
        <table className="w-full text-sm" data-testid="candidate-table">
          <thead className="bg-stone-100 text-left text-xs font-semibold text-stone-600 uppercase">
            <tr>
              <th className="px-3 py-2">{t("colName")}</th>
              <th className="px-3 py-2">{t("colBirth")}</th>
              <th className="px-3 py-2">{t("colUnit")}</th>
              <th className="px-3 py-2">{t("colStage")}</th>
              <th className="px-3 py-2">{t("colSince")}</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-stone-100">
            {items.map((c) => (
              <tr key={c.id} className="hover:bg-stone-50" data-testid="candidate-row">
                <td className="px-3 py-2 font-semibold">
                  <Link href={`/candidates/${c.id}`} className="text-stone-900 hover:text-brand-700 hover:underline">
                    {c.fullName}
                  </Link>
                </td>
                <td className="px-3 py-2 tabular-nums">{formatVnDate(c.birthDate)}</td>
                <td className="px-3 py-2 text-stone-700">{c.unitName}</td>
                <td className="px-3 py-2">
                  <StageBadge stage={c.stage} />
                </td>
                <td className="px-3 py-2 text-stone-600 tabular-nums">{formatVnDate(c.stageSince)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
