import { getTranslations } from "next-intl/server";
import type { TUnitDetail } from "@/lib/services/units/unit-dto";
import { formatVnDate, formatVnDateTime } from "@/lib/time";

/**
 * The roll's entries, latest first; an entry not yet in force is marked. A table from tablet width;
 * on a phone each entry is a short block, since seven columns would scroll sideways.
 */
export async function RollHistory({ history }: { history: TUnitDetail["rollHistory"] }) {
  const t = await getTranslations("units");
  if (!history.length) return <p className="text-sm text-stone-600">{t("noRollHistory")}</p>;
  const yesNo = (value: boolean) => (value ? t("yes") : t("no"));
  const upcoming = <span className="ml-2 rounded bg-amber-100 px-1.5 py-0.5 text-xs font-normal text-amber-900">{t("upcoming")}</span>;
  return (
    <>
      <ol className="flex flex-col divide-y divide-stone-100 text-sm sm:hidden" data-testid="roll-history-list">
        {history.map((e) => (
          <li key={e.effectiveFrom} className="py-2">
            <p className="font-semibold tabular-nums">
              {t("colEffectiveFrom")} {formatVnDate(e.effectiveFrom)}
              {e.upcoming ? upcoming : null}
            </p>
            <p className="tabular-nums">
              {t("colOfficial")} {e.officialMembers} · {t("colTotal")} {e.totalMembers} · {t("colCommittee")} {e.committeeMembers} · {t("colYouthUnion")}:{" "}
              {yesNo(e.hasYouthUnion).toLowerCase()}
            </p>
            {e.note ? <p className="text-stone-700">{e.note}</p> : null}
            <p className="text-xs text-stone-500">
              {t("colRecordedAt")} {formatVnDateTime(new Date(e.recordedAt))}
            </p>
          </li>
        ))}
      </ol>
      <div className="hidden overflow-x-auto sm:block">
        <table className="w-full min-w-[36rem] text-left text-sm" data-testid="roll-history">
          <thead className="border-b border-stone-200 text-xs text-stone-500">
            <tr>
              <th className="py-2 pr-3 font-semibold">{t("colEffectiveFrom")}</th>
              <th className="py-2 pr-3 text-right font-semibold">{t("colOfficial")}</th>
              <th className="py-2 pr-3 text-right font-semibold">{t("colTotal")}</th>
              <th className="py-2 pr-3 text-right font-semibold">{t("colCommittee")}</th>
              <th className="py-2 pr-3 font-semibold">{t("colYouthUnion")}</th>
              <th className="py-2 pr-3 font-semibold">{t("colNote")}</th>
              <th className="py-2 font-semibold">{t("colRecordedAt")}</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-stone-100">
            {history.map((e) => (
              <tr key={e.effectiveFrom}>
                <td className="py-2 pr-3 font-semibold whitespace-nowrap tabular-nums">
                  {formatVnDate(e.effectiveFrom)}
                  {e.upcoming ? upcoming : null}
                </td>
                <td className="py-2 pr-3 text-right tabular-nums">{e.officialMembers}</td>
                <td className="py-2 pr-3 text-right tabular-nums">{e.totalMembers}</td>
                <td className="py-2 pr-3 text-right tabular-nums">{e.committeeMembers}</td>
                <td className="py-2 pr-3">{yesNo(e.hasYouthUnion)}</td>
                <td className="py-2 pr-3 text-stone-700">{e.note}</td>
                <td className="py-2 text-xs whitespace-nowrap text-stone-500">{formatVnDateTime(new Date(e.recordedAt))}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
