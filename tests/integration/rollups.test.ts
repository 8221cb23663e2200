/**
 * The roll-up tables that triggers keep ("UnitStageCount" on "Candidate", "StageExitRollup" on
 * "CandidateEvent" and "Unit") must always equal what a computation from scratch gives: random
 * sequences of writes (candidates created in random units, moves with back-dated step dates, moves
 * of candidates between units, exits, moves of units in the tree) are checked against a GROUP BY,
 * against stage_exit_rollup_rebuild(), and against an independent computation in TypeScript.
 */
import fc from "fast-check";
import { beforeEach, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { STAY_BUCKET_BOUNDS } from "@/lib/domain/quotas/stay-buckets";
import { PIPELINE_STAGES, STAGES, type StageCode } from "@/lib/domain/stages";
import { toIsoDate, todayVn } from "@/lib/time";
import { buildTree, insertCandidate, recordMove, resetDb, type Tree } from "./support/fixtures";

let tree: Tree;

beforeEach(async () => {
  await resetDb();
  tree = await buildTree();
});

const addDays = (iso: string, days: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
const daysBetween = (from: string, to: string) => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
const bucketOf = (days: number) => STAY_BUCKET_BOUNDS.filter((bound) => days >= bound).length;

async function createCandidate(unitId: string, since: string, name: string, withHistory = true) {
  const c = await insertCandidate(unitId, name);
  await prisma.candidate.update({ where: { id: c.id }, data: { stageSince: new Date(`${since}T00:00:00Z`) } });
  if (withHistory) await prisma.candidateEvent.create({ data: { candidateId: c.id, kind: "CREATED", toStage: "SOURCE" } });
  return c.id;
}

const rollupRows = () => prisma.stageExitRollup.findMany({ orderBy: [{ unitId: "asc" }, { stage: "asc" }, { month: "asc" }] });

/** UnitStageCount against a GROUP BY over "Candidate" (rows that came back to 0 may stay). */
async function expectStageCountsExact() {
  const kept = await prisma.$queryRaw<{ unitId: string; stage: string; count: number }[]>`
    SELECT "unitId"::text AS "unitId", stage::text AS stage, count FROM "UnitStageCount" WHERE count <> 0 ORDER BY 1, 2`;
  const truth = await prisma.$queryRaw<{ unitId: string; stage: string; count: number }[]>`
    SELECT "unitId"::text AS "unitId", stage::text AS stage, count(*)::int AS count FROM "Candidate" GROUP BY 1, 2 ORDER BY 1, 2`;
  expect(kept).toEqual(truth);
}

/**
 * StageExitRollup from the history in TypeScript: per candidate, CREATED/TRANSITION events in
 * (effectiveOn, id) order; each TRANSITION with a fromStage after another event is a move out of
 * fromStage in the month of its effectiveOn, counted at its recorded unit and every unit above it.
 */
async function expectedRollup() {
  const events = await prisma.candidateEvent.findMany({
    where: { kind: { in: ["CREATED", "TRANSITION"] } },
    orderBy: [{ candidateId: "asc" }, { effectiveOn: "asc" }, { id: "asc" }],
  });
  const paths = new Map((await prisma.unit.findMany({ select: { id: true, path: true } })).map((u) => [u.id, u.path]));
  const rows = new Map<string, { unitId: string; stage: string; month: string; forward: number; exits: number; buckets: number[] }>();
  for (let i = 1; i < events.length; i++) {
    const [prev, move] = [events[i - 1]!, events[i]!];
    if (prev.candidateId !== move.candidateId || move.kind !== "TRANSITION" || !move.fromStage) continue;
    const left = toIsoDate(move.effectiveOn!);
    const bucket = bucketOf(daysBetween(toIsoDate(prev.effectiveOn!), left));
    const exit = move.toStage === "DROPPED" || move.toStage === "STRUCK_OFF";
    for (const unitId of paths.get(move.unitId!)!.split("/").filter(Boolean)) {
      const key = `${unitId}|${move.fromStage}|${left.slice(0, 7)}`;
      const row = rows.get(key) ?? { unitId, stage: move.fromStage, month: `${left.slice(0, 7)}-01`, forward: 0, exits: 0, buckets: Array<number>(13).fill(0) };
      if (exit) row.exits++;
      else row.forward++;
      row.buckets[bucket]!++;
      rows.set(key, row);
    }
  }
  return [...rows.values()].sort((a, b) => (a.unitId + a.stage + a.month < b.unitId + b.stage + b.month ? -1 : 1));
}

async function expectExitRollupExact() {
  const kept = await rollupRows();
  const asRows = kept.map((r) => ({
    unitId: r.unitId,
    stage: r.stage,
    month: toIsoDate(r.month),
    forward: r.forward,
    exits: r.exits,
    buckets: [r.b0, r.b1, r.b2, r.b3, r.b4, r.b5, r.b6, r.b7, r.b8, r.b9, r.b10, r.b11, r.b12],
  }));
  const expected = await expectedRollup();
  expect([...asRows].sort((a, b) => (a.unitId + a.stage + a.month < b.unitId + b.stage + b.month ? -1 : 1))).toEqual(expected);
  await prisma.$executeRaw`SELECT stage_exit_rollup_rebuild()`;
  expect(await rollupRows()).toEqual(kept);
}

describe("the stage-exit roll-up counts on the step's date", () => {
  it("puts a 238-day stay typed in today in the 180–270-day bucket of the month of its step date", async () => {
    const id = await createCandidate(tree.B1.id, "2025-01-10", "Nguyễn Thị Lan");
    const date = addDays("2025-01-10", 238); // 2025-09-05
    await recordMove(id, "SOURCE", "SYMPATHIZER", date);

    const events = await prisma.candidateEvent.findMany({ where: { candidateId: id }, orderBy: { id: "asc" } });
    expect(events.map((e) => [e.kind, toIsoDate(e.effectiveOn!), e.unitId])).toEqual([
      ["CREATED", "2025-01-10", tree.B1.id],
      ["TRANSITION", "2025-09-05", tree.B1.id],
    ]);
    const rows = await prisma.stageExitRollup.findMany({ where: { unitId: tree.B1.id } });
    expect(rows).toHaveLength(1);
    expect(toIsoDate(rows[0]!.month)).toBe("2025-09-01");
    expect(rows[0]).toMatchObject({ stage: "SOURCE", forward: 1, exits: 0, b0: 0, b7: 0, b8: 1, b9: 0 }); // b8: 180 to under 270 days
    // The same at every unit above the branch, nothing in the month it was typed in.
    expect((await prisma.stageExitRollup.findMany({ where: { b8: 1 } })).map((r) => r.unitId).sort()).toEqual(
      [tree.SUP.id, tree.G1.id, tree.P1.id, tree.B1.id].sort(),
    );
    expect(await prisma.stageExitRollup.count({ where: { month: new Date(`${todayVn().slice(0, 7)}-01T00:00:00Z`) } })).toBe(0);
    await expectExitRollupExact();
  });

  it("re-measures the next stay when a back-dated move is recorded between two others", async () => {
    const id = await createCandidate(tree.B4.id, "2025-01-01", "Trần Văn Bình");
    await recordMove(id, "SOURCE", "SYMPATHIZER", "2025-07-01"); // 181 days
    await prisma.candidateEvent.create({
      data: { candidateId: id, kind: "TRANSITION", fromStage: "SOURCE", toStage: "DROPPED", changes: { date: "2025-02-01" } },
    });
    // Now the history reads: created 1/1, left SOURCE for DROPPED on 1/2 (31 days), then 1/7 (150 days after 1/2).
    const rows = await prisma.stageExitRollup.findMany({ where: { unitId: tree.B4.id }, orderBy: { month: "asc" } });
    expect(rows.map((r) => [toIsoDate(r.month), r.forward, r.exits, r.b3, r.b7, r.b8])).toEqual([
      ["2025-02-01", 0, 1, 1, 0, 0],
      ["2025-07-01", 1, 0, 0, 1, 0],
    ]);
    await expectExitRollupExact();
  });

  it("keeps a candidate's earlier moves in the unit where they happened after the candidate moves", async () => {
    const id = await createCandidate(tree.B1.id, "2025-03-03", "Lê Thị Hoa");
    await recordMove(id, "SOURCE", "SYMPATHIZER", "2025-04-02");
    await prisma.candidate.update({ where: { id }, data: { unitId: tree.B4.id } });
    await recordMove(id, "SYMPATHIZER", "TRAINING", "2025-06-02");
    const byUnit = async (unitId: string) => (await prisma.stageExitRollup.findMany({ where: { unitId } })).map((r) => r.stage).sort();
    expect(await byUnit(tree.G1.id)).toEqual(["SOURCE"]);
    expect(await byUnit(tree.G2.id)).toEqual(["SYMPATHIZER"]);
    expect(await byUnit(tree.SUP.id)).toEqual(["SOURCE", "SYMPATHIZER"]);
    await expectExitRollupExact();
    await expectStageCountsExact();
  });
});

type Action =
  | { t: "create"; unit: number; offset: number; history: boolean }
  | { t: "move"; c: number; days: number; target: number; atShift: number }
  | { t: "exit"; c: number; days: number }
  | { t: "relocate"; c: number; unit: number }
  | { t: "moveUnit"; unit: number; parent: number }
  | { t: "delete"; c: number };

const action: fc.Arbitrary<Action> = fc.oneof(
  { weight: 3, arbitrary: fc.record({ t: fc.constant("create" as const), unit: fc.nat(), offset: fc.integer({ min: 0, max: 900 }), history: fc.boolean() }) },
  // days: the step date relative to the stage's start, sometimes before it (a correction typed late);
  // target: mostly the next stage, sometimes any stage; atShift: recording time, hours from now.
  {
    weight: 6,
    arbitrary: fc.record({
      t: fc.constant("move" as const),
      c: fc.nat(),
      days: fc.integer({ min: -60, max: 800 }),
      target: fc.nat({ max: 19 }),
      atShift: fc.integer({ min: -72, max: 72 }),
    }),
  },
  { weight: 1, arbitrary: fc.record({ t: fc.constant("exit" as const), c: fc.nat(), days: fc.integer({ min: 0, max: 300 }) }) },
  { weight: 2, arbitrary: fc.record({ t: fc.constant("relocate" as const), c: fc.nat(), unit: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ t: fc.constant("moveUnit" as const), unit: fc.nat(), parent: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ t: fc.constant("delete" as const), c: fc.nat() }) },
);

interface ModelCandidate {
  id: string;
  stage: StageCode;
  since: string;
  history: boolean;
  deleted: boolean;
}

async function run(actions: Action[]) {
  await resetDb();
  tree = await buildTree();
  const holders = [tree.B1, tree.B2, tree.B3, tree.B4, tree.G3];
  const movable = [tree.B1, tree.B2, tree.B3, tree.B4, tree.P1];
  const parents = [tree.SUP, tree.G1, tree.G2, tree.P1];
  const people: ModelCandidate[] = [];
  const live = () => people.filter((p) => !p.deleted);
  for (const [n, a] of actions.entries()) {
    const pick = (i: number) => (live().length ? live()[i % live().length]! : null);
    switch (a.t) {
      case "create": {
        const since = addDays("2024-01-01", a.offset);
        const id = await createCandidate(holders[a.unit % holders.length]!.id, since, `Ứng viên ${n}`, a.history);
        people.push({ id, stage: "SOURCE", since, history: a.history, deleted: false });
        break;
      }
      case "move": {
        const p = pick(a.c);
        if (!p || p.stage === "OFFICIAL" || p.stage === "DROPPED" || p.stage === "STRUCK_OFF") break;
        const next = PIPELINE_STAGES[PIPELINE_STAGES.indexOf(p.stage as (typeof PIPELINE_STAGES)[number]) + 1]!;
        const to = a.target < 15 ? next : STAGES[a.target % STAGES.length]!;
        if (to === p.stage) break;
        const date = addDays(p.since, a.days);
        await recordMove(p.id, p.stage, to, date, new Date(Date.now() + a.atShift * 3_600_000));
        Object.assign(p, { stage: to, since: date, history: true });
        break;
      }
      case "exit": {
        const p = pick(a.c);
        if (!p || p.stage === "OFFICIAL" || p.stage === "DROPPED" || p.stage === "STRUCK_OFF") break;
        const to = p.stage === "PROBATION" ? "STRUCK_OFF" : "DROPPED";
        const date = addDays(p.since, a.days);
        await recordMove(p.id, p.stage, to, date);
        Object.assign(p, { stage: to, since: date, history: true });
        break;
      }
      case "relocate": {
        const p = pick(a.c);
        if (p) await prisma.candidate.update({ where: { id: p.id }, data: { unitId: holders[a.unit % holders.length]!.id } });
        break;
      }
      case "moveUnit": {
        const unit = movable[a.unit % movable.length]!;
        const parent = parents[a.parent % parents.length]!;
        if (unit.id !== parent.id) await prisma.unit.update({ where: { id: unit.id }, data: { parentId: parent.id } });
        break;
      }
      case "delete": {
        // History is append-only, so only a candidate without any can go.
        const p = pick(a.c);
        if (p && !p.history) {
          await prisma.candidate.delete({ where: { id: p.id } });
          p.deleted = true;
        }
        break;
      }
    }
  }
}

describe("every roll-up equals a computation from scratch after random writes", () => {
  it("UnitStageCount and StageExitRollup", { timeout: 240_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(action, { minLength: 1, maxLength: 40 }), async (actions) => {
        await run(actions);
        await expectStageCountsExact();
        await expectExitRollupExact();
      }),
      { numRuns: 30 },
    );
  });
});
