/**
 * The unit tree's materialised paths (migration 20261201113106_schema_guards): path and depth always
 * follow parentId, a move rewrites the whole subtree, a cycle is refused, and prefix queries on the
 * path use its index.
 */
import { randomUUID } from "node:crypto";
import { beforeEach, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { buildTree, resetDb, type Tree } from "./support/fixtures";

let tree: Tree;

beforeEach(async () => {
  await resetDb();
  tree = await buildTree();
});

const shape = async () =>
  Object.fromEntries((await prisma.unit.findMany({ select: { code: true, path: true, depth: true } })).map((u) => [u.code, { path: u.path, depth: u.depth }]));

describe("unit paths follow the parent links", () => {
  it("corrects a wrong path or depth on insert instead of refusing it: the database derives them from parentId", async () => {
    // Corrected, not refused: path and depth are derived data. Refusing would make every writer
    // repeat the computation anyway, and moving a unit would need every descendant rewritten by hand.
    const id = randomUUID();
    const created = await prisma.unit.create({
      data: { id, code: "B9", name: "Chi bộ 9", kind: "BRANCH", parentId: tree.G2.id, path: "/nonsense/", depth: 7 },
    });
    expect(created).toMatchObject({ path: `${tree.G2.path}${id}/`, depth: 2 }); // what the insert returns is already right
    const root = randomUUID();
    expect(await prisma.unit.create({ data: { id: root, code: "ROOT2", name: "Khối 2", kind: "SUPERIOR_COMMITTEE", path: "x", depth: 3 } })).toMatchObject({
      path: `/${root}/`,
      depth: 0,
    });
    // An update that tampers with the path alone is corrected the same way.
    await prisma.unit.update({ where: { id: tree.B1.id }, data: { path: "/elsewhere/", depth: 0 } });
    expect(await prisma.unit.findUniqueOrThrow({ where: { id: tree.B1.id } })).toMatchObject({ path: tree.B1.path, depth: 3 });
  });

  it("rewrites the path and depth of every unit of a moved subtree, and nothing else", async () => {
    const before = await shape();
    // P1 (with B1 and B2 under it) moves from G1 to G2.
    await prisma.unit.update({ where: { id: tree.P1.id }, data: { parentId: tree.G2.id } });
    const after = await shape();
    expect(after.P1).toEqual({ path: `${tree.G2.path}${tree.P1.id}/`, depth: 2 });
    expect(after.B1).toEqual({ path: `${tree.G2.path}${tree.P1.id}/${tree.B1.id}/`, depth: 3 });
    expect(after.B2).toEqual({ path: `${tree.G2.path}${tree.P1.id}/${tree.B2.id}/`, depth: 3 });
    for (const code of ["SUP", "G1", "B3", "G2", "B4", "G3"]) expect(after[code]).toEqual(before[code]);

    // Up a level: B1 directly under the bloc; then G2 (with P1, B2, B4) under G1: depth 1 → 2 for all.
    await prisma.unit.update({ where: { id: tree.B1.id }, data: { parentId: tree.SUP.id } });
    await prisma.unit.update({ where: { id: tree.G2.id }, data: { parentId: tree.G1.id } });
    const last = await shape();
    expect(last.B1).toEqual({ path: `${tree.SUP.path}${tree.B1.id}/`, depth: 1 });
    expect(last.B2).toEqual({ path: `${tree.G1.path}${tree.G2.id}/${tree.P1.id}/${tree.B2.id}/`, depth: 4 });
    expect(last.B4).toEqual({ path: `${tree.G1.path}${tree.G2.id}/${tree.B4.id}/`, depth: 3 });
    // Every path is its parent's plus its own id.
    const units = await prisma.unit.findMany();
    const byId = new Map(units.map((u) => [u.id, u]));
    for (const u of units) expect(u.path).toBe(`${u.parentId ? byId.get(u.parentId)!.path : "/"}${u.id}/`);
  });

  it("refuses to make a unit its own ancestor, and changes nothing", async () => {
    const before = await shape();
    await expect(prisma.unit.update({ where: { id: tree.G1.id }, data: { parentId: tree.B1.id } })).rejects.toThrow(
      /cannot be placed under itself or one of its own descendants/,
    );
    await expect(prisma.unit.update({ where: { id: tree.G1.id }, data: { parentId: tree.G1.id } })).rejects.toThrow(/cannot be placed under itself/);
    // Two units swapped under each other in one statement: caught as well.
    await expect(
      prisma.$executeRaw`UPDATE "Unit" SET "parentId" = CASE code WHEN 'G1' THEN ${tree.G2.id}::uuid ELSE ${tree.G1.id}::uuid END WHERE code IN ('G1', 'G2')`,
    ).rejects.toThrow(/cannot be placed under/);
    expect(await shape()).toEqual(before);
  });

  it("serves subtree prefix queries from the path index", async () => {
    // A province-sized tree: 60 grassroots committees of 50 branches each (3,069 units).
    const committees = Array.from({ length: 60 }, (_, i) => ({
      id: randomUUID(),
      code: `GX${i}`,
      name: `Đảng bộ ${i}`,
      kind: "GRASSROOTS_COMMITTEE" as const,
      parentId: tree.SUP.id,
      path: "",
      depth: 0,
    }));
    await prisma.unit.createMany({ data: committees });
    await prisma.unit.createMany({
      data: committees.flatMap((g, i) =>
        Array.from({ length: 50 }, (_, j) => ({
          id: randomUUID(),
          code: `GX${i}-B${j}`,
          name: `Chi bộ ${j}`,
          kind: "BRANCH" as const,
          parentId: g.id,
          path: "",
          depth: 0,
        })),
      ),
    });
    await prisma.$executeRaw`ANALYZE "Unit"`;
    const g7 = await prisma.unit.findUniqueOrThrow({ where: { code: "GX7" } });
    expect(g7.path).toBe(`${tree.SUP.path}${g7.id}/`);

    // As the app sends them: a bound parameter (raw SQL in lib/db) and Prisma's startsWith ("path"::text LIKE $1).
    const plans = [
      await prisma.$queryRawUnsafe<{ "QUERY PLAN": unknown }[]>(`EXPLAIN (FORMAT JSON) SELECT u.id FROM "Unit" u WHERE u.path LIKE $1`, `${g7.path}%`),
      await prisma.$queryRawUnsafe<{ "QUERY PLAN": unknown }[]>(
        `EXPLAIN (FORMAT JSON) SELECT u.id FROM "Unit" u WHERE u."path"::text LIKE $1 ORDER BY u.id`,
        `${g7.path}%`,
      ),
    ];
    for (const plan of plans) expect(JSON.stringify(plan)).toContain('"Index Name":"Unit_path_prefix_idx"');
    expect(await prisma.unit.count({ where: { path: { startsWith: g7.path } } })).toBe(51);
  });
});

describe("the domain's hard limits (migration 20261201113106_schema_guards)", () => {
  // CHECK constraints: a bad row fails with SQLSTATE 23514 naming the constraint. Prisma throws the
  // driver adapter's error as is (a DriverAdapterError whose cause holds PostgreSQL's code and message).
  async function checkViolation(write: () => Promise<unknown>): Promise<{ code?: string; message?: string }> {
    const error = await write().then(
      () => undefined,
      (e: unknown) => e as { cause?: object; meta?: { driverAdapterError?: { cause?: object } } },
    );
    expect(error, "the write was accepted").toBeDefined();
    return (error?.meta?.driverAdapterError?.cause ?? error?.cause ?? {}) as { code?: string; message?: string };
  }

  it("refuses impossible counts and dates, and keeps the partial appraisal's 0 of 0 valid", async () => {
    const c = await prisma.candidate.create({
      data: {
        unitId: tree.B1.id,
        fullName: "Phạm Văn An",
        searchName: "pham van an",
        sortKey: "an",
        sex: "MALE",
        birthDate: new Date("2000-01-01T00:00:00Z"),
        educationLevel: "UNIVERSITY",
        occupationGroup: "WORKER",
        stageSince: new Date("2026-01-05T00:00:00Z"),
      },
    });
    const d = (iso: string) => new Date(`${iso}T00:00:00Z`);
    const vote = { candidateId: c.id, kind: "BRANCH_ADMISSION" as const, unitId: tree.B1.id, date: d("2026-03-02"), passed: true };
    const introducer = { candidateId: c.id, kind: "YOUTH_UNION" as const, name: "Đoàn TNCS", documentDate: d("2026-02-01") };
    const session = await prisma.awarenessTestSession.create({ data: { unitId: tree.SUP.id, name: "Kỳ 1", date: d("2026-04-20") } });
    // Valid rows, at the edge of every rule.
    await prisma.resolution.create({ data: { ...vote, kind: "PARTIAL_ADMISSION_APPRAISAL", membersOnRoll: 0, votesFor: 0 } });
    await prisma.resolution.create({ data: { ...vote, membersOnRoll: 9, present: 9, votesFor: 7, votesAgainst: 2 } });
    await prisma.introducer.create({ data: { ...introducer, votesFor: 12, membersTotal: 12 } });
    await prisma.unit.update({ where: { id: tree.B2.id }, data: { officialMembers: 0, totalMembers: 0, committeeMembers: 0 } });
    await prisma.quota.create({
      data: { unitId: tree.G1.id, startYear: 2026, endYear: 2026, mode: "PERCENT_OF_MEMBERS", percent: 100, baseMembers: 0, target: 0 },
    });
    await prisma.decision.create({
      data: { candidateId: c.id, kind: "ADMISSION", unitId: tree.SUP.id, number: "0", date: d("2026-05-04"), receivedOn: d("2026-05-04"), extensionDays: 30 },
    });
    await prisma.verification.create({ data: { candidateId: c.id, requestedOn: d("2026-04-01"), completedOn: d("2026-04-01") } });
    await prisma.course.create({ data: { kind: "AWARENESS", name: "Lớp", unitId: tree.SUP.id, startDate: d("2026-04-10"), endDate: d("2026-04-10") } });
    await prisma.helper.create({ data: { candidateId: c.id, fullName: "Đỗ Văn Hùng", assignedOn: d("2026-04-10"), endedOn: d("2026-04-10") } });
    await prisma.awarenessTestResult.create({ data: { sessionId: session.id, candidateId: c.id, round: 1, outcome: "PASSED" } });

    const refused: [string, () => Promise<unknown>][] = [
      ["Resolution_votes_within_roll", () => prisma.resolution.create({ data: { ...vote, membersOnRoll: 9, votesFor: 8, votesAgainst: 2 } })],
      ["Resolution_present_within_roll", () => prisma.resolution.create({ data: { ...vote, membersOnRoll: 9, present: 10, votesFor: 9 } })],
      ["Resolution_counts_nonnegative", () => prisma.resolution.create({ data: { ...vote, membersOnRoll: 9, votesFor: 9, votesAgainst: -1 } })],
      ["Introducer_votes_nonnegative", () => prisma.introducer.create({ data: { ...introducer, votesFor: -1, membersTotal: 12 } })],
      ["Introducer_votes_within_members", () => prisma.introducer.create({ data: { ...introducer, votesFor: 13, membersTotal: 12 } })],
      ["Unit_member_counts_nonnegative", () => prisma.unit.update({ where: { id: tree.B2.id }, data: { officialMembers: -1 } })],
      ["Quota_target_nonnegative", () => prisma.quota.create({ data: { unitId: tree.G2.id, startYear: 2026, endYear: 2026, target: -1 } })],
      [
        "Quota_base_members_nonnegative",
        () =>
          prisma.quota.create({
            data: { unitId: tree.G2.id, startYear: 2026, endYear: 2026, mode: "PERCENT_OF_MEMBERS", percent: 10, baseMembers: -5, target: 0 },
          }),
      ],
      [
        "Quota_percent_range",
        () => prisma.quota.create({ data: { unitId: tree.G2.id, startYear: 2026, endYear: 2026, mode: "PERCENT_OF_MEMBERS", percent: 120, target: 3 } }),
      ],
      ["Quota_period_order", () => prisma.quota.create({ data: { unitId: tree.G2.id, startYear: 2025, endYear: 2020, target: 3 } })],
      [
        "Decision_extension_range",
        () =>
          prisma.decision.create({
            data: { candidateId: c.id, kind: "ADMISSION", unitId: tree.SUP.id, number: "1", date: d("2026-05-04"), extensionDays: 31 },
          }),
      ],
      [
        "Decision_received_after_date",
        () =>
          prisma.decision.create({
            data: { candidateId: c.id, kind: "ADMISSION", unitId: tree.SUP.id, number: "2", date: d("2026-05-04"), receivedOn: d("2026-05-01") },
          }),
      ],
      [
        "Verification_completed_after_request",
        () => prisma.verification.create({ data: { candidateId: c.id, requestedOn: d("2026-04-01"), completedOn: d("2026-03-01") } }),
      ],
      [
        "Course_dates_order",
        () => prisma.course.create({ data: { kind: "AWARENESS", name: "Lớp", unitId: tree.SUP.id, startDate: d("2026-04-10"), endDate: d("2026-04-09") } }),
      ],
      [
        "Helper_dates_order",
        () => prisma.helper.create({ data: { candidateId: c.id, fullName: "Đỗ Văn Hùng", assignedOn: d("2026-04-10"), endedOn: d("2026-04-01") } }),
      ],
      [
        "AwarenessTestResult_round_positive",
        () => prisma.awarenessTestResult.update({ where: { sessionId_candidateId: { sessionId: session.id, candidateId: c.id } }, data: { round: 0 } }),
      ],
    ];
    for (const [rule, write] of refused) {
      const cause = await checkViolation(write);
      expect(cause.code, rule).toBe("23514");
      expect(cause.message, rule).toContain(`violates check constraint "${rule}"`);
    }
    // Real CHECK constraints (not triggers), every one of them exercised above.
    const constraints = await prisma.$queryRaw<
      { conname: string }[]
    >`SELECT conname FROM pg_constraint WHERE contype = 'c' AND connamespace = 'public'::regnamespace`;
    expect(constraints.map((r) => r.conname)).toEqual(expect.arrayContaining(refused.map(([rule]) => rule)));
    expect(new Set(refused.map(([rule]) => rule)).size).toBe(16);
    expect(await prisma.resolution.count()).toBe(2);
    expect(await prisma.unit.findUniqueOrThrow({ where: { id: tree.B2.id } })).toMatchObject({ officialMembers: 0 });
    expect(await prisma.awarenessTestResult.findFirstOrThrow()).toMatchObject({ round: 1 });
  });
});
