import "server-only";
import type { Scope } from "@/lib/auth/scope-rules";
import type { StageCode } from "@/lib/domain/stages";
import type { Prisma } from "./generated/client";
import { dbFor, rawConnectionOf, type ScopedTx } from "./scoped";

const listSelect = {
  id: true,
  fullName: true,
  sex: true,
  birthDate: true,
  stage: true,
  stageSince: true,
  version: true,
  unitId: true,
  unit: { select: { name: true } },
} as const;

export interface CandidateListFilter {
  /** A unit of the scope to restrict to (its whole subtree), or undefined for the whole scope. */
  under?: { path: string };
  stage?: StageCode;
  /** Folded search text (lib/domain/text.ts foldVi). */
  search?: string;
  skip: number;
  take: number;
}

/** Narrows the scope (which the scoped client applies by itself) to a unit's subtree, a stage and a name. */
function listWhere(filter: Pick<CandidateListFilter, "under" | "stage" | "search">): Prisma.CandidateWhereInput {
  return {
    ...(filter.under ? { unit: { path: { startsWith: filter.under.path } } } : {}),
    ...(filter.stage ? { stage: filter.stage } : {}),
    ...(filter.search ? { searchName: { contains: filter.search } } : {}),
  };
}

export async function listCandidates(scope: Scope, filter: CandidateListFilter) {
  const db = dbFor(scope);
  const where = listWhere(filter);
  const [items, total] = await Promise.all([
    db.candidate.findMany({ where, select: listSelect, orderBy: [{ sortKey: "asc" }, { id: "asc" }], skip: filter.skip, take: filter.take }),
    db.candidate.count({ where }),
  ]);
  return { items, total };
}

/** The board: candidates of the scope (under a unit when given) in the given stages, longest waiting first. */
export async function listCandidatesByStage(scope: Scope, filter: { under?: { path: string } | null; stages: readonly StageCode[]; take: number }) {
  const db = dbFor(scope);
  const where = { ...listWhere({ under: filter.under ?? undefined }), stage: { in: [...filter.stages] } };
  const [items, total] = await Promise.all([
    db.candidate.findMany({
      where,
      select: { id: true, fullName: true, stage: true, stageSince: true, version: true, unit: { select: { name: true } } },
      orderBy: [{ stageSince: "asc" }, { id: "asc" }],
      take: filter.take,
    }),
    db.candidate.count({ where }),
  ]);
  return { items, total };
}

/** Candidates of the scope in the given stages, for the deadlines list. */
export async function findCandidatesInStages(scope: Scope, stages: readonly StageCode[]) {
  return dbFor(scope).candidate.findMany({
    where: { stage: { in: [...stages] } },
    select: { id: true, fullName: true, stage: true, unit: { select: { name: true } } },
  });
}

const detailInclude = {
  unit: { select: { id: true, name: true, kind: true, path: true } },
  helpers: { orderBy: { assignedOn: "asc" } },
  introducers: { orderBy: { documentDate: "asc" } },
  dossierItems: { orderBy: { code: "asc" } },
  events: { orderBy: [{ at: "desc" }, { id: "desc" }], include: { actor: { select: { fullName: true } } } },
} satisfies Prisma.CandidateInclude;

/** One candidate, or null when it does not exist or lies outside the scope (the caller says 404 either way). */
export async function findCandidate(scope: Scope, id: string) {
  return dbFor(scope).candidate.findFirst({ where: { id }, include: detailInclude });
}

export type CandidateDetailRow = NonNullable<Awaited<ReturnType<typeof findCandidate>>>;

/**
 * The candidate's row inside a transaction, locked against concurrent moves, or null when the
 * scope does not reach it (checked before the lock is taken, so a foreign row is never locked).
 */
export async function lockCandidate(tx: ScopedTx, id: string) {
  if (!(await tx.candidate.findFirst({ where: { id }, select: { id: true } }))) return null;
  await rawConnectionOf(tx).$queryRaw`SELECT id FROM "Candidate" WHERE id = ${id}::uuid FOR UPDATE`;
  return tx.candidate.findFirst({ where: { id } });
}

export type CandidateWrite = Omit<Prisma.CandidateUncheckedCreateInput, "id" | "version" | "createdAt" | "updatedAt">;

export async function insertCandidate(tx: ScopedTx, data: CandidateWrite) {
  return tx.candidate.create({ data });
}

/** Optimistic update: changes nothing and returns false when the version moved on. */
export async function updateCandidateIfVersion(tx: ScopedTx, id: string, version: number, data: Prisma.CandidateUncheckedUpdateManyInput): Promise<boolean> {
  const { count } = await tx.candidate.updateMany({ where: { id, version }, data: { ...data, version: { increment: 1 } } });
  return count === 1;
}

export async function appendEvent(tx: ScopedTx, event: Prisma.CandidateEventUncheckedCreateInput) {
  return tx.candidateEvent.create({ data: event });
}

/**
 * Whether another candidate holds this national ID. Unscoped on purpose: the number is unique in the
 * whole database, whoever's unit holds it, and only a yes or no comes back.
 */
export async function nationalIdTaken(tx: ScopedTx, nationalId: string, exceptId?: string): Promise<boolean> {
  const row = await rawConnectionOf(tx).candidate.findFirst({ where: { nationalId, ...(exceptId ? { id: { not: exceptId } } : {}) }, select: { id: true } });
  return row !== null;
}

/**
 * Whether a committee already used this decision number for this kind of decision. Unscoped on
 * purpose, like the unique index it mirrors: the committee's numbers cover units the caller may not see.
 */
export async function decisionNumberTaken(tx: ScopedTx, unitId: string, kind: "ADMISSION" | "CONVERSION", number: string): Promise<boolean> {
  return (await rawConnectionOf(tx).decision.findFirst({ where: { unitId, kind, number }, select: { id: true } })) !== null;
}
