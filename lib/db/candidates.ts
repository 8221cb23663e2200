import "server-only";
import { prisma, type Tx } from "./client";
import { inScope } from "./scope-filter";
import type { Prisma } from "./generated/client";
import type { Scope } from "@/lib/auth/scope-rules";
import type { StageCode } from "@/lib/domain/stages";

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

function listWhere(scope: Scope, filter: CandidateListFilter): Prisma.CandidateWhereInput {
  return {
    ...inScope(scope, filter.under),
    ...(filter.stage ? { stage: filter.stage } : {}),
    ...(filter.search ? { searchName: { contains: filter.search } } : {}),
  };
}

export async function listCandidates(scope: Scope, filter: CandidateListFilter) {
  const where = listWhere(scope, filter);
  const [items, total] = await Promise.all([
    prisma.candidate.findMany({ where, select: listSelect, orderBy: [{ sortKey: "asc" }, { id: "asc" }], skip: filter.skip, take: filter.take }),
    prisma.candidate.count({ where }),
  ]);
  return { items, total };
}

const detailInclude = {
  unit: { select: { id: true, name: true, kind: true, path: true } },
  helpers: { orderBy: { assignedOn: "asc" } },
  introducers: { orderBy: { documentDate: "asc" } },
  dossierItems: { orderBy: { code: "asc" } },
  events: { orderBy: { at: "desc" }, include: { actor: { select: { fullName: true } } } },
} satisfies Prisma.CandidateInclude;

/** One candidate, or null when it does not exist or lies outside the scope (the caller says 404 either way). */
export async function findCandidate(scope: Scope, id: string) {
  return prisma.candidate.findFirst({ where: { id, ...inScope(scope) }, include: detailInclude });
}

export type CandidateDetailRow = NonNullable<Awaited<ReturnType<typeof findCandidate>>>;

/** Reads the row inside a transaction, locked, after the scope check. */
export async function lockCandidate(tx: Tx, scope: Scope, id: string) {
  const rows = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "Candidate" WHERE id = ${id}::uuid FOR UPDATE`;
  if (rows.length === 0) return null;
  return tx.candidate.findFirst({ where: { id, ...inScope(scope) } });
}

export type CandidateWrite = Omit<Prisma.CandidateUncheckedCreateInput, "id" | "version" | "createdAt" | "updatedAt">;

export async function insertCandidate(tx: Tx, data: CandidateWrite) {
  return tx.candidate.create({ data });
}

/** Optimistic update: changes nothing and returns false when the version moved on. */
export async function updateCandidateIfVersion(tx: Tx, id: string, version: number, data: Prisma.CandidateUncheckedUpdateManyInput): Promise<boolean> {
  const { count } = await tx.candidate.updateMany({ where: { id, version }, data: { ...data, version: { increment: 1 } } });
  return count === 1;
}

export async function appendEvent(tx: Tx, event: Prisma.CandidateEventUncheckedCreateInput) {
  return tx.candidateEvent.create({ data: event });
}

export async function nationalIdTaken(tx: Tx, nationalId: string, exceptId?: string): Promise<boolean> {
  const row = await tx.candidate.findFirst({ where: { nationalId, ...(exceptId ? { id: { not: exceptId } } : {}) }, select: { id: true } });
  return row !== null;
}
