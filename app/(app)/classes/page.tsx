import type { Metadata } from "next";
import { IntentLink } from "@/components/ui/intent-link";
import { getTranslations } from "next-intl/server";
import { Pagination } from "@/components/candidates/pagination";
import { CourseFormDisclosure } from "@/components/classes/course-form-disclosure";
import { LearnerCount } from "@/components/classes/learner-count";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { requireActor } from "@/lib/auth/require-actor";
import { courseListQuery, readCourseListParams } from "@/lib/services/classes/course-list-params";
import { coursesOverview } from "@/lib/services/classes/courses";
import { formatVnDate } from "@/lib/time";
import { createCourseAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("meta"))("classes") };
}

export default async function ClassesPage({ searchParams }: { searchParams: Promise<{ year?: string | string[]; page?: string | string[] }> }) {
  const actor = await requireActor();
  const t = await getTranslations();
  const asked = readCourseListParams(await searchParams);
  const { items, total, page, pageSize, year, years, organisers } = await coursesOverview({ actor, ...asked });
  const period = year === "current" ? t("classes.filter.current") : year === "all" ? t("classes.filter.all") : String(year);
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-xl font-semibold">{t("classes.title")}</h1>
      {organisers.length ? <CourseFormDisclosure units={organisers} submit={createCourseAction} /> : null}
      <form method="get" className="flex flex-wrap items-end gap-2" data-testid="course-filter">
        <div className="flex min-w-0 flex-1 flex-col gap-1 sm:max-w-xs">
          <label htmlFor="course-year" className="text-sm font-semibold text-stone-700">
            {t("classes.filter.year")}
          </label>
          <select id="course-year" name="year" defaultValue={year === "current" ? "" : String(year)} className={inputClass} data-testid="course-year">
            <option value="">{t("classes.filter.current")}</option>
            {years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
            <option value="all">{t("classes.filter.all")}</option>
          </select>
        </div>
        <Button type="submit" variant="secondary">
          {t("classes.filter.show")}
        </Button>
      </form>
      <p className="text-sm text-stone-700" role="status" data-testid="course-count">
        {t("classes.filter.found", { period, total })}
      </p>
      {items.length ? (
        <ul className="flex flex-col gap-2" data-testid="course-list">
          {items.map((c) => (
            <li key={c.id} className="rounded-lg border border-stone-200 bg-white p-3 shadow-sm">
              <IntentLink href={`/classes/${c.id}`} className="inline-flex min-h-6 items-center font-semibold hover:underline">
                {c.name}
              </IntentLink>
              <p className="text-sm text-stone-600">
                {t(`classes.kind.${c.kind}`)} · {formatVnDate(c.startDate)}–{formatVnDate(c.endDate)} · {c.unitName}
              </p>
              <p className="text-sm text-stone-700" data-testid="course-learners">
                <LearnerCount total={c.enrolledTotal} mine={c.enrolled} />
              </p>
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-stone-600" data-testid="course-list-empty">
          {year === "all" ? (
            t("classes.filter.noneAtAll")
          ) : (
            <>
              {t("classes.filter.none")}{" "}
              <IntentLink href="/classes?year=all" className="font-semibold text-brand-800 underline">
                {t("classes.filter.seeAll")}
              </IntentLink>
            </>
          )}
        </p>
      )}
      {total > pageSize ? <Pagination page={page} pageSize={pageSize} total={total} params={courseListQuery({ year, page: 1 })} /> : null}
    </div>
  );
}
