import { z } from "zod";
import { STAGES } from "@/lib/domain/stages";
import { ZCandidateFields } from "./candidate";
import { orRequired, zBool, zId, zOptionalDate, zOptionalText, zText } from "./common";
import { msg } from "./messages";
import { ZUnitCreate } from "./unit";

/**
 * One row of a candidate spreadsheet: the create form's own fields and rules (ZCandidateFields, so
 * an imported row is held to exactly what the form holds a person to), with the branch named by its
 * code and the stage the candidate is in. The stage's agreement with the dates is a domain rule
 * (lib/domain/import-rows.ts stageProblems).
 */
export const ZCandidateImportRow = ZCandidateFields.omit({ unitId: true })
  .extend({
    unitCode: zText(40),
    stage: z
      .enum(STAGES, { error: orRequired(msg("invalidOption")) })
      .nullish()
      .transform((v) => v ?? "SOURCE"),
    stageSince: zOptionalDate,
  })
  .strict();
export type TCandidateImportRow = z.output<typeof ZCandidateImportRow>;

const unit = ZUnitCreate.shape;
/** A roll figure: the unit form's rule; blank is 0. */
const count = (schema: typeof unit.officialMembers) => schema.transform((v) => v ?? 0);

/**
 * One row of a unit-tree spreadsheet (a bloc loading its 70–400 units at once): the unit form's
 * fields and rules (ZUnitCreate), with the parent named by its code. The roll is effective from the
 * import's date.
 */
export const ZUnitImportRow = z
  .object({
    code: unit.code,
    name: unit.name,
    kind: unit.kind,
    parentCode: zOptionalText(40),
    place: unit.place,
    officialMembers: count(unit.officialMembers),
    totalMembers: count(unit.totalMembers),
    committeeMembers: count(unit.committeeMembers),
    hasYouthUnion: zBool.default(false),
  })
  .strict()
  .refine((row) => row.totalMembers === 0 || row.totalMembers >= row.officialMembers, { message: msg("totalBelowOfficial"), path: ["totalMembers"] })
  // A blank total: the official members are all the members known.
  .transform((row) => ({ ...row, totalMembers: Math.max(row.totalMembers, row.officialMembers) }));
export type TUnitImportRow = z.output<typeof ZUnitImportRow>;

/** The import named in a commit's path. */
export const ZImportId = z.object({ importId: zId });
