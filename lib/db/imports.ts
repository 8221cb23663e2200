import "server-only";
import { randomUUID } from "node:crypto";
import type { Scope } from "@/lib/auth/scope-rules";
import type { UnitKindCode } from "@/lib/domain/codes";
import { unitIdsOnPath } from "@/lib/domain/unit-path";
import { notFound } from "@/lib/errors";
import { recordAudit, type AuditEntry } from "./audit";
import { prisma } from "./client";
import { Prisma } from "./generated/client";
import { uniqueViolationIndex } from "./errors";
import { unitsInScope } from "./scope-filter";
import { dbFor, rawConnectionOf, type ScopedTx } from "./scoped";

/**
 * The queries of spreadsheet imports (lib/services/imports). Lookups are batched, one query per
 * kind of check whatever the number of rows: a 10,000-row file is a handful of round trips, not
 * 10,000. The few unscoped ones say why (existence across the whole database of values that are
 * unique there: national IDs and unit codes).
 */

const BATCH = 1000;

function* chunks<T>(items: readonly T[], size = BATCH): Generator<T[]> {
  for (let i = 0; i < items.length; i += size) yield items.slice(i, i + size);
}

/** A unit as an import reads it: enough to place a row and to stamp what the preview checked. */
export interface ImportUnit {
  id: string;
  code: string;
  name: string;
  kind: UnitKindCode;
  path: string;
  version: number;
  updatedAt: Date;
}

const importUnitSelect = { id: true, code: true, name: true, kind: true, path: true, version: true, updatedAt: true } as const;

/** Active units of the caller's subtree with these codes. */
export async function findUnitsInScopeByCode(scope: Scope, codes: readonly string[]): Promise<ImportUnit[]> {
  if (codes.length === 0) return [];
  return dbFor(scope).unit.findMany({ where: { AND: [unitsInScope(scope), { code: { in: [...codes] } }] }, select: importUnitSelect });
}

/**
 * Which of these codes any unit has, anywhere. Unscoped on purpose, like the unique index on the
 * code: a code taken outside the caller's units is still taken (only the codes come back).
 */
export async function existingUnitCodes(codes: readonly string[]): Promise<Set<string>> {
  if (codes.length === 0) return new Set();
  const rows = await prisma.$queryRaw<{ code: string }[]>`SELECT code FROM "Unit" WHERE code = ANY(${[...codes]}::text[])`;
  return new Set(rows.map((r) => r.code));
}

/**
 * Whether each unit's superior committee (the nearest one above it) runs an awareness test
 * council: the AWARENESS_TEST stage exists only there. Read through the scope, which reaches the
 * committees above the caller's home unit.
 */
export async function superiorRunsTest(scope: Scope, units: readonly { id: string; path: string }[]): Promise<Map<string, boolean>> {
  const ancestorIds = [...new Set(units.flatMap((u) => unitIdsOnPath(u.path)))];
  const rows = ancestorIds.length
    ? await dbFor(scope).unit.findMany({ where: { id: { in: ancestorIds } }, select: { id: true, kind: true, runsAwarenessTest: true } })
    : [];
  const byId = new Map(rows.map((r) => [r.id, r]));
  return new Map(
    units.map((u) => {
      const superior = unitIdsOnPath(u.path)
        .slice(0, -1)
        .map((id) => byId.get(id))
        .filter((a) => a?.kind === "SUPERIOR_COMMITTEE")
        .at(-1);
      return [u.id, superior?.runsAwarenessTest ?? false];
    }),
  );
}

/**
 * Which of these national IDs a candidate already holds. Unscoped on purpose: the number is unique
 * in the whole database, whoever's unit holds it, and only the numbers come back.
 */
export async function takenNationalIds(nationalIds: readonly string[]): Promise<Set<string>> {
  const taken = new Set<string>();
  for (const batch of chunks(nationalIds, 5000)) {
    const rows = await prisma.$queryRaw<{ nationalId: string }[]>`SELECT "nationalId" FROM "Candidate" WHERE "nationalId" = ANY(${batch}::text[])`;
    for (const r of rows) taken.add(r.nationalId);
  }
  return taken;
}

/** The units (by id) as the scope sees them now: what a commit compares with the preview's stamp. */
export async function unitsById(scope: Scope, ids: readonly string[]): Promise<ImportUnit[]> {
  if (ids.length === 0) return [];
  return dbFor(scope).unit.findMany({ where: { AND: [unitsInScope(scope), { id: { in: [...ids] } }] }, select: importUnitSelect });
}

// ── The import record ──────────────────────────────────────────────────────────────────────────

export interface NewImport {
  kind: "CANDIDATES" | "UNITS";
  unitId: string;
  actorId: string;
  fileName: string;
  rows: Prisma.InputJsonValue;
  summary: Prisma.InputJsonValue;
  basis: string;
}

