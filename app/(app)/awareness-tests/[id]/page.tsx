import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { TestResultsForm } from "@/components/tests/test-results-form";
import { Card } from "@/components/ui/card";
import { requireActor } from "@/lib/auth/require-actor";
import { prisma } from "@/lib/db/client";
import { inScope } from "@/lib/db/scope-filter";
import { formatVnDate, toIsoDate } from "@/lib/time";
import { testResultsAction } from "../actions";

export const metadata: Metadata = { title: "Sát hạch nhận thức" };

export default async function TestSessionPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireActor();
  const { id } = await params;
  const session = /^[0-9a-f-]{36}$/i.test(id) ? await prisma.awarenessTestSession.findFirst({ where: { id, ...inScope(actor.scope) }, include: { results: { include: { candidate: { select: { fullName: true } } } } } }) : null;
  if (!session) notFound();
  const t = await getTranslations();
  const waiting = await prisma.candidate.findMany({ where: { ...inScope(actor.scope), stage: "AWARENESS_TEST" }, select: { id: true, fullName: true, unit: { select: { name: true } } }, orderBy: { sortKey: "asc" }, take: 300 });
  return (
    <div className="flex flex-col gap-4">
      <div>
        <h1 className="text-xl font-semibold">{session.name}</h1>
        <p className="text-sm text-stone-600">{formatVnDate(toIsoDate(session.date))}</p>
      </div>
      <Card title={t("tests.recorded")}>
        <ul className="text-sm" data-testid="test-recorded">
          {session.results.map((r) => (
            <li key={r.id}>
              {r.candidate.fullName}: {t(`tests.outcome.${r.outcome}`)} ({t("tests.round", { round: r.round })})
            </li>
          ))}
        </ul>
      </Card>
      <Card title={t("tests.waiting")}>
        <TestResultsForm sessionId={session.id} candidates={waiting.map((c) => ({ id: c.id, fullName: c.fullName, unitName: c.unit.name }))} submit={testResultsAction} />
      </Card>
    </div>
  );
}
