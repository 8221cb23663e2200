/**
 * Factories for integration tests: a small unit tree, one user per role, candidates. Each test
 * file starts from an empty database (resetDb); the invariant is "every table empty".
 */
import { randomUUID } from "node:crypto";
import { prisma } from "@/lib/db/client";
import { loadActor, type Actor } from "@/lib/auth/actor";
import type { RoleCode, UnitKindCode } from "@/lib/domain/codes";
import type { StageCode } from "@/lib/domain/stages";
import { foldVi, viSortKey } from "@/lib/domain/text";

export async function resetDb(): Promise<void> {
  const tables = await prisma.$queryRaw<
    { tablename: string }[]
  >`SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'`;
  await prisma.$executeRawUnsafe(`TRUNCATE ${tables.map((t) => `"${t.tablename}"`).join(", ")} RESTART IDENTITY CASCADE`);
}

async function unit(code: string, kind: UnitKindCode, parent: { id: string; path: string; depth: number } | null, extra: { officialMembers?: number } = {}) {
  const id = randomUUID();
  return prisma.unit.create({
    data: {
      id,
      code,
      name: `Đơn vị ${code}`,
      kind,
      parentId: parent?.id ?? null,
      path: `${parent?.path ?? "/"}${id}/`,
      depth: parent ? parent.depth + 1 : 0,
      officialMembers: extra.officialMembers ?? 9,
    },
  });
}

/**
 * SUP (superior committee)
 * ├─ G1 (grassroots committee) ─ P1 (partial committee) ─ B1, B2 (branches); G1 ─ B3
 * ├─ G2 (grassroots committee) ─ B4
 * └─ G3 (grassroots branch: holds candidates itself)
 */
export async function buildTree() {
  const SUP = await unit("SUP", "SUPERIOR_COMMITTEE", null);
  const G1 = await unit("G1", "GRASSROOTS_COMMITTEE", SUP);
  const P1 = await unit("P1", "PARTIAL_COMMITTEE", G1);
  const B1 = await unit("B1", "BRANCH", P1);
  const B2 = await unit("B2", "BRANCH", P1);
  const B3 = await unit("B3", "BRANCH", G1);
  const G2 = await unit("G2", "GRASSROOTS_COMMITTEE", SUP);
  const B4 = await unit("B4", "BRANCH", G2);
  const G3 = await unit("G3", "GRASSROOTS_BRANCH", SUP);
  return { SUP, G1, P1, B1, B2, B3, G2, B4, G3 };
}

export type Tree = Awaited<ReturnType<typeof buildTree>>;

export async function actorFor(role: RoleCode, unitId: string): Promise<Actor> {
  const user = await prisma.user.create({
    data: { username: `${role.toLowerCase()}-${randomUUID().slice(0, 8)}`, passwordHash: "x", fullName: `Người dùng ${role}`, role, unitId },
  });
  const actor = await loadActor(user.id);
  if (!actor) throw new Error("actor not loaded");
  return actor;
}

export async function insertCandidate(
  unitId: string,
  fullName: string,
  extra: { stage?: "SOURCE" | "SYMPATHIZER" | "TRAINING" | "OFFICIAL"; nationalId?: string } = {},
) {
  return prisma.candidate.create({
    data: {
      unitId,
      fullName,
      searchName: foldVi(fullName),
      sortKey: viSortKey(fullName),
      sex: "FEMALE",
      birthDate: new Date("2000-05-01T00:00:00Z"),
      educationLevel: "UNIVERSITY",
      occupationGroup: "CIVIL_SERVANT",
      stage: extra.stage ?? "SOURCE",
      stageSince: new Date("2026-01-05T00:00:00Z"),
      nationalId: extra.nationalId ?? null,
    },
  });
}

/** A valid create body for the API and services (form-style date). */
export function validCandidateInput(unitId: string, overrides: Record<string, unknown> = {}) {
  return {
    unitId,
    fullName: "Nguyễn Văn Đức",
    sex: "MALE",
    birthDate: "15/03/2001",
    educationLevel: "UNIVERSITY",
    occupationGroup: "CIVIL_SERVANT",
    nationalId: "038201001234",
    phone: "0912345678",
    ...overrides,
  };
}

/** Runs a promise that must fail with an AppError and returns it. */
export async function expectAppError(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (error) {
    return error as { code: string; status: number; details: { path: string; message: string; code?: string }[]; messageKey: string };
  }
  throw new Error("expected an AppError, but the call succeeded");
}

/**
 * Moves a candidate the way the pipeline service records it, without its rules: the new stage and
 * stageSince, and a TRANSITION event whose changes carry the step's date (yyyy-mm-dd) while the
 * event itself is recorded at `at` (now by default). The database fills the event's effectiveOn and
 * unitId (migration 20261201112846_rollups_by_step_date).
 */
export async function recordMove(candidateId: string, from: StageCode, to: StageCode, date: string, at: Date = new Date()) {
  await prisma.candidate.update({ where: { id: candidateId }, data: { stage: to, stageSince: new Date(`${date}T00:00:00Z`) } });
  return prisma.candidateEvent.create({ data: { candidateId, kind: "TRANSITION", fromStage: from, toStage: to, at, changes: { date, to } } });
}
