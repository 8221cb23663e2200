import "server-only";
import { prisma } from "./client";
import { inScope, type ScopeWhere } from "./scope-filter";
import type { Prisma } from "./generated/client";
import type { Scope } from "@/lib/auth/scope-rules";
import type { StageCode } from "@/lib/domain/stages";
import { unitIdsOnPath } from "@/lib/domain/unit-path";

/**
 * The candidates a scope may change. Scopes are all-or-nothing for writing (a viewer reads a subtree
 * and writes none of it), so this is the scope filter or nothing; a candidate the caller may not
 * change is then simply not found, like one outside the scope.
 */
export function writableScope(scope: Scope): ScopeWhere {
  return scope.writable.size > 0 ? inScope(scope) : { unitId: { in: [] } };
}

async function homePath(scope: Scope, homeUnitId: string): Promise<string> {
  if (scope.subtreePath) return scope.subtreePath;
  // Only when the scope was built without the path: look it up rather than guess.
  const home = await prisma.unit.findUnique({ where: { id: homeUnitId }, select: { path: true } });
  return home?.path ?? "";
}

/**
 * Courses are run by committees; a caller sees the courses of the units in their scope and of the
 * committees above them (a branch secretary enrols people in the bloc's class). Both halves are
 * short: the subtree is one path prefix and the committees above are the few ids on the home path,
 * never the list of every readable unit (5,000 ids at province scale).
 */
async function visibleCourses(scope: Scope, homeUnitId: string): Promise<Prisma.CourseWhereInput> {
  if (scope.everything) return {};
  const above = unitIdsOnPath(await homePath(scope, homeUnitId));
  return { OR: [inScope(scope), { unitId: { in: above } }] };
}

export async function findCourses(scope: Scope, homeUnitId: string, take: number) {
  return prisma.course.findMany({
    where: await visibleCourses(scope, homeUnitId),
    orderBy: { startDate: "desc" },
    take,
    include: { unit: { select: { name: true } }, _count: { select: { enrolments: true } } },
  });
}

/** One visible course with the enrolments of the candidates in the scope only (others are not the caller's business). */
export async function findCourse(scope: Scope, homeUnitId: string, id: string) {
  return prisma.course.findFirst({
    where: { id, ...(await visibleCourses(scope, homeUnitId)) },
    include: {
      unit: { select: { name: true } },
      enrolments: {
        where: { candidate: inScope(scope) },
        include: { candidate: { select: { id: true, fullName: true, stage: true, unit: { select: { name: true } } } } },
      },
    },
  });
}

export async function findUnitKind(unitId: string) {
  return prisma.unit.findUnique({ where: { id: unitId }, select: { kind: true } });
}

export async function insertCourse(data: Prisma.CourseUncheckedCreateInput) {
  return prisma.course.create({ data });
}

/** Candidates at `stage` the caller may enrol, in name order. */
export async function findEnrolableAtStage(scope: Scope, stage: StageCode, take: number) {
  return prisma.candidate.findMany({
    where: { ...writableScope(scope), stage },
    select: { id: true, fullName: true, unit: { select: { name: true } } },
    orderBy: { sortKey: "asc" },
    take,
  });
}

/** A candidate the caller may enrol or record for, or null (outside the scope, read-only, or no such candidate). */
export async function findEnrolableCandidate(scope: Scope, id: string) {
  return prisma.candidate.findFirst({ where: { id, ...writableScope(scope) }, select: { stage: true, version: true } });
}

export async function upsertEnrolment(courseId: string, candidateId: string) {
  await prisma.enrolment.upsert({ where: { courseId_candidateId: { courseId, candidateId } }, create: { courseId, candidateId }, update: {} });
}

/** The enrolment of a candidate the caller may change, with the candidate's stage and version; null otherwise. */
export async function findEnrolment(scope: Scope, courseId: string, candidateId: string) {
  return prisma.enrolment.findFirst({
    where: { courseId, candidateId, candidate: writableScope(scope) },
    include: { candidate: { select: { stage: true, version: true } } },
  });
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

/** The result, and the dossier item it fills, in one transaction: both or neither. */
export async function saveEnrolmentResult(w: EnrolmentResultWrite) {
  await prisma.$transaction(async (tx) => {
    await tx.enrolment.update({ where: { id: w.enrolmentId }, data: { result: w.result, certificateNumber: w.certificateNumber, certificateDate: w.certificateDate, certificateIssuer: w.certificateIssuer } });
    if (!w.fillsDossierC1) return;
    const data = { status: "RECEIVED" as const, number: w.certificateNumber, date: w.certificateDate };
    await tx.dossierItem.upsert({ where: { candidateId_code: { candidateId: w.candidateId, code: "C1" } }, create: { candidateId: w.candidateId, code: "C1", ...data }, update: data });
  });
}
