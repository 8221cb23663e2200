import { beforeAll, describe, expect, it } from "vitest";
import { actorFor, buildTree, expectAppError, insertCandidate, resetDb, type Tree } from "./support/fixtures";
import { prisma } from "@/lib/db/client";
import { dbFor } from "@/lib/db/scoped";
import type { Actor } from "@/lib/auth/actor";

/**
 * The scoped client of lib/db: whatever a service asks, it reads only the caller's subtree and
 * writes only where the caller may write; a foreign id is "not found".
 */
let tree: Tree;
let mine: string;
let foreign: string;
let secretary: Actor;
let viewer: Actor;
let admin: Actor;
let blocCourse: string;
let otherCourse: string;

beforeAll(async () => {
  await resetDb();
  tree = await buildTree();
  mine = (await insertCandidate(tree.B1.id, "Lê Văn Mình")).id;
  foreign = (await insertCandidate(tree.B4.id, "Phạm Thị Ngoài")).id;
  secretary = await actorFor("BRANCH_SECRETARY", tree.B1.id);
  viewer = await actorFor("VIEWER", tree.B1.id);
  admin = await actorFor("ADMIN", tree.SUP.id);
  const day = new Date("2026-03-01T00:00:00Z");
  blocCourse = (await prisma.course.create({ data: { kind: "AWARENESS", name: "Lớp khối", unitId: tree.SUP.id, startDate: day, endDate: day } })).id;
  otherCourse = (await prisma.course.create({ data: { kind: "AWARENESS", name: "Lớp G2", unitId: tree.G2.id, startDate: day, endDate: day } })).id;
});

describe("reads", () => {
  it("see the caller's subtree only, through every read operation", async () => {
    const db = dbFor(secretary.scope);
    expect((await db.candidate.findMany()).map((c) => c.id)).toEqual([mine]);
    expect(await db.candidate.count()).toBe(1);
    expect(await db.candidate.findUnique({ where: { id: foreign } })).toBeNull();
    expect(await db.candidate.findFirst({ where: { id: foreign } })).toBeNull();
    expect((await db.candidate.aggregate({ _count: { _all: true } }))._count._all).toBe(1);
    expect(await db.candidate.groupBy({ by: ["unitId"], _count: { _all: true } })).toHaveLength(1);
    await expect(db.candidate.findUniqueOrThrow({ where: { id: foreign } })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("reach a candidate's records only through a candidate in scope", async () => {
    await prisma.helper.create({ data: { candidateId: foreign, fullName: "Người giúp đỡ", assignedOn: new Date("2026-01-10T00:00:00Z") } });
    expect(await dbFor(secretary.scope).helper.count()).toBe(0);
    expect(await dbFor(admin.scope).helper.count()).toBe(1);
  });

  it("show the committees above the home unit for context (classes, units), but not their siblings", async () => {
    const db = dbFor(secretary.scope);
    expect((await db.course.findMany()).map((c) => c.id)).toEqual([blocCourse]);
    const units = (await db.unit.findMany({ select: { code: true } })).map((u) => u.code).sort();
    expect(units).toEqual(["B1", "G1", "P1", "SUP"]);
  });

  it("give an administrator everything", async () => {
    expect(await dbFor(admin.scope).candidate.count()).toBe(2);
  });
});

describe("writes", () => {
  it("cannot create a row in a unit outside the scope, nor one naming no unit", async () => {
    const db = dbFor(secretary.scope);
    const day = new Date("2026-03-01T00:00:00Z");
    await expect(db.course.create({ data: { kind: "AWARENESS", name: "x", unitId: tree.B4.id, startDate: day, endDate: day } })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(
      db.course.create({ data: { kind: "AWARENESS", name: "x", unit: { connect: { id: tree.G1.id } }, startDate: day, endDate: day } }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await prisma.course.count()).toBe(2);
  });

  it("cannot attach a record to a foreign candidate, inside a transaction too", async () => {
    const db = dbFor(secretary.scope);
    const error = await expectAppError(db.$transaction((tx) => tx.enrolment.create({ data: { courseId: blocCourse, candidateId: foreign } })));
    expect(error.code).toBe("NOT_FOUND");
    await db.$transaction((tx) => tx.enrolment.create({ data: { courseId: blocCourse, candidateId: mine } }));
    expect(await prisma.enrolment.count()).toBe(1);
  });

  it("cannot update, move or delete what lies outside the scope", async () => {
    const db = dbFor(secretary.scope);
    await expect(db.candidate.update({ where: { id: foreign }, data: { note: "x" } })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await db.candidate.updateMany({ where: { id: foreign }, data: { note: "x" } })).count).toBe(0);
    await expect(db.candidate.update({ where: { id: mine }, data: { unitId: tree.B4.id } })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await db.candidateEvent.deleteMany({ where: { candidateId: foreign } })).count).toBe(0);
    expect((await prisma.candidate.findUniqueOrThrow({ where: { id: foreign } })).note).toBeNull();
    expect((await prisma.candidate.findUniqueOrThrow({ where: { id: mine } })).unitId).toBe(tree.B1.id);
  });

  it("cannot write the committees above, although they are readable", async () => {
    const db = dbFor(secretary.scope);
    await expect(db.course.update({ where: { id: blocCourse }, data: { name: "đổi" } })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(db.unit.update({ where: { id: tree.G1.id }, data: { officialMembers: 1 } })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("gives a viewer nothing to write, even in their own unit", async () => {
    const db = dbFor(viewer.scope);
    await expect(db.candidate.update({ where: { id: mine }, data: { note: "x" } })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(db.dossierItem.create({ data: { candidateId: mine, code: "A2" } })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await prisma.dossierItem.count()).toBe(0);
  });

  it("lets the caller write inside the scope", async () => {
    const db = dbFor(secretary.scope);
    await db.candidate.update({ where: { id: mine }, data: { note: "ghi chú" } });
    await db.dossierItem.upsert({ where: { candidateId_code: { candidateId: mine, code: "A2" } }, create: { candidateId: mine, code: "A2" }, update: {} });
    expect(await prisma.dossierItem.count({ where: { candidateId: mine } })).toBe(1);
  });

  it("offers no raw SQL", () => {
    const db = dbFor(secretary.scope) as unknown as Record<string, unknown>;
    expect(db.$queryRaw).toBeUndefined();
    expect(db.$executeRawUnsafe).toBeUndefined();
  });

  it("refuses a class of another grassroots organisation named by id, to read or to enrol in", async () => {
    expect(await dbFor(secretary.scope).course.findUnique({ where: { id: otherCourse } })).toBeNull();
    const before = await prisma.enrolment.count();
    await expect(dbFor(secretary.scope).enrolment.create({ data: { courseId: otherCourse, candidateId: mine } })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      dbFor(secretary.scope).enrolment.upsert({
        where: { courseId_candidateId: { courseId: otherCourse, candidateId: mine } },
        create: { courseId: otherCourse, candidateId: mine },
        update: {},
      }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await prisma.enrolment.count()).toBe(before);
  });
});
