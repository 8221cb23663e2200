import type { Metadata } from "next";
import Link from "next/link";
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
  const { items, total, councils } = await testSessionsOverview({ actor });
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-xl font-semibold">{t("tests.title")}</h1>
      {councils.length ? (
        <Card title={t("tests.create")}>
          <SessionForm units={councils} submit={createTestSessionAction} />
        </Card>
      ) : null}
      {items.length === 0 ? <p className="text-stone-600">{t("tests.none")}</p> : null}
      {/* The list holds the newest sessions only: say so rather than stop silently. */}
      {items.length < total ? (
        <p className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900" role="status" data-testid="session-list-truncated">
          {t("list.showing", { shown: items.length, total })}
        </p>
      ) : null}
      <ul className="flex flex-col gap-2">
        {items.map((s) => (
          <li key={s.id} className="rounded-lg border border-stone-200 bg-white p-3 shadow-sm">
            <Link href={`/awareness-tests/${s.id}`} className="font-semibold hover:underline">
              {s.name}
            </Link>
            <p className="text-sm text-stone-600">
              {formatVnDate(s.date)} · {t("tests.results", { count: s.results })}
            </p>
          </li>
        ))}
      </ul>
    </div>
  );
}