/**
 * Stores a preview (nothing else is written) and its PREVIEWED audit entry, in one transaction. The
 * rows go in as one JSON text parameter: 10,000 rows are a few megabytes, which Prisma's own JSON
 * handling takes tens of seconds over. Raw SQL, so the scope's write check is made here: the
 * import belongs to a unit the caller may write (their home unit).
 */
export async function savePreview(scope: Scope, data: NewImport, audit: Omit<AuditEntry, "entityId">): Promise<string> {
  if (!scope.everything && !scope.writable.has(data.unitId)) throw notFound();
  const id = randomUUID();
  await dbFor(scope).$transaction(
    async (tx) => {
      await rawConnectionOf(tx).$executeRaw`
        INSERT INTO "Import" (id, kind, "unitId", "actorId", status, "fileName", rows, summary, basis)
        VALUES (${id}::uuid, ${data.kind}::"ImportKind", ${data.unitId}::uuid, ${data.actorId}::uuid, 'PREVIEWED', ${data.fileName},
                ${JSON.stringify(data.rows)}::jsonb, ${JSON.stringify(data.summary)}::jsonb, ${data.basis})`;
      await recordAudit(tx, { ...audit, entityId: id });
    },
    { maxWait: 10_000, timeout: 60_000 },
  );
  return id;
}

const importSelect = {
  id: true,
  kind: true,
  unitId: true,
  actorId: true,
  status: true,
  fileName: true,
  summary: true,
  basis: true,
  createdAt: true,
  committedAt: true,
} as const;

/**
 * One of the caller's own imports (another user's, or one outside the scope, is not found), with its
 * rows. The rows are read as text and parsed here, after the scoped lookup found the record.
 */
export async function findOwnImport(scope: Scope, actorId: string, id: string) {
  const record = await dbFor(scope).import.findFirst({ where: { id, actorId }, select: importSelect });
  if (!record) return null;
  const [row] = await prisma.$queryRaw<{ rows: string }[]>`SELECT rows::text AS rows FROM "Import" WHERE id = ${id}::uuid`;
  return { ...record, rows: JSON.parse(row?.rows ?? "[]") as unknown };
}

export type ImportRecord = NonNullable<Awaited<ReturnType<typeof findOwnImport>>>;

/** The caller's latest imports, newest first, without their rows. */
export async function listOwnImports(scope: Scope, actorId: string, take: number) {
  return dbFor(scope).import.findMany({
    where: { actorId },
    select: { id: true, kind: true, status: true, fileName: true, summary: true, createdAt: true, committedAt: true },
    orderBy: { createdAt: "desc" },
    take,
  });
}

/**
 * Marks a preview committed, first thing in the commit's transaction: the row lock it takes makes
 * a second commit of the same import wait, then find it committed (false).
 */
export async function claimImport(tx: ScopedTx, id: string): Promise<boolean> {
  const { count } = await tx.import.updateMany({ where: { id, status: "PREVIEWED" }, data: { status: "COMMITTED", committedAt: new Date() } });
  return count === 1;
}

// ── Writing the rows ───────────────────────────────────────────────────────────────────────────

/** A candidate as an import writes it: the columns of the create form and of the stage it lands in (dates ISO). */
export interface ImportedCandidate {
  id: string;
  unitId: string;
  fullName: string;
  searchName: string;
  sortKey: string;
  sex: string;
  birthDate: string;
  ethnicity: string;
  religion: string | null;
  educationLevel: string;
  generalEducation: string | null;
  occupationGroup: string;
  occupation: string | null;
  youthUnionMember: boolean;
  tradeUnionMember: boolean;
  returningConscript: boolean;
  readmission: boolean;
  nationalId: string | null;
  phone: string | null;
  residence: string | null;
  hometown: string | null;
  note: string | null;
  stage: string;
  stageSince: string;
  ruleSetCode: string;
}

/**
 * Inserts the candidates and one IMPORTED history event each, set-based: each batch is one
 * statement reading its rows from one JSON parameter (jsonb_to_recordset), so 10,000 rows are a
 * handful of statements; the tables' triggers (stage counts, the event's date and unit) run as for
 * any insert. Raw SQL, so the scope's write check is made here first: every row's branch must be
 * one the caller may write (nothing is written otherwise).
 */
