import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { findUnitInScope } from "@/lib/db/units";
import { findCourseForPrint, type PrintSelection } from "@/lib/db/paperwork";
import type { ChecklistKind } from "@/lib/domain/print/checklist-papers";
import { foldVi } from "@/lib/domain/text";
import { notFound } from "@/lib/errors";
import type { TChecklistQuery } from "@/lib/validation/paperwork";

/** Where a print batch comes from; the page says so in its toolbar. */
export type BatchSource =
  { type: "candidate" } | { type: "class"; name: string } | { type: "ceremony"; unitName: string | null } | { type: "list"; unitName: string | null };

export interface ResolvedSelection {
  selection: PrintSelection;
  kind: ChecklistKind;
  source: BatchSource;
}

/**
 * A unit named in a print or export request: one of the caller's units, or NOT_FOUND. Unlike the
 * on-screen list (which shows an empty page), a paper about a foreign unit must not look like an
 * empty but genuine one.
 */
export async function unitOrNotFound(actor: Actor, unitId: string | undefined) {
  if (!unitId) return null;
  const unit = await findUnitInScope(actor.scope, unitId);
  if (!unit) throw notFound();
  return unit;
}

/** Turns a validated batch query into the candidates it covers; a foreign candidate, class or unit is NOT_FOUND. */
export async function resolveChecklistSelection(actor: Actor, query: TChecklistQuery): Promise<ResolvedSelection> {
  if (query.candidateId) {
    return { selection: { ids: [query.candidateId] }, kind: query.kind ?? "ADMISSION", source: { type: "candidate" } };
  }
  if (query.classId) {
    const course = await findCourseForPrint(actor.scope, query.classId);
    if (!course) throw notFound();
    return {
      selection: { courseId: course.id },
      kind: query.kind ?? (course.kind === "NEW_MEMBER" ? "CONVERSION" : "ADMISSION"),
      source: { type: "class", name: course.name },
    };
  }
  const unit = await unitOrNotFound(actor, query.unitId);
  const under = unit ? { path: unit.path } : undefined;
  if (query.ceremony) return { selection: { under, stages: ["CEREMONY"] }, kind: "ADMISSION", source: { type: "ceremony", unitName: unit?.name ?? null } };
  const search = query.q ? foldVi(query.q).replace(/[%_\\]/g, "") : undefined;
  return {
    selection: { under, stages: query.stage ? [query.stage] : undefined, search: search || undefined },
    kind: query.kind ?? (query.stage === "PROBATION" || query.stage === "OFFICIAL" ? "CONVERSION" : "ADMISSION"),
    source: { type: "list", unitName: unit?.name ?? null },
  };
}
