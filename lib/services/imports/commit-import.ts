import "server-only";
import { randomUUID } from "node:crypto";
import type { Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/db/audit";
import {
  claimImport,
  existingUnitCodes,
  findOwnImport,
  insertImportedCandidates,
  insertImportedUnits,
  isUniqueViolation,
  takenNationalIds,
  unitsById,
  type ImportedCandidate,
  type ImportedUnit,
  type ImportRecord,
} from "@/lib/db/imports";
import { dbFor } from "@/lib/db/scoped";
import { CANDIDATE_UNIT_KINDS } from "@/lib/domain/codes";
import { ruleSetFor } from "@/lib/domain/rules/rule-sets";
import { foldVi, viSortKey } from "@/lib/domain/text";
import { AppError, conflict, notFound, type ErrorDetail } from "@/lib/errors";
import { fromIsoDate, todayVn } from "@/lib/time";
import { ZImportId } from "@/lib/validation/import";
import { msg } from "@/lib/validation/messages";
import { candidateBasis, type CandidateImportData } from "./preview-candidates";
import { assertMayImport, type ImportKindCode, type ImportSummary, type StoredRow } from "./preview-common";
import { unitBasis, type UnitImportData } from "./preview-units";

export interface CommitResult {
  importId: string;
  kind: ImportKindCode;
  status: "COMMITTED";
  created: number;
}

/** A commit runs 10,000 inserts and their triggers: far past the default 5-second transaction. */
const COMMIT_TX = { maxWait: 10_000, timeout: 180_000 };

const stale = (details: ErrorDetail[]) => new AppError("CONFLICT", "IMPORT_STALE", details.slice(0, 100), { count: details.length });

/**
 * Writes a previewed import, all rows or none, in one transaction. Refused: an import that is not
 * the caller's own (404, whatever its scope), a unit import by a role that may not import units
 * (403), one already committed (409), a preview with any problem (422: only a clean preview
 * commits), and one whose basis changed since the preview (409: a national ID now taken, a branch
 * or parent unit edited, moved or gone, a unit code now taken) — nothing is written then.
 */
export async function commitImport({ actor, input, today = todayVn() }: { actor: Actor; input: unknown; today?: string }): Promise<CommitResult> {
  const parsed = ZImportId.safeParse(input);
  if (!parsed.success) throw notFound();
  const record = await findOwnImport(actor.scope, actor.userId, parsed.data.importId);
  if (!record) throw notFound();
  assertMayImport(actor, record.kind);
  if (record.status === "COMMITTED") throw conflict("IMPORT_ALREADY_COMMITTED");
  const summary = record.summary as unknown as ImportSummary;
  if (summary.invalid > 0) {
    throw new AppError(
      "VALIDATION_FAILED",
      "IMPORT_HAS_ERRORS",
      [{ path: "rows", code: "PREVIEW_HAS_ERRORS", message: msg("errors.IMPORT_HAS_ERRORS", { count: summary.invalid }) }],
      {
        count: summary.invalid,
      },
    );
  }
  const created = record.kind === "CANDIDATES" ? await commitCandidates(actor, record, today) : await commitUnits(actor, record, today);
  return { importId: record.id, kind: record.kind, status: "COMMITTED", created };
}

async function commitCandidates(actor: Actor, record: ImportRecord, today: string): Promise<number> {
  const rows = (record.rows as unknown as StoredRow<CandidateImportData>[]).filter((r) => r.data !== null);
  const ids = new Map<string, number>();
  const candidates: ImportedCandidate[] = rows.map((r) => {
    const d = r.data!;
    const id = randomUUID();
    ids.set(id, r.row);
    return {
      id,
      unitId: d.unitId,
      fullName: d.fullName,
      searchName: foldVi(d.fullName),
      sortKey: viSortKey(d.fullName),
      sex: d.sex,
      birthDate: d.birthDate,
      ethnicity: d.ethnicity,
      religion: d.religion,
      educationLevel: d.educationLevel,
      generalEducation: d.generalEducation,
      occupationGroup: d.occupationGroup,
      occupation: d.occupation,
      youthUnionMember: d.youthUnionMember,
      tradeUnionMember: d.tradeUnionMember,
      returningConscript: d.returningConscript,
      readmission: d.readmission,
      nationalId: d.nationalId,
      phone: d.phone,
      residence: d.residence,
      hometown: d.hometown,
      note: d.note,
      stage: d.stage,
      stageSince: d.stageSince,
      // The rule set in force on the earliest date the file gives for the candidate.
      ruleSetCode: ruleSetFor(d.stageSince).code,
    };
  });
  const nationalIds = candidates.flatMap((c) => (c.nationalId ? [c.nationalId] : []));
  const unitIds = [...new Set(candidates.map((c) => c.unitId))];

  await dbFor(actor.scope)
    .$transaction(async (tx) => {
      if (!(await claimImport(tx, record.id))) throw conflict("IMPORT_ALREADY_COMMITTED");
      // What the preview was checked against, as it is now (inside the transaction, after the claim).
      const units = await unitsById(actor.scope, unitIds);
      const taken = await takenNationalIds(nationalIds);
      if (
        candidateBasis(
          units,
          nationalIds.filter((n) => !taken.has(n)),
        ) !== record.basis ||
        taken.size > 0
      ) {
        const present = new Set(units.filter((u) => actor.scope.writable.has(u.id) && CANDIDATE_UNIT_KINDS.includes(u.kind)).map((u) => u.id));
        throw stale([
          ...rows
            .filter((r) => r.data!.nationalId && taken.has(r.data!.nationalId))
            .map((r) => ({ path: `rows.${r.row}.nationalId`, code: "EXISTS", message: msg("imports.problem.EXISTS_NATIONAL_ID") })),
          ...rows
            .filter((r) => !present.has(r.data!.unitId))
            .map((r) => ({ path: `rows.${r.row}.unitCode`, code: "UNIT_CHANGED", message: msg("imports.problem.UNIT_CHANGED") })),
          ...(taken.size === 0 && units.every((u) => present.has(u.id))
            ? [{ path: "rows", code: "UNIT_CHANGED", message: msg("imports.problem.UNIT_CHANGED") }]
            : []),
        ]);
      }
      await insertImportedCandidates(tx, actor.scope, candidates, { actorId: actor.userId, importId: record.id, rowOf: (id) => ids.get(id)! });
      await recordAudit(tx, {
        actorId: actor.userId,
        kind: "IMPORT",
        action: "COMMITTED",
        unitId: actor.unitId,
        entityId: record.id,
        changes: { kind: record.kind, fileName: record.fileName, created: candidates.length, units: unitIds.length, today },
      });
    }, COMMIT_TX)
    .catch(rethrowRace);
  return candidates.length;
}

async function commitUnits(actor: Actor, record: ImportRecord, today: string): Promise<number> {
  const rows = (record.rows as unknown as StoredRow<UnitImportData>[]).filter((r) => r.data !== null);
  const byRow = new Map(rows.map((r) => [r.row, r]));
  const parentIds = [...new Set(rows.flatMap((r) => (r.data!.parentId ? [r.data!.parentId] : [])))];
  const codes = rows.map((r) => r.data!.code);

  let created = 0;
  await dbFor(actor.scope)
    .$transaction(async (tx) => {
      if (!(await claimImport(tx, record.id))) throw conflict("IMPORT_ALREADY_COMMITTED");
      const parents = await unitsById(actor.scope, parentIds);
      const taken = await existingUnitCodes(codes);
      const writableParents = parents.filter((p) => actor.scope.writable.has(p.id));
      if (unitBasis(codes, writableParents) !== record.basis || taken.size > 0 || writableParents.length !== parentIds.length) {
        const present = new Set(writableParents.map((p) => p.id));
        throw stale([
          ...rows
            .filter((r) => taken.has(r.data!.code))
            .map((r) => ({ path: `rows.${r.row}.code`, code: "EXISTS", message: msg("imports.problem.EXISTS_UNIT_CODE", { code: r.data!.code }) })),
          ...rows
            .filter((r) => r.data!.parentId && !present.has(r.data!.parentId))
            .map((r) => ({ path: `rows.${r.row}.parentCode`, code: "UNIT_CHANGED", message: msg("imports.problem.UNIT_CHANGED") })),
          ...(taken.size === 0 ? [{ path: "rows", code: "UNIT_CHANGED", message: msg("imports.problem.UNIT_CHANGED") }] : []),
        ]);
      }
      // Ids, paths and depths: an existing parent's, or (recursively) the parent row's.
      const parentById = new Map(parents.map((p) => [p.id, p]));
      const placed = new Map<number, ImportedUnit>();
      const place = (row: number): ImportedUnit => {
        const known = placed.get(row);
        if (known) return known;
        const d = byRow.get(row)!.data!;
        const id = randomUUID();
        const fileParent = d.parentRow !== null ? place(d.parentRow) : null;
        const existingParent = d.parentId ? parentById.get(d.parentId)! : null;
        const above = fileParent ?? existingParent;
        const unit: ImportedUnit = {
          id,
          code: d.code,
          name: d.name,
          kind: d.kind,
          parentId: above?.id ?? null,
          path: `${above?.path ?? "/"}${id}/`,
          depth: fileParent ? fileParent.depth + 1 : existingParent ? pathDepth(existingParent.path) + 1 : 0,
          place: d.place,
          officialMembers: d.officialMembers,
          totalMembers: d.totalMembers,
          committeeMembers: d.committeeMembers,
          hasYouthUnion: d.hasYouthUnion,
        };
        placed.set(row, unit);
        return unit;
      };
      const units = rows.map((r) => place(r.row));
      await insertImportedUnits(
        tx,
        units,
        { effectiveFrom: fromIsoDate(today), actorId: actor.userId, note: `import ${record.id}` },
        { actorId: actor.userId, importId: record.id },
      );
      await recordAudit(tx, {
        actorId: actor.userId,
        kind: "IMPORT",
        action: "COMMITTED",
        unitId: actor.unitId,
        entityId: record.id,
        changes: { kind: record.kind, fileName: record.fileName, created: units.length, codes: units.slice(0, 50).map((u) => u.code), today },
      });
      created = units.length;
    }, COMMIT_TX)
    .catch(rethrowRace);
  return created;
}

/** Depth of a unit from its materialised path ("/root/child/" is depth 1). */
function pathDepth(path: string): number {
  return path.split("/").filter(Boolean).length - 1;
}

/** A national ID or unit code taken between the check and the insert (a race lost): the same 409 as a stale preview. */
function rethrowRace(error: unknown): never {
  if (isUniqueViolation(error)) throw stale([{ path: "rows", code: "EXISTS", message: msg("imports.problem.RACE") }]);
  throw error;
}
