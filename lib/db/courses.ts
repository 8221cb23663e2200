import "server-only";
import { conflict } from "@/lib/errors";
import { fromIsoDate } from "@/lib/time";
import { prisma } from "./client";
import { uniqueViolationIndex } from "./errors";
import { dbFor } from "./scoped";
import type { Prisma } from "./generated/client";
import type { Scope } from "@/lib/auth/scope-rules";
import type { StageCode } from "@/lib/domain/stages";

/**
 * Classes and enrolments, through the caller's scoped client. Courses are run by committees: a
 * caller sees the courses of the units in their scope and of the committees above their home unit
 * (a branch secretary enrols people in the bloc's class), and of any course only the enrolments of
 * their own candidates — the scoped client applies both rules.
 */

/**
 * Whether the scope may change its candidates at all. Scopes are all-or-nothing for writing (a
 * viewer reads a subtree and writes none of it): for a read-only scope, the candidates it "may
 * enrol" are none, and one named by id is simply not found, like one outside the scope.
 */
const mayWrite = (scope: Scope) => scope.writable.size > 0;

/**
 * The visible courses, newest first (the first `take`), each with the number of the caller's
 * candidates enrolled in it, and how many courses are visible in all (the same scoped query, counted).
 */
export async function findCourses(scope: Scope, take: number) {
  const db = dbFor(scope);
  const [courses, total] = await Promise.all([
    db.course.findMany({ orderBy: { startDate: "desc" }, take, include: { unit: { select: { name: true } } } }),
    db.course.count(),
  ]);
  // A nested _count would count every unit's enrolments: count through the scoped client instead.
  const counts = courses.length
    ? await db.enrolment.groupBy({ by: ["courseId"], where: { courseId: { in: courses.map((c) => c.id) } }, _count: { _all: true } })
    : [];
  const enrolledIn = new Map(counts.map((c) => [c.courseId, c._count._all]));
  return { items: courses.map((c) => ({ ...c, enrolled: enrolledIn.get(c.id) ?? 0 })), total };
}

/** Which visible classes the class list keeps: ISO bounds on the start and end dates (all optional). */
export interface CourseDates {
  endFrom?: string;
  startFrom?: string;
  startBefore?: string;
}

function datesWhere(dates: CourseDates): Prisma.CourseWhereInput {
  const startDate: Prisma.DateTimeFilter = {};
  if (dates.startFrom) startDate.gte = fromIsoDate(dates.startFrom);
  if (dates.startBefore) startDate.lt = fromIsoDate(dates.startBefore);
  return {
    ...(dates.startFrom || dates.startBefore ? { startDate } : {}),
    ...(dates.endFrom ? { endDate: { gte: fromIsoDate(dates.endFrom) } } : {}),
  };
}

/**
 * One page of the visible classes within `dates`, newest first, each with the number of the
 * caller's candidates enrolled (`enrolled`) and of all its learners (`enrolledTotal`), and how many
 * classes match in all.
 */
export async function findCoursePage(scope: Scope, dates: CourseDates, page: { skip: number; take: number }) {
  const db = dbFor(scope);
  const where = datesWhere(dates);
  const [courses, total] = await Promise.all([
    db.course.findMany({
      where,
      orderBy: [{ startDate: "desc" }, { name: "asc" }],
      skip: page.skip,
      take: page.take,
      include: { unit: { select: { name: true } } },
    }),
    db.course.count({ where }),
  ]);
  const ids = courses.map((c) => c.id);
  const [mine, all] = await Promise.all([
    ids.length ? db.enrolment.groupBy({ by: ["courseId"], where: { courseId: { in: ids } }, _count: { _all: true } }) : [],
    countLearners(scope, ids),
  ]);
  const mineIn = new Map(mine.map((c) => [c.courseId, c._count._all]));
  return { items: courses.map((c) => ({ ...c, enrolled: mineIn.get(c.id) ?? 0, enrolledTotal: all.get(c.id) ?? 0 })), total };
}

/** The first and last start dates of the visible classes (null when there are none), for the year filter. */
export async function findCourseDateSpan(scope: Scope) {
  const span = await dbFor(scope).course.aggregate({ _min: { startDate: true }, _max: { startDate: true } });
  return { first: span._min.startDate, last: span._max.startDate };
}

/**
 * How many learners each visible class has, from every unit. Unscoped on purpose, and only for
 * classes the scoped client shows the caller: a class's head count is the organiser's public fact
 * (its page says "16 learners, 1 in your units"), while who the others are stays out of reach.
 */
