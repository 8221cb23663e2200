import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { canWrite } from "@/lib/auth/scope-rules";
import { countLearners, findCourse, findCourseDateSpan, findCoursePage, findCourses, findEnrolableAtStage, findUnitKind, insertCourse } from "@/lib/db/courses";
import { forbidden, notFound, validationFailed } from "@/lib/errors";
import { fromIsoDate, todayVn, toIsoDate } from "@/lib/time";
import { zId } from "@/lib/validation/common";
import { ZCourseCreate } from "@/lib/validation/course";
import { msg } from "@/lib/validation/messages";
import { parseOrThrow } from "@/lib/validation/parse";
import { listUnits } from "../units/list-units";
import { clampPage, COURSES_PER_PAGE, courseDateRange, courseYears, type CourseYearFilter } from "./course-list-params";

/** How many courses the class list holds (newest first), and how many candidates a class page offers for enrolment. */
export const COURSES_SHOWN = 200;
export const ELIGIBLE_SHOWN = 300;

/**
 * Courses are run by committees; everyone sees the courses of the units in their scope and of the
 * committees above them (a branch secretary enrols people in the bloc's class), and counts only
 * their own candidates among those enrolled: the scoped client behind lib/db/courses.ts holds both rules.
 */
export async function listCourses({ actor }: { actor: Actor }) {
  const courses = await findCourses(actor.scope, COURSES_SHOWN);
  return {
    items: courses.items.map((c) => ({
      id: c.id,
      kind: c.kind,
      name: c.name,
      unitId: c.unitId,
      unitName: c.unit.name,
      startDate: toIsoDate(c.startDate),
      endDate: toIsoDate(c.endDate),
      issuer: c.issuer,
      location: c.location,
      enrolled: c.enrolled,
    })),
    // Every visible course: the list holds the newest COURSES_SHOWN, and the page says so.
    total: courses.total,
  };
}

/** The committees the caller may open a class for: branches do not run classes. */
async function organisers(actor: Actor) {
  if (!can(actor.role, "committee.record")) return [];
  const { items } = await listUnits({ actor });
  return items.filter((u) => u.kind !== "BRANCH" && canWrite(actor.scope, u.id)).map((u) => ({ id: u.id, name: u.name }));
}

/**
 * The class list page: one page of the visible classes within the year filter (the page reads it from
 * its URL, this year on by default: course-list-params.ts; without one, every class), how many
 * match, the years the filter offers, and where the caller may open a class. Each class counts all
 * its learners (`enrolledTotal`) and those in the caller's units (`enrolled`).
 */
export async function coursesOverview({
  actor,
  year = "all",
  page = 1,
  today = todayVn(),
}: {
  actor: Actor;
  year?: CourseYearFilter;
  page?: number;
  today?: string;
}) {
  const dates = courseDateRange(year, today);
  const first = await findCoursePage(actor.scope, dates, { skip: (page - 1) * COURSES_PER_PAGE, take: COURSES_PER_PAGE });
  // Past the last page (an old link, a list that shrank): the last page instead of an empty one.
  const shown = clampPage(page, first.total);
  const [{ items, total }, span, units] = await Promise.all([
    shown === page ? first : findCoursePage(actor.scope, dates, { skip: (shown - 1) * COURSES_PER_PAGE, take: COURSES_PER_PAGE }),
    findCourseDateSpan(actor.scope),
    organisers(actor),
  ]);
  return {
    items: items.map((c) => ({
      id: c.id,
      kind: c.kind,
      name: c.name,
      unitName: c.unit.name,
      startDate: toIsoDate(c.startDate),
      endDate: toIsoDate(c.endDate),
      enrolled: c.enrolled,
      enrolledTotal: c.enrolledTotal,
    })),
    total,
    page: shown,
    pageSize: COURSES_PER_PAGE,
    year,
    years: courseYears(span.first && toIsoDate(span.first), span.last && toIsoDate(span.last), today),
    organisers: units,
  };
}

export async function createCourse({ actor, input }: { actor: Actor; input: unknown }) {
  if (!can(actor.role, "committee.record")) throw forbidden();
  const data = parseOrThrow(ZCourseCreate, input);
  if (!canWrite(actor.scope, data.unitId)) throw notFound(); // a unit named in the body that the caller may not write does not exist for them (API.md)
  const unit = await findUnitKind(actor.scope, data.unitId);
  if (!unit || unit.kind === "BRANCH") throw validationFailed([{ path: "unitId", message: msg("invalidOption") }]);
  const course = await insertCourse(actor.scope, { ...data, startDate: fromIsoDate(data.startDate), endDate: fromIsoDate(data.endDate) });
  return getCourse({ actor, id: course.id });
}

/** One class with the enrolments of the candidates in the caller's scope; NOT_FOUND when not visible. */
export async function getCourse({ actor, id }: { actor: Actor; id: string }) {
  if (!zId.safeParse(id).success) throw notFound();
  const course = await findCourse(actor.scope, id);
  if (!course) throw notFound();
  return {
    id: course.id,
    kind: course.kind,
    name: course.name,
    unitId: course.unitId,
    unitName: course.unit.name,
    startDate: toIsoDate(course.startDate),
    endDate: toIsoDate(course.endDate),
    issuer: course.issuer,
    location: course.location,
    enrolments: course.enrolments.map((e) => ({
      candidateId: e.candidate.id,
      fullName: e.candidate.fullName,
      stage: e.candidate.stage,
      unitName: e.candidate.unit.name,
      result: e.result,
      certificateNumber: e.certificateNumber,
      certificateDate: e.certificateDate ? toIsoDate(e.certificateDate) : null,
    })),
    canManage: can(actor.role, "committee.record") && canWrite(actor.scope, course.unitId),
  };
}

/**
 * The class page: the class, how many learners it has in all, and who may still be enrolled in it (sympathisers for an awareness
 * class, probationers for a new-member course) among the candidates the caller may change: the
 * first ELIGIBLE_SHOWN in name order, and how many there are in all (`eligibleTotal`).
 */
export async function courseWorkspace({ actor, id }: { actor: Actor; id: string }) {
  const course = await getCourse({ actor, id });
  const [eligible, learners] = await Promise.all([
    findEnrolableAtStage(actor.scope, course.kind === "AWARENESS" ? "SYMPATHIZER" : "PROBATION", ELIGIBLE_SHOWN),
    countLearners(actor.scope, [course.id]),
  ]);
  return {
    course,
    // Every learner of the class, from every unit: the page lists only the caller's and says so.
    enrolledTotal: learners.get(course.id) ?? 0,
    eligible: eligible.items.map((c) => ({ id: c.id, fullName: c.fullName, unitName: c.unit.name })),
    eligibleTotal: eligible.total,
  };
}
