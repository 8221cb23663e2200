import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { canWrite } from "@/lib/auth/scope-rules";
import { prisma } from "@/lib/db/client";
import { forbidden, notFound, validationFailed } from "@/lib/errors";
import { fromIsoDate, toIsoDate } from "@/lib/time";
import { zId } from "@/lib/validation/common";
import { ZCourseCreate } from "@/lib/validation/course";
import { msg } from "@/lib/validation/messages";
import { parseOrThrow } from "@/lib/validation/parse";

/**
 * Courses are run by committees; everyone sees the courses of the units in their scope and of the
 * committees above them (a branch secretary enrols people in the bloc's class).
 */
async function visibleOrganizerIds(actor: Actor): Promise<string[] | undefined> {
  if (actor.scope.everything) return undefined;
  const home = await prisma.unit.findUnique({ where: { id: actor.unitId }, select: { path: true } });
  const ancestors = (home?.path ?? "").split("/").filter(Boolean);
  return [...new Set([...ancestors, ...actor.scope.readable])];
}

export async function listCourses({ actor }: { actor: Actor }) {
  const ids = await visibleOrganizerIds(actor);
  const courses = await prisma.course.findMany({
    where: ids ? { unitId: { in: ids } } : {},
    orderBy: { startDate: "desc" },
    take: 200,
    include: { unit: { select: { name: true } }, _count: { select: { enrolments: true } } },
  });
  return {
    items: courses.map((c) => ({ id: c.id, kind: c.kind, name: c.name, unitId: c.unitId, unitName: c.unit.name, startDate: toIsoDate(c.startDate), endDate: toIsoDate(c.endDate), issuer: c.issuer, location: c.location, enrolled: c._count.enrolments })),
  };
}

export async function createCourse({ actor, input }: { actor: Actor; input: unknown }) {
  if (!can(actor.role, "committee.record")) throw forbidden();
  const data = parseOrThrow(ZCourseCreate, input);
  if (!canWrite(actor.scope, data.unitId)) throw validationFailed([{ path: "unitId", message: msg("unitOutOfScope") }]);
  const unit = await prisma.unit.findUnique({ where: { id: data.unitId }, select: { kind: true } });
  if (!unit || unit.kind === "BRANCH") throw validationFailed([{ path: "unitId", message: msg("invalidOption") }]);
  const course = await prisma.course.create({ data: { ...data, startDate: fromIsoDate(data.startDate), endDate: fromIsoDate(data.endDate) } });
  return getCourse({ actor, id: course.id });
}

export async function getCourse({ actor, id }: { actor: Actor; id: string }) {
  if (!zId.safeParse(id).success) throw notFound();
  const ids = await visibleOrganizerIds(actor);
  const course = await prisma.course.findFirst({
    where: { id, ...(ids ? { unitId: { in: ids } } : {}) },
    include: { unit: { select: { name: true } }, enrolments: { include: { candidate: { select: { id: true, fullName: true, stage: true, unitId: true, unit: { select: { name: true } } } } } } },
  });
  if (!course) throw notFound();
  const readable = (unitId: string) => actor.scope.everything || actor.scope.readable.has(unitId);
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
    // Only the enrolments of candidates the caller may see.
    enrolments: course.enrolments
      .filter((e) => readable(e.candidate.unitId))
      .map((e) => ({
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
