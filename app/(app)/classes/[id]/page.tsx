import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { EnrolmentManager } from "@/components/classes/enrolment-manager";
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
  const { course, eligible, eligibleTotal } = await courseWorkspace({ actor, id }).catch((error) => {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const t = await getTranslations();
  return (
    <div className="flex flex-col gap-4">
      <div>
        <h1 className="text-xl font-semibold" data-testid="course-name">
          {course.name}
        </h1>
        <p className="text-sm text-stone-600">
          {t(`classes.kind.${course.kind}`)} · {formatVnDate(course.startDate)}–{formatVnDate(course.endDate)} · {course.unitName}
        </p>
        <div className="mt-3 flex flex-wrap gap-2">
          <ButtonLink href={`/print/lists/roster?classId=${course.id}&print=1`} target="_blank" variant="secondary" data-testid="print-roster">
            {t("print.printRoster")}
          </ButtonLink>
          <ButtonLink href={`/print/checklists?classId=${course.id}&print=1`} target="_blank" variant="secondary" data-testid="print-class-checklists">
            {t("print.printClassChecklists")}
          </ButtonLink>
        </div>
      </div>
      <Card title={t("classes.enrolments")}>
        {/* Only the first candidates (in name order) are offered for enrolment: say so rather than stop silently. */}
        {eligible.length < eligibleTotal ? (
          <p className="mb-3 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900" role="status" data-testid="eligible-truncated">
            {t("list.showing", { shown: eligible.length, total: eligibleTotal })}
          </p>
        ) : null}
        <EnrolmentManager
          courseId={course.id}
          kind={course.kind}
          enrolments={course.enrolments}
          eligible={eligible}
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
