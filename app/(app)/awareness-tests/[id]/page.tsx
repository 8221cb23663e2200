import type { Metadata } from "next";
import { IntentLink } from "@/components/ui/intent-link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { TestResultsForm } from "@/components/tests/test-results-form";
import { Card } from "@/components/ui/card";
import { requireActor } from "@/lib/auth/require-actor";
import { isAppError } from "@/lib/errors";
import { testSessionWorkspace } from "@/lib/services/classes/awareness-tests";
import { formatVnDate } from "@/lib/time";
import { testResultsAction } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("meta"))("tests") };
}

export default async function TestSessionPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireActor();
  const { id } = await params;
  const session = await testSessionWorkspace({ actor, id }).catch((error) => {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const t = await getTranslations();
  return (
    <div className="flex flex-col gap-4">
      <div className="flex flex-col gap-1">
        <IntentLink
          href="/awareness-tests"
          className="inline-flex min-h-6 items-center self-start text-sm font-semibold text-brand-800 hover:underline"
          data-testid="back-to-sessions"
        >
          ← {t("tests.back")}
        </IntentLink>
        <h1 className="text-xl font-semibold">{session.name}</h1>
        <p className="text-sm text-stone-600">{t("tests.heldBy", { date: formatVnDate(session.date), unit: session.unitName })}</p>
      </div>
      <Card title={t("tests.recorded")}>
        {session.recorded.length ? (
          <ul className="text-sm" data-testid="test-recorded">
            {session.recorded.map((r) => (
              <li key={r.id}>
                {r.fullName}: {t(`tests.outcome.${r.outcome}`)} ({t("tests.round", { round: r.round })})
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-sm text-stone-600" data-testid="test-recorded-empty">
            {t("tests.recordedNone")}
          </p>
        )}
      </Card>
      <Card title={t("tests.waiting")}>
        {/* Only the first waiting candidates (in name order) are listed: say so rather than stop silently. */}
        {session.waiting.length < session.waitingTotal ? (
          <p className="mb-3 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900" role="status" data-testid="waiting-truncated">
            {t("list.showing", { shown: session.waiting.length, total: session.waitingTotal })}
          </p>
        ) : null}
        {session.canRecord ? (
          <TestResultsForm sessionId={session.id} candidates={session.waiting} submit={testResultsAction} />
        ) : session.waiting.length ? (
          <ul className="text-sm" data-testid="test-waiting">
            {session.waiting.map((c) => (
              <li key={c.id}>
                {c.fullName} · <span className="text-stone-600">{c.unitName}</span>
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-sm text-stone-600">{t("tests.noneWaiting")}</p>
        )}
      </Card>
    </div>
  );
}