export async function countLearners(scope: Scope, courseIds: string[]): Promise<Map<string, number>> {
  if (!courseIds.length) return new Map();
  const visible = await dbFor(scope).course.findMany({ where: { id: { in: courseIds } }, select: { id: true } });
  if (!visible.length) return new Map();
  const counts = await prisma.enrolment.groupBy({
    by: ["courseId"],
    where: { courseId: { in: visible.map((c) => c.id) } },
    _count: { _all: true },
  });
  return new Map(counts.map((c) => [c.courseId, c._count._all]));
}

/** One visible course with the enrolments of the caller's candidates only (others are not the caller's business). */
export async function findCourse(scope: Scope, id: string) {
  const db = dbFor(scope);
  const course = await db.course.findFirst({ where: { id }, include: { unit: { select: { name: true } } } });
  if (!course) return null;
  const enrolments = await db.enrolment.findMany({
    where: { courseId: course.id },
    orderBy: { candidate: { sortKey: "asc" } },
    include: { candidate: { select: { id: true, fullName: true, stage: true, unit: { select: { name: true } } } } },
  });
  return { ...course, enrolments };
}

/** The kind of a unit the caller may see, or null. */
export async function findUnitKind(scope: Scope, unitId: string) {
  return dbFor(scope).unit.findUnique({ where: { id: unitId }, select: { kind: true } });
}

/** A new course: NOT_FOUND for a unit the caller may not write. */
export async function insertCourse(scope: Scope, data: Prisma.CourseUncheckedCreateInput) {
  return dbFor(scope).course.create({ data });
}

/** Candidates at `stage` the caller may enrol, in name order (the first `take`), and how many there are in all. */
export async function findEnrolableAtStage(scope: Scope, stage: StageCode, take: number) {
  if (!mayWrite(scope)) return { items: [], total: 0 };
  const db = dbFor(scope);
  const where = { stage };
  const [items, total] = await Promise.all([
    db.candidate.findMany({ where, select: { id: true, fullName: true, unit: { select: { name: true } } }, orderBy: { sortKey: "asc" }, take }),
    db.candidate.count({ where }),
  ]);
  return { items, total };
}

/** A candidate the caller may enrol or record for, or null (outside the scope, read-only, or no such candidate). */
export async function findEnrolableCandidate(scope: Scope, id: string) {
  if (!mayWrite(scope)) return null;
  return dbFor(scope).candidate.findFirst({ where: { id }, select: { stage: true, version: true } });
}

/** Enrols a candidate (once): NOT_FOUND for a candidate the caller may not change. */
/** Enrols a candidate in a class (again: no change). Two identical enrolments at once: the second is a CONFLICT, never a database error. */
export async function upsertEnrolment(scope: Scope, courseId: string, candidateId: string) {
  try {
    await dbFor(scope).enrolment.upsert({ where: { courseId_candidateId: { courseId, candidateId } }, create: { courseId, candidateId }, update: {} });
  } catch (error) {
    if (uniqueViolationIndex(error)) throw conflict("STALE_VERSION");
    throw error;
  }
}

/** The enrolment of a candidate the caller may change, with the candidate's stage and version; null otherwise. */
export async function findEnrolment(scope: Scope, courseId: string, candidateId: string) {
  if (!mayWrite(scope)) return null;
  return dbFor(scope).enrolment.findFirst({ where: { courseId, candidateId }, include: { candidate: { select: { stage: true, version: true } } } });
}

export interface EnrolmentResultWrite {
  enrolmentId: string;
  candidateId: string;
  result: "PASSED" | "FAILED" | "ABSENT";
  certificateNumber: string | null | undefined;
  certificateDate: Date | null;
  certificateIssuer: string | null;
  /** A passed new-member course fills the dossier item C1 with its certificate. */
  fillsDossierC1: boolean;
}

/** The result, and the dossier item it fills, in one transaction: both or neither (NOT_FOUND outside what the caller may change). */
export async function saveEnrolmentResult(scope: Scope, w: EnrolmentResultWrite) {
  await dbFor(scope).$transaction(async (tx) => {
    await tx.enrolment.update({
      where: { id: w.enrolmentId },
      data: { result: w.result, certificateNumber: w.certificateNumber, certificateDate: w.certificateDate, certificateIssuer: w.certificateIssuer },
    });
    if (!w.fillsDossierC1) return;
    const data = { status: "RECEIVED" as const, number: w.certificateNumber, date: w.certificateDate };
    await tx.dossierItem.upsert({
      where: { candidateId_code: { candidateId: w.candidateId, code: "C1" } },
      create: { candidateId: w.candidateId, code: "C1", ...data },
      update: data,
    });
  });
}
