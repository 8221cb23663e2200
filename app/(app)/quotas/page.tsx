import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { QuotaRow } from "@/components/quotas/quota-row";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { requireActor } from "@/lib/auth/require-actor";
import { isAppError } from "@/lib/errors";
import { withHistoryTotals } from "@/lib/services/quotas/history";
import { listQuotas } from "@/lib/services/quotas/quotas";
import { todayVn } from "@/lib/time";
import { approveQuotaAction, lockQuotaAction, putQuotaAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("meta"))("quotas") };
}

export default async function QuotasPage({ searchParams }: { searchParams: Promise<{ period?: string; unitId?: string }> }) {
  const actor = await requireActor();
  const t = await getTranslations();
  const params = await searchParams;
  const year = todayVn().slice(0, 4);
  const input = { period: params.period ?? year, unitId: params.unitId && /^[0-9a-f-]{36}$/i.test(params.unitId) ? params.unitId : undefined };
  const list = await listQuotas({ actor, input }).catch((e) => (isAppError(e) ? listQuotas({ actor, input: { period: year } }) : Promise.reject(e)));
  // Each figure's history lists its latest entries: with their total, the history can say when it holds fewer.
  const result = await withHistoryTotals({ actor, list });
  return (
    <div className="flex flex-col gap-4">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <h1 className="text-xl font-semibold">{t("quotas.title", { period: result.period })}</h1>
        <form method="get" className="flex items-end gap-2">
          <div className="flex w-36 flex-col gap-1">
            <label htmlFor="quota-period" className="text-sm font-semibold text-stone-700">
              {t("dashboard.period")}
            </label>
            <input id="quota-period" name="period" defaultValue={result.period} className={inputClass} data-testid="quota-period" />
          </div>
          <Button type="submit" className="min-h-11 sm:min-h-10">
            {t("deadlines.show")}
          </Button>
        </form>
      </div>
      <p className="text-sm text-stone-600">{t("quotas.help")}</p>
      <div className="flex flex-col gap-2" data-testid="quota-rows">
        {result.items.map((item) => (
          <QuotaRow key={item.unitId} period={result.period} item={item} submit={putQuotaAction} approve={approveQuotaAction} lock={lockQuotaAction} />
        ))}
      </div>
    </div>
  );
}
