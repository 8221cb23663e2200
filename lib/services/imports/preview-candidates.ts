import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { existingUnitCodes, findUnitsInScopeByCode, superiorRunsTest, takenNationalIds, type ImportUnit } from "@/lib/db/imports";
import { CANDIDATE_UNIT_KINDS } from "@/lib/domain/codes";
import { CANDIDATE_COLUMNS, duplicatesInFile, rowInput, stageProblems, type RowProblem } from "@/lib/domain/import-rows";
import { pathFor } from "@/lib/domain/rules/flow";
import type { StageCode } from "@/lib/domain/stages";
import { todayVn } from "@/lib/time";
import { ZCandidateImportRow, type TCandidateImportRow } from "@/lib/validation/import";
import { candidateEnumLabels } from "./labels";
import {
  assertMayImport,
  checkHeader,
  schemaProblems,
  stamp,
  storable,
  storePreview,
  summarise,
  toStored,
  type PreviewResult,
  type Upload,
  type StoredProblem,
  type StoredRow,
} from "./preview-common";
import { readFirstSheet } from "./read-sheet";

/** A checked candidate row, as a commit writes it (dates ISO, the branch by id). */
export type CandidateImportData = Omit<TCandidateImportRow, "unitCode" | "stage" | "stageSince"> & {
  unitId: string;
  stage: StageCode;
  stageSince: string;
};

/**
 * The stamp of what a candidate preview was checked against: the branches its rows land in (as
 * they are now: a unit renamed, moved, re-kinded or deactivated changes it) and the national IDs
 * found free. A commit recomputes both and refuses (409) when either changed.
 */
export function candidateBasis(units: readonly ImportUnit[], nationalIds: readonly string[]): string {
  const unitState = [...units].sort((a, b) => a.id.localeCompare(b.id)).map((u) => [u.id, u.code, u.kind, u.path, u.version, u.updatedAt.getTime()]);
  return stamp({ units: unitState, ids: [...nationalIds].sort() });
}

/**
 * Reads a candidate spreadsheet and checks every row as the create form would (the same schema),
 * plus what a file adds: the branch named by its code must be one of the caller's, a national ID
 * may appear once in the file and must be new to the database (an existing candidate is reported,
 * never overwritten), and the stage must agree with the dates (lib/domain/import-rows.ts). Writes
 * the Import record (PREVIEWED) and its audit entry, nothing else.
 */
