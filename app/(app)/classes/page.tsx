import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { CourseForm } from "@/components/classes/course-form";
import { Card } from "@/components/ui/card";
import { requireActor } from "@/lib/auth/require-actor";
import { coursesOverview } from "@/lib/services/classes/courses";
import { formatVnDate } from "@/lib/time";
import { createCourseAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("meta"))("classes") };
}

export default async function ClassesPage() {
  const actor = await requireActor();
  const t = await getTranslations();
  const { items, total, organisers } = await coursesOverview({ actor });
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-xl font-semibold">{t("classes.title")}</h1>
      {organisers.length ? (
        <Card title={t("classes.create")}>
          <CourseForm units={organisers} submit={createCourseAction} />
        </Card>
      ) : null}
      {/* The list holds the newest classes only: say so rather than stop silently. */}
      {items.length < total ? (
        <p className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900" role="status" data-testid="course-list-truncated">
          {t("list.showing", { shown: items.length, total })}
        </p>
      ) : null}
      <ul className="flex flex-col gap-2" data-testid="course-list">
        {items.map((c) => (
          <li key={c.id} className="rounded-lg border border-stone-200 bg-white p-3 shadow-sm">
            <Link href={`/classes/${c.id}`} className="font-semibold hover:underline">
              {c.name}
            </Link>
            <p className="text-sm text-stone-600">
              {t(`classes.kind.${c.kind}`)} · {formatVnDate(c.startDate)}–{formatVnDate(c.endDate)} · {c.unitName} ·{" "}
              {t("classes.enrolled", { count: c.enrolled })}
            </p>
          </li>
        ))}
      </ul>
    </div>
  );
}
