import type { Metadata } from "next";
import { IntentLink } from "@/components/ui/intent-link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { EnrolmentManager } from "@/components/classes/enrolment-manager";
import { LearnerCount } from "@/components/classes/learner-count";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { requireActor } from "@/lib/auth/require-actor";
import { isAppError } from "@/lib/errors";
import { courseWorkspace } from "@/lib/services/classes/courses";
import { formatVnDate, todayVn } from "@/lib/time";
import { enrolAction, resultsAction } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("meta"))("classes") };
}

export default async function CoursePage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireActor();
  const { id } = await params;
  const { course, enrolledTotal, eligible, eligibleTotal } = await courseWorkspace({ actor, id }).catch((error) => {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const t = await getTranslations();
  const mine = course.enrolments.length;
  return (
    <div className="flex min-w-0 flex-col gap-4">
      <div className="flex flex-col gap-1">
        <IntentLink
          href="/classes"
          className="inline-flex min-h-6 items-center self-start text-sm font-semibold text-brand-800 hover:underline"
          data-testid="back-to-classes"
        >
          ← {t("classes.back")}
        </IntentLink>
        <h1 className="text-xl font-semibold" data-testid="course-name">
          {course.name}
        </h1>
        <p className="text-sm text-stone-600">
          {t(`classes.kind.${course.kind}`)} · {formatVnDate(course.startDate)}–{formatVnDate(course.endDate)} · {course.unitName}
        </p>
        {course.location || course.issuer ? (
          <p className="text-sm text-stone-600">
            {[course.location && t("classes.location", { location: course.location }), course.issuer && t("classes.issuer", { issuer: course.issuer })]
              .filter(Boolean)
              .join(" · ")}
          </p>
        ) : null}
        <p className="text-sm font-semibold text-stone-800" data-testid="course-learners">
          <LearnerCount total={enrolledTotal} mine={mine} />
        </p>
        <div className="mt-2 flex flex-wrap gap-2">
          <ButtonLink href={`/print/lists/roster?classId=${course.id}&print=1`} target="_blank" variant="secondary" data-testid="print-roster">
            {t("print.printRoster")}
          </ButtonLink>
          <ButtonLink href={`/print/checklists?classId=${course.id}&print=1`} target="_blank" variant="secondary" data-testid="print-class-checklists">
            {t("print.printClassChecklists")}
          </ButtonLink>
        </div>
      </div>
      <Card title={t("classes.enrolments")}>
        {mine < enrolledTotal ? (
          <p className="mb-3 text-sm text-stone-700" data-testid="only-mine">
            {t("classes.onlyMine")}
          </p>
        ) : null}
        {/* Only the first candidates (in name order) are offered for enrolment: say so rather than stop silently. */}
        {eligible.length < eligibleTotal ? (
          <p className="mb-3 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900" role="status" data-testid="eligible-truncated">
            {t("list.showing", { shown: eligible.length, total: eligibleTotal })}
          </p>
        ) : null}
        <EnrolmentManager
          courseId={course.id}
          enrolments={course.enrolments}
          eligible={eligible}
          canRecord={course.canManage}
          defaults={{
            date: formatVnDate(course.startDate <= todayVn() ? course.startDate : todayVn()),
            certificateDate: formatVnDate(course.endDate <= todayVn() ? course.endDate : todayVn()),
          }}
          enrol={enrolAction}
          record={resultsAction}
        />
      </Card>
    </div>
  );
}
