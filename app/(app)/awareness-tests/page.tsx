import type { Metadata } from "next";
import { IntentLink } from "@/components/ui/intent-link";
import { getTranslations } from "next-intl/server";
import { SessionForm } from "@/components/tests/session-form";
import { Card } from "@/components/ui/card";
import { requireActor } from "@/lib/auth/require-actor";
import { testSessionsOverview } from "@/lib/services/classes/awareness-tests";
import { formatVnDate } from "@/lib/time";
import { createTestSessionAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("meta"))("tests") };
}

export default async function AwarenessTestsPage() {
  const actor = await requireActor();
  const t = await getTranslations();
  const { items, total, councils, organisers, waitingTotal, elsewhere } = await testSessionsOverview({ actor });
  const canOpen = councils.length > 0;
  return (
    <div className="flex flex-col gap-4">
      <div className="flex flex-col gap-1">
        <h1 className="text-xl font-semibold">{t("tests.title")}</h1>
        <p className="text-sm text-stone-700">{t("tests.intro")}</p>
      </div>
      {canOpen ? (
        <Card title={t("tests.create")}>
          <SessionForm units={councils} submit={createTestSessionAction} />
        </Card>
      ) : (
        // Those who cannot open a session: who does, and what this page is for them.
        <Card title={t("tests.whoTitle")}>
          <div className="flex flex-col gap-2 text-sm text-stone-700" data-testid="tests-who">
            <p>{organisers.length ? t("tests.organisedBy", { units: organisers.map((u) => u.name).join(", ") }) : t("tests.noOrganiser")}</p>
            {organisers.length ? <p>{t("tests.waitingCount", { count: waitingTotal })}</p> : null}
          </div>
        </Card>
      )}
      {canOpen || items.length ? (
        <section aria-labelledby="sessions-title" className="flex flex-col gap-2">
          <h2 id="sessions-title" className="text-base font-semibold">
            {t("tests.sessionsTitle")}
          </h2>
          {items.length === 0 ? (
            <p className="text-sm text-stone-600" data-testid="sessions-empty">
              {t("tests.noneCanOpen")}
            </p>
          ) : null}
          {/* The list holds the newest sessions only: say so rather than stop silently. */}
          {items.length < total ? (
            <p className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900" role="status" data-testid="session-list-truncated">
              {t("list.showing", { shown: items.length, total })}
            </p>
          ) : null}
          {items.length ? (
            <ul className="flex flex-col gap-2" data-testid="session-list">
              {items.map((s) => (
                <li key={s.id} className="rounded-lg border border-stone-200 bg-white p-3 shadow-sm">
                  <IntentLink href={`/awareness-tests/${s.id}`} className="inline-flex min-h-6 items-center font-semibold hover:underline">
                    {s.name}
                  </IntentLink>
                  <p className="text-sm text-stone-600">
                    {formatVnDate(s.date)} · {t("tests.results", { count: s.results })}
                  </p>
                </li>
              ))}
            </ul>
          ) : null}
        </section>
      ) : null}
      {!canOpen && organisers.length && (elsewhere.length || items.length === 0) ? (
        <section aria-labelledby="elsewhere-title" className="flex flex-col gap-2">
          <h2 id="elsewhere-title" className="text-base font-semibold">
            {t("tests.elsewhereTitle")}
          </h2>
          {elsewhere.length === 0 ? (
            <p className="text-sm text-stone-600" data-testid="elsewhere-empty">
              {t("tests.elsewhereNone")}
            </p>
          ) : (
            <ul className="flex flex-col gap-2" data-testid="elsewhere-list">
              {elsewhere.map((s) => (
                <li key={s.id} className="rounded-lg border border-stone-200 bg-white p-3 text-sm shadow-sm">
                  <p className="font-semibold text-stone-900">{s.name}</p>
                  <p className="text-stone-600">{t("tests.heldBy", { date: formatVnDate(s.date), unit: s.unitName })}</p>
                  <ul className="mt-1 list-inside list-disc text-stone-800">
                    {s.results.map((r) => (
                      <li key={r.id}>
                        {r.fullName}: {t(`tests.outcome.${r.outcome}`)} ({t("tests.round", { round: r.round })})
                      </li>
                    ))}
                  </ul>
                </li>
              ))}
            </ul>
          )}
        </section>
      ) : null}
    </div>
  );
}