export async function insertImportedCandidates(
  tx: ScopedTx,
  scope: Scope,
  candidates: readonly ImportedCandidate[],
  event: { actorId: string; importId: string; rowOf: (id: string) => number },
): Promise<void> {
  if (!scope.everything && candidates.some((c) => !scope.writable.has(c.unitId))) throw notFound();
  const raw = rawConnectionOf(tx);
  for (const batch of chunks(candidates, 2500)) {
    await raw.$executeRaw`
      INSERT INTO "Candidate" (id, "unitId", "fullName", "searchName", "sortKey", sex, "birthDate", ethnicity, religion, "educationLevel",
        "generalEducation", "occupationGroup", occupation, "youthUnionMember", "tradeUnionMember", "returningConscript", readmission,
        "nationalId", phone, residence, hometown, note, stage, "stageSince", "ruleSetCode", "updatedAt")
      SELECT r.id, r."unitId", r."fullName", r."searchName", r."sortKey", r.sex, r."birthDate", r.ethnicity, r.religion, r."educationLevel",
        r."generalEducation", r."occupationGroup", r.occupation, r."youthUnionMember", r."tradeUnionMember", r."returningConscript", r.readmission,
        r."nationalId", r.phone, r.residence, r.hometown, r.note, r.stage, r."stageSince", r."ruleSetCode", now()
      FROM jsonb_to_recordset(${JSON.stringify(batch)}::jsonb) AS r(id uuid, "unitId" uuid, "fullName" text, "searchName" text, "sortKey" text,
        sex "Sex", "birthDate" date, ethnicity text, religion text, "educationLevel" "EducationLevel", "generalEducation" text,
        "occupationGroup" "OccupationGroup", occupation text, "youthUnionMember" boolean, "tradeUnionMember" boolean,
        "returningConscript" boolean, readmission boolean, "nationalId" text, phone text, residence text, hometown text, note text,
        stage "Stage", "stageSince" date, "ruleSetCode" text)`;
    const events = batch.map((c) => ({
      candidateId: c.id,
      toStage: c.stage,
      changes: { importId: event.importId, row: event.rowOf(c.id), stageSince: c.stageSince },
    }));
    await raw.$executeRaw`
      INSERT INTO "CandidateEvent" ("candidateId", "actorId", kind, "toStage", changes)
      SELECT e."candidateId", ${event.actorId}::uuid, 'IMPORTED', e."toStage", e.changes
      FROM jsonb_to_recordset(${JSON.stringify(events)}::jsonb) AS e("candidateId" uuid, "toStage" "Stage", changes jsonb)`;
  }
}

export interface ImportedUnit {
  id: string;
  code: string;
  name: string;
  kind: UnitKindCode;
  parentId: string | null;
  /** The parent's path (it exists, or was inserted by an earlier level of this call). */
  path: string;
  depth: number;
  place: string | null;
  officialMembers: number;
  totalMembers: number;
  committeeMembers: number;
  hasYouthUnion: boolean;
}

/**
 * Inserts new units, parents before children (by depth), each with its first roll effective from
 * `effectiveFrom`, and a UNIT CREATED audit entry each. Past the scoped client on purpose: the
 * scope (built before the call) cannot know the units this call creates, under which the next
 * level goes. The service has checked, through the scope, that every existing parent is a unit
 * the caller may write under; every other parent is a row of this same insert.
 */
export async function insertImportedUnits(
  tx: ScopedTx,
  units: readonly ImportedUnit[],
  roll: { effectiveFrom: Date; actorId: string; note: string },
  audit: { actorId: string; importId: string },
): Promise<void> {
  const raw = rawConnectionOf(tx);
  const depths = [...new Set(units.map((u) => u.depth))].sort((a, b) => a - b);
  for (const depth of depths) {
    for (const batch of chunks(units.filter((u) => u.depth === depth))) {
      await raw.unit.createMany({
        data: batch.map((u) => ({
          id: u.id,
          code: u.code,
          name: u.name,
          kind: u.kind,
          parentId: u.parentId,
          path: u.path,
          depth: u.depth,
          place: u.place,
          officialMembers: u.officialMembers,
          totalMembers: u.totalMembers,
          committeeMembers: u.committeeMembers,
          hasYouthUnion: u.hasYouthUnion,
        })),
      });
    }
  }
  for (const batch of chunks(units)) {
    await raw.unitRoll.createMany({
      data: batch.map((u) => ({
        unitId: u.id,
        effectiveFrom: roll.effectiveFrom,
        officialMembers: u.officialMembers,
        totalMembers: u.totalMembers,
        committeeMembers: u.committeeMembers,
        hasYouthUnion: u.hasYouthUnion,
        actorId: roll.actorId,
        note: roll.note,
      })),
    });
    await raw.auditEvent.createMany({
      data: batch.map((u) => ({
        actorId: audit.actorId,
        kind: "UNIT" as const,
        action: "CREATED",
        unitId: u.id,
        entityId: u.id,
        changes: { importId: audit.importId, code: u.code, name: u.name, kind: u.kind, parentId: u.parentId },
      })),
    });
  }
}

/**
 * A unique index refused a row (a national ID or unit code written by someone else between the
 * commit's check and its insert): Prisma's P2002, or, from the raw statements above, P2010 with the
 * driver's 23505.
 */
export function isUniqueViolation(error: unknown): boolean {
  if (uniqueViolationIndex(error)) return true;
  if (!(error instanceof Prisma.PrismaClientKnownRequestError) || error.code !== "P2010") return false;
  const cause = (error.meta as { driverAdapterError?: { cause?: { originalCode?: string; kind?: string } } } | undefined)?.driverAdapterError?.cause;
  return cause?.originalCode === "23505" || cause?.kind === "UniqueConstraintViolation";
}