export async function previewCandidateImport({
  actor,
  file: upload,
  today = todayVn(),
}: {
  actor: Actor;
  file: Upload;
  today?: string;
}): Promise<PreviewResult> {
  assertMayImport(actor, "CANDIDATES");
  // The body is read only once the caller is known to be allowed (route handlers pass a reader).
  const file = typeof upload === "function" ? await upload() : upload;
  const sheet = await readFirstSheet(file.bytes);
  const { byIndex, headerOf } = checkHeader(sheet, CANDIDATE_COLUMNS);
  const enums = candidateEnumLabels();

  const parsed = sheet.rows.map(({ number, cells }) => {
    const input = rowInput(cells, byIndex, enums);
    const result = ZCandidateImportRow.safeParse(input);
    const problems = result.success ? [] : schemaProblems(result.error);
    // The fields the file-wide checks need, each on its own when another cell of the row is wrong:
    // a row shows all its problems at once, not one round of corrections at a time.
    const field = <K extends keyof TCandidateImportRow>(key: K): TCandidateImportRow[K] | undefined => {
      if (result.success) return result.data[key];
      if (problems.some((p) => p.field === key)) return undefined;
      const single = ZCandidateImportRow.shape[key].safeParse(input[key]);
      return single.success ? (single.data as TCandidateImportRow[K]) : undefined;
    };
    return {
      number,
      input,
      data: result.success ? result.data : null,
      problems,
      unitCode: field("unitCode"),
      nationalId: field("nationalId") ?? null,
      stage: field("stage"),
      stageSince: field("stageSince"),
      birthDate: field("birthDate"),
    };
  });

  // The branches named, as the caller's scope holds them, and which other codes exist at all.
  const codes = [...new Set(parsed.flatMap((r) => (r.unitCode ? [r.unitCode] : [])))];
  const inScope = new Map((await findUnitsInScopeByCode(actor.scope, codes)).map((u) => [u.code, u]));
  const elsewhere = await existingUnitCodes(codes.filter((c) => !inScope.has(c)));
  const branches = [...inScope.values()].filter((u) => actor.scope.writable.has(u.id) && CANDIDATE_UNIT_KINDS.includes(u.kind));
  const runsTest = await superiorRunsTest(actor.scope, branches);

  const nationalIds = parsed.map((r) => r.nationalId);
  const repeats = duplicatesInFile(nationalIds);
  const taken = await takenNationalIds([...new Set(nationalIds.filter((v): v is string => v !== null))]);

  const rows: StoredRow<CandidateImportData>[] = parsed.map((r, index) => {
    const label = typeof r.input.fullName === "string" ? storable(r.input.fullName.trim()) : null;
    const more: RowProblem[] = [];
    const unit = r.unitCode ? inScope.get(r.unitCode) : undefined;
    if (r.unitCode && !unit) {
      const foreign = elsewhere.has(r.unitCode);
      more.push({
        field: "unitCode",
        code: foreign ? "UNIT_OUT_OF_SCOPE" : "UNKNOWN_UNIT",
        messageKey: foreign ? "imports.problem.UNIT_OUT_OF_SCOPE" : "imports.problem.UNKNOWN_UNIT",
        params: { code: r.unitCode },
      });
    } else if (unit && !actor.scope.writable.has(unit.id)) {
      more.push({ field: "unitCode", code: "UNIT_OUT_OF_SCOPE", messageKey: "imports.problem.UNIT_OUT_OF_SCOPE", params: { code: unit.code } });
    } else if (unit && !CANDIDATE_UNIT_KINDS.includes(unit.kind)) {
      more.push({ field: "unitCode", code: "UNIT_NOT_BRANCH", messageKey: "imports.problem.UNIT_NOT_BRANCH", params: { code: unit.code } });
    }
    const first = repeats.get(index);
    if (first !== undefined) {
      more.push({ field: "nationalId", code: "DUPLICATE_IN_FILE", messageKey: "imports.problem.DUPLICATE_IN_FILE", params: { row: parsed[first]!.number } });
    } else if (r.nationalId && taken.has(r.nationalId)) {
      more.push({ field: "nationalId", code: "EXISTS", messageKey: "imports.problem.EXISTS_NATIONAL_ID" });
    }
    const branch = unit && actor.scope.writable.has(unit.id) && CANDIDATE_UNIT_KINDS.includes(unit.kind) ? unit : null;
    if (branch && r.stage && r.birthDate && r.stageSince !== undefined) {
      const path = pathFor({
        kind: branch.kind === "GRASSROOTS_BRANCH" ? "GRASSROOTS_BRANCH" : "BRANCH",
        superiorRunsTest: runsTest.get(branch.id) ?? false,
        officialMembers: 0,
        hasYouthUnion: false,
        partialCommitteeExists: false,
        grassrootsCommitteeMembers: 0,
      });
      more.push(...stageProblems({ stage: r.stage, stageSince: r.stageSince, birthDate: r.birthDate, today, path }));
    }
    const problems: StoredProblem[] = [...r.problems, ...more.map(toStored)];
    if (problems.length || !r.data || !branch) return { row: r.number, label, problems, data: null };
    const { unitCode: _code, stageSince, ...fields } = r.data;
    void _code;
    return { row: r.number, label, problems, data: { ...fields, unitId: branch.id, stage: r.data.stage, stageSince: stageSince ?? today } };
  });

  const summary = summarise(rows, headerOf, sheet.sheetName);
  const usedUnits = branches.filter((u) => rows.some((r) => r.data?.unitId === u.id));
  const freeIds = rows.flatMap((r) => (r.data?.nationalId ? [r.data.nationalId] : []));
  const importId = await storePreview(actor, "CANDIDATES", file.name, rows, summary, candidateBasis(usedUnits, freeIds));
  return {
    importId,
    kind: "CANDIDATES",
    fileName: file.name,
    status: "PREVIEWED",
    rows: rows.map(({ row, label, problems }) => ({ row, label, problems })),
    summary,
  };
}
