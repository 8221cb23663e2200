import type { Metadata } from "next";
import { IntentLink } from "@/components/ui/intent-link";
import { getTranslations } from "next-intl/server";
import { Pagination } from "@/components/candidates/pagination";
import { AuditChanges } from "@/components/audit/audit-changes";
import { DateInput } from "@/components/forms/date-input";
import { Card } from "@/components/ui/card";
import { requireActor } from "@/lib/auth/require-actor";
import { findAuditActors } from "@/lib/db/audit-log";
import { AUDIT_KINDS } from "@/lib/domain/audit-kinds";
import { isAppError } from "@/lib/errors";
import { listAudit } from "@/lib/services/audit/list-audit";
import { listUnits } from "@/lib/services/units/list-units";
import { formatVnDateTime } from "@/lib/time";
import { UnitOptions } from "@/components/ui/unit-options";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("meta"))("audit") };
}

type Search = Record<string, string | string[] | undefined>;
const INPUT = "min-h-10 w-full rounded-md border border-stone-300 bg-white px-3 text-base sm:text-sm";

function pickStrings(search: Search): Record<string, string> {
  return Object.fromEntries(Object.entries(search).flatMap(([k, v]) => (typeof v === "string" && v !== "" ? [[k, v]] : [])));
}

/** Who changed what and when, in the caller's scope, with filters by unit, person, kind and dates. */
export default async function AuditPage({ searchParams }: { searchParams: Promise<Search> }) {
  const actor = await requireActor();
  const t = await getTranslations("audit");
  const params = pickStrings(await searchParams);
  // A hand-edited URL with a bad filter shows the unfiltered log with a note rather than an error page.
  const result = await listAudit({ actor, input: params }).catch((error) => {
    if (isAppError(error)) return null;
    throw error;
  });
  const shown = result ?? (await listAudit({ actor, input: {} }));
  const [{ items: units }, actors] = await Promise.all([listUnits({ actor }), findAuditActors(actor.scope)]);
  const label = (group: string, code: string) => (t.has(`${group}.${code}`) ? t(`${group}.${code}`) : code);
  return (
    <div className="flex flex-col gap-4">
      <div>
        <h1 className="text-xl font-semibold">{t("title")}</h1>
        <p className="text-sm text-stone-600">{t("intro")}</p>
      </div>
      <Card title={t("filters")}>
        <form method="get" className="grid gap-3 sm:grid-cols-2 lg:grid-cols-5" data-testid="audit-filters">
          <label className="flex flex-col gap-1 text-sm font-semibold">
            {t("unit")}
            <select name="unitId" defaultValue={params.unitId ?? ""} className={INPUT}>
              <option value="">{t("allUnits")}</option>
              <UnitOptions units={units} />
            </select>
          </label>
          <label className="flex flex-col gap-1 text-sm font-semibold">
            {t("actor")}
            <select name="actorId" defaultValue={params.actorId ?? ""} className={INPUT}>
              <option value="">{t("allActors")}</option>
              {actors.map((a) => (
                <option key={a.id} value={a.id}>
                  {a.fullName} ({a.username})
                </option>
              ))}
            </select>
          </label>
          <label className="flex flex-col gap-1 text-sm font-semibold">
            {t("kind")}
            <select name="kind" defaultValue={params.kind ?? ""} className={INPUT} data-testid="audit-kind">
              <option value="">{t("allKinds")}</option>
              {AUDIT_KINDS.map((k) => (
                <option key={k} value={k}>
                  {label("kinds", k)}
                </option>
              ))}
            </select>
          </label>
          {(["from", "to"] as const).map((name) => (
            // Not wrapped in the label: the date's reading below the field would join the label's name.
            <div key={name} className="flex flex-col gap-1">
              <label htmlFor={`audit-${name}`} className="text-sm font-semibold">
                {t(name)}
              </label>
              <DateInput id={`audit-${name}`} name={name} defaultValue={params[name] ?? ""} placeholder="dd/mm/yyyy" className={INPUT} />
            </div>
          ))}
          <div className="flex gap-2 sm:col-span-2 lg:col-span-5">
            <button
              type="submit"
              className="inline-flex min-h-11 items-center rounded-md bg-brand-700 px-4 text-sm font-semibold text-white hover:bg-brand-800 sm:min-h-10"
            >
              {t("filter")}
            </button>
            <IntentLink
              href="/audit"
              className="inline-flex min-h-11 items-center rounded-md border border-stone-300 bg-white px-4 text-sm font-semibold hover:bg-stone-100 sm:min-h-10"
            >
              {t("clear")}
            </IntentLink>
          </div>
        </form>
        {result === null ? (
          <p role="alert" className="mt-3 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900" data-testid="audit-bad-filter">
            {t("badFilter")}
          </p>
        ) : null}
      </Card>
      <p className="text-sm text-stone-600" data-testid="audit-total">
        {t("total", { total: shown.total })}
      </p>
      {shown.items.length === 0 ? (
        <p className="text-sm text-stone-600">{t("empty")}</p>
      ) : (
        <ol className="flex flex-col gap-2" data-testid="audit-list">
          {shown.items.map((e, i) => (
            <li key={`${e.at}-${e.entityId}-${i}`} className="rounded-md border border-stone-200 bg-white p-3 text-sm" data-testid="audit-entry">
              <div className="flex flex-wrap items-baseline justify-between gap-2">
                <span className="font-semibold">
                  {label("kinds", e.kind)} · {label("actions", e.action)}
                  {e.label ? (
                    <>
                      {" · "}
                      {e.kind === "CANDIDATE" && e.entityId ? (
                        <IntentLink href={`/candidates/${e.entityId}`} className="text-brand-700 underline hover:text-brand-800">
                          {e.label}
                        </IntentLink>
                      ) : (
                        e.label
                      )}
                    </>
                  ) : null}
                </span>
                <time className="text-stone-600" dateTime={e.at}>
                  {formatVnDateTime(new Date(e.at))}
                </time>
              </div>
              <p className="text-stone-600">
                {e.actorName ?? t("system")} · {e.unitName}
                {e.entityId && e.kind !== "CANDIDATE" ? ` · ${e.entityId}` : ""}
              </p>
              <AuditChanges changes={e.changes} />
            </li>
          ))}
        </ol>
      )}
      <Pagination page={shown.page} pageSize={shown.pageSize} total={shown.total} params={params} />
    </div>
  );
}
