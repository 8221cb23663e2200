import "server-only";
import type { Scope } from "@/lib/auth/scope-rules";
import type { StageCode } from "@/lib/domain/stages";
import { unitIdsOnPath } from "@/lib/domain/unit-path";
import type { Prisma } from "./generated/client";
import { dbFor } from "./scoped";

/**
 * Reads for printed papers and exports. Every query goes through the caller's scoped client: a
 * candidate, class or unit outside the scope is simply not there.
 */

/** Which candidates a batch or an export covers: a unit's subtree, stages, a folded name, or a class's enrolments. */
export interface PrintSelection {
  ids?: readonly string[];
  under?: { path: string };
  stages?: readonly StageCode[];
  /** Folded search text (lib/domain/text.ts foldVi). */
  search?: string;
  courseId?: string;
}

export function selectionWhere(s: PrintSelection): Prisma.CandidateWhereInput {
  return {
    ...(s.ids ? { id: { in: [...s.ids] } } : {}),
    ...(s.under ? { unit: { path: { startsWith: s.under.path } } } : {}),
    ...(s.stages ? { stage: { in: [...s.stages] } } : {}),
    ...(s.search ? { searchName: { contains: s.search } } : {}),
    ...(s.courseId ? { enrolments: { some: { courseId: s.courseId } } } : {}),
  };
}

export async function countSelection(scope: Scope, s: PrintSelection): Promise<number> {
  return dbFor(scope).candidate.count({ where: selectionWhere(s) });
}

const paperworkInclude = {
  unit: { select: { id: true, name: true, kind: true, path: true, place: true, hasYouthUnion: true, officialMembers: true } },
  dossierItems: true,
  enrolments: { where: { certificateDate: { not: null } }, include: { course: { select: { kind: true } } }, orderBy: { certificateDate: "desc" } },
  verifications: { orderBy: { requestedOn: "desc" }, take: 1 },
  introducers: { orderBy: { documentDate: "asc" } },
  resolutions: { orderBy: { date: "asc" } },
  decisions: { orderBy: { date: "asc" } },
  ceremony: true,
  // Who last marked papers checked: named under "NGƯỜI KIỂM TRA" on the printed checklist.
  events: { where: { kind: "DOSSIER" }, orderBy: { id: "desc" }, take: 40, select: { changes: true, at: true, actor: { select: { fullName: true } } } },
} satisfies Prisma.CandidateInclude;

export type PaperworkCandidateRow = Prisma.CandidateGetPayload<{ include: typeof paperworkInclude }>;

/** The candidates of a selection with every record their papers come from, in roll order (given name first is sorted later). */
export async function findPaperworkCandidates(scope: Scope, s: PrintSelection, take: number): Promise<PaperworkCandidateRow[]> {
  return dbFor(scope).candidate.findMany({ where: selectionWhere(s), include: paperworkInclude, orderBy: [{ sortKey: "asc" }, { id: "asc" }], take });
}

/** The units on the given units' paths (names, kinds, places), for the print header's issuer, superior and place. */
export async function findUnitsOnPaths(scope: Scope, paths: readonly string[]) {
  const ids = [...new Set(paths.flatMap(unitIdsOnPath))];
  return dbFor(scope).unit.findMany({ where: { id: { in: ids } }, select: { id: true, name: true, kind: true, place: true, parentId: true } });
}

/** A class the caller can see (their own units' or a committee's above), with its unit. */
export async function findCourseForPrint(scope: Scope, courseId: string) {
  return dbFor(scope).course.findFirst({
    where: { id: courseId },
    select: { id: true, kind: true, name: true, startDate: true, endDate: true, location: true, unit: { select: { id: true, path: true } } },
  });
}

/** Candidates admitted by decisions dated in [from, to], with what the national member record sheet needs. */
export async function findAdmittedInRange(scope: Scope, range: { from: Date; to: Date }, under?: { path: string }) {
  return dbFor(scope).candidate.findMany({
    where: { ...selectionWhere({ under }), decisions: { some: { kind: "ADMISSION", date: { gte: range.from, lte: range.to } } } },
    include: {
      unit: { select: { name: true } },
      decisions: { where: { kind: { in: ["ADMISSION", "CONVERSION"] } }, orderBy: { date: "asc" } },
      ceremony: true,
    },
    orderBy: [{ sortKey: "asc" }, { id: "asc" }],
  });
}
