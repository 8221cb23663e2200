import { z } from "zod";
import { CHECKLIST_KINDS } from "@/lib/domain/print/checklist-papers";
import { STAGES } from "@/lib/domain/stages";
import { zChoice, zCleanString, zId } from "./common";
import { msg } from "./messages";
import { zPeriod } from "./quota";

const zStage = zChoice(STAGES);
/** A form's "all units" option sends an empty value: the same as no value. */
const blankAsAbsent = <S extends z.ZodType>(schema: S) => z.preprocess((v) => (v === "" ? undefined : v), schema.optional());
const zUnitFilter = blankAsAbsent(zId);
const zSearch = zCleanString().max(100, msg("tooLong", { max: 100 }));

/** The candidate list's filters (unit subtree, stage, name), shared by the batch print and the export. */
export const ZListFilters = z.object({ unitId: zUnitFilter, stage: blankAsAbsent(zStage), q: blankAsAbsent(zSearch) });

/**
 * A print batch of dossier checklists, from exactly one source: one candidate, a class's
 * enrolments, a ceremony (decisions awaiting their ceremony, under a unit) or the candidate list as
 * filtered on screen. The kind defaults to the admission file (a new-member class's to the conversion file).
 */
export const ZChecklistQuery = ZListFilters.extend({
  kind: z.enum(CHECKLIST_KINDS, { error: msg("invalidOption") }).optional(),
  candidateId: zId.optional(),
  classId: zId.optional(),
  ceremony: z.literal("1", { error: msg("invalidOption") }).optional(),
}).superRefine((q, ctx) => {
  // One source: a candidate or a class stands alone; a ceremony takes a unit but no stage or name.
  const extra = q.candidateId
    ? ["classId", "ceremony", "unitId", "stage", "q"]
    : q.classId
      ? ["ceremony", "unitId", "stage", "q"]
      : q.ceremony
        ? ["stage", "q"]
        : [];
  for (const key of extra) if (q[key as keyof typeof q] !== undefined) ctx.addIssue({ code: "custom", path: [key], message: msg("oneSource") });
});
export type TChecklistQuery = z.output<typeof ZChecklistQuery>;

/** "2026-12": a calendar month. */
export const zMonth = z.string({ error: msg("required") }).regex(/^(19|20)\d\d-(0[1-9]|1[0-2])$/, msg("monthFormat"));

/** The printable lists' parameters; which are needed depends on the list (lib/services/paperwork/lists.ts). */
export const ZListQuery = z.object({
  unitId: zUnitFilter,
  classId: blankAsAbsent(zId),
  month: blankAsAbsent(zMonth),
  format: z.enum(["xlsx"], { error: msg("invalidOption") }).optional(),
});

export const ZCandidateExportQuery = ZListFilters.extend({
  format: z.enum(["xlsx", "csv"], { error: msg("invalidOption") }).default("xlsx"),
});

export const ZAdmittedMembersQuery = z.object({
  period: zPeriod,
  unitId: zUnitFilter,
  format: z.enum(["xlsx"], { error: msg("invalidOption") }).default("xlsx"),
});
