import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { prisma } from "@/lib/db/client";
import type { StageCode } from "@/lib/domain/stages";
import { addDays } from "@/lib/domain/rules/dates";
import { getAttainment } from "@/lib/services/dashboard/attainment";
import { exportDashboard } from "@/lib/services/dashboard/export";
import { getForecast, type TUnitForecast } from "@/lib/services/dashboard/forecast";
import { putQuota } from "@/lib/services/quotas/quotas";
import type { Actor } from "@/lib/auth/actor";
import { actorFor, buildTree, insertCandidate, resetDb, type Tree } from "./support/fixtures";

/**
 * A unit's forecast is the same at every level of the drill-down: its row on its parent's
 * dashboard and its own summary when drilled into it come from one computation over the same
 * inputs (its subtree's live candidates and admissions, its own quota, the same stage statistics
 * with the same bloc fallback), so they agree to the last bit, reason included.
 */
let tree: Tree;
let staff: Actor;
const today = "2026-10-01";
const period = "2026";
const PATH: StageCode[] = ["SOURCE", "SYMPATHIZER", "TRAINING", "DOSSIER", "BRANCH_VOTE", "COMMITTEE_REVIEW", "SUPERIOR_DECISION", "CEREMONY"];
let serial = 0;

/** A past candidate's history from the source list, one stay (days) per stage; the last move may be a drop-out. */
async function past(unitId: string, start: string, stays: number[], dropAtEnd = false) {
  const c = await insertCandidate(unitId, `Lịch sử ${serial++}`, { stage: "OFFICIAL" });
  await prisma.candidateEvent.create({ data: { candidateId: c.id, kind: "CREATED", toStage: "SOURCE", at: new Date(`${start}T02:00:00Z`) } });
  let date = start;
  for (const [i, stay] of stays.entries()) {
    date = addDays(date, stay);
    const to = dropAtEnd && i === stays.length - 1 ? "DROPPED" : PATH[i + 1]!;
    await prisma.candidateEvent.create({
      data: { candidateId: c.id, kind: "TRANSITION", fromStage: PATH[i]!, toStage: to, at: new Date(`${date}T02:00:00Z`), changes: { date, to } },
    });
  }
}

/** `n` candidates now in `stage` since `since`. */
async function live(unitId: string, stage: StageCode, since: string, n: number) {
  for (let i = 0; i < n; i++) {
    const c = await insertCandidate(unitId, `Quần chúng ${serial++}`);
    await prisma.candidate.update({ where: { id: c.id }, data: { stage, stageSince: new Date(`${since}T00:00:00Z`) } });
  }
}

async function admit(unitId: string, date: string, n: number) {
  for (let i = 0; i < n; i++) {
    const c = await insertCandidate(unitId, `Đảng viên ${serial++}`, { stage: "OFFICIAL" });
    await prisma.decision.create({
      data: { candidateId: c.id, kind: "ADMISSION", unitId: tree.SUP.id, number: c.id.slice(0, 8), date: new Date(`${date}T00:00:00Z`) },
    });
  }
}

/** Everything a level shows of a unit's forecast. */
const seen = ({
  admittedSoFar,
  expectedAdditional,
  projectedTotal,
  quota,
  projectedAttainment,
  atRisk,
  reasons,
  reason,
  sources,
  attainment,
}: TUnitForecast) => ({
  admittedSoFar,
  expectedAdditional,
  projectedTotal,
  quota,
  projectedAttainment,
  atRisk,
  reasons,
  reason,
  sources,
  attainment,
});

beforeAll(async () => {
  await resetDb();
  tree = await buildTree();
  staff = await actorFor("SUPERIOR_STAFF", tree.SUP.id);
  // History: six went all the way through in B1 (enough for G1's subtree to have rates of its
  // own), three in G3 (one dropped at the branch vote) and two in B4: those fall back on the bloc.
  for (let i = 0; i < 6; i++) await past(tree.B1.id, `2025-0${1 + i}-05`, [20 + i, 30, 45, 60, 25 + 3 * i, 10, 30]);
  for (let i = 0; i < 3; i++) await past(tree.G3.id, `2025-02-1${i}`, i === 0 ? [15, 20, 40, 50, 30] : [15, 20, 40, 50, 30, 12, 40], i === 0);
  for (let i = 0; i < 2; i++) await past(tree.B4.id, `2025-03-0${i + 2}`, [60, 60, 60, 90, 40, 20, 50]);

  // This year: admissions and the live pipeline.
  await admit(tree.B1.id, "2026-03-10", 2);
  await admit(tree.B3.id, "2026-05-12", 1);
  await admit(tree.B4.id, "2026-04-01", 1);
  await live(tree.B1.id, "BRANCH_VOTE", "2026-09-10", 3);
  await live(tree.B2.id, "TRAINING", "2026-08-20", 4);
  await live(tree.B3.id, "SOURCE", "2026-02-01", 2);
  await live(tree.P1.id, "DOSSIER", "2026-09-01", 1); // held by the partial committee itself
  await live(tree.B4.id, "SUPERIOR_DECISION", "2026-09-20", 2);
  await live(tree.G3.id, "SYMPATHIZER", "2026-07-01", 5);
  await live(tree.G3.id, "DOSSIER", "2025-11-01", 3); // long past the 120 days allowed

  // Quotas: the bloc, each grassroots unit and one branch; G1's children (P1, B3) and P1's (B1, B2) have none.
  for (const [unitId, target] of [
    [tree.SUP.id, 20],
    [tree.G1.id, 9],
    [tree.G2.id, 3],
    [tree.B4.id, 2],
    [tree.G3.id, 4],
  ] as const)
    await putQuota({ actor: staff, input: { unitId, period, target } });
});

afterEach(() => {
  vi.useRealTimers();
});

describe("a unit's forecast at every level of the drill-down", () => {
  it("is the same on its parent's dashboard (as a row) and on its own (as the parent), reason included", async () => {
    const parentOf: [keyof Tree, keyof Tree][] = [
      ["G1", "SUP"],
      ["G2", "SUP"],
      ["G3", "SUP"],
      ["P1", "G1"],
      ["B3", "G1"],
      ["B1", "P1"],
      ["B2", "P1"],
      ["B4", "G2"],
    ];
    const levels = new Map<string, Awaited<ReturnType<typeof getForecast>>>();
    const at = async (unitId: string) =>
      levels.get(unitId) ?? levels.set(unitId, await getForecast({ actor: staff, input: { period, unitId }, today })).get(unitId)!;
    for (const [unit, parent] of parentOf) {
      const asRow = (await at(tree[parent].id)).rows.find((r) => r.unitId === tree[unit].id);
      const asParent = (await at(tree[unit].id)).parent;
      expect(asRow, `${unit} on ${parent}'s dashboard`).toBeDefined();
      expect(asParent, `${unit}'s own dashboard`).not.toBeNull();
      expect({ unit, ...seen(asParent!) }).toEqual({ unit, ...seen(asRow!) });
    }
    // The test means something: units at risk and not, on their own rates and on the bloc's.
    const bloc = await at(tree.SUP.id);
    const row = (id: string) => bloc.rows.find((r) => r.unitId === id)!;
    expect(row(tree.G1.id).atRisk).toBe(true);
    expect(row(tree.G3.id).atRisk).toBe(true);
    expect(row(tree.G2.id).atRisk).toBe(false);
    expect(row(tree.G1.id).sources.BRANCH_VOTE).toBe("UNIT");
    expect(row(tree.G3.id).sources.BRANCH_VOTE).toBe("BLOC");
    expect(row(tree.G3.id).reason.lines.map((l) => l.code)).toContain("STUCK");
    // Without the view's unit id (the caller's top unit), the bloc's own forecast is the same too.
    expect((await getForecast({ actor: staff, input: { period }, today })).parent).toEqual(bloc.parent);
  });

  it("shows the quota and forecast of a unit whose children have no quota, and its own risk with the reason", async () => {
    const g1 = await getForecast({ actor: staff, input: { period, unitId: tree.G1.id }, today });
    expect(g1.rows.map((r) => r.quota)).toEqual([null, null]);
    expect(g1.atRisk).toEqual([]); // no child has a quota to miss…
    expect(g1.parent).toMatchObject({ quota: 9, admittedSoFar: 3, atRisk: true }); // …but G1 itself will miss its own
    const reason = g1.parent!.reason;
    expect(reason.lines[0]).toMatchObject({
      code: "PIPELINE",
      params: { total: 10 },
      items: [
        { stage: "BRANCH_VOTE", count: 3 },
        { stage: "DOSSIER", count: 1 },
        { stage: "TRAINING", count: 4 },
        { stage: "SOURCE", count: 2 },
      ],
    });
    expect(reason.gap).toBeCloseTo(9 - g1.parent!.projectedTotal);
    expect(reason.workingDaysLeft).toBe(g1.workingDaysLeft);
    expect(reason.lines.map((l) => l.code)).toEqual(expect.arrayContaining(["SHORT", "IN_TIME", "TOO_LATE"]));
    // The summary's quota is the same figure.
    const attainment = await getAttainment({ actor: staff, input: { period, unitId: tree.G1.id }, today });
    expect(attainment.parent?.quota).toBe(9);

    // G1's own staff, whose dashboard starts at G1, see the same forecast of G1 as the bloc does.
    const own = await getForecast({ actor: await actorFor("GRASSROOTS_STAFF", tree.G1.id), input: { period }, today });
    expect(seen(own.parent!)).toEqual(seen(g1.parent!));
  });

  it("carries the reason into the exported table, the unit's own on its sum row", async () => {
    const ExcelJS = (await import("exceljs")).default;
    // The export computes for the clock's today: the same day as the other tests (only Date is faked).
    vi.useFakeTimers({ toFake: ["Date"], now: new Date(`${today}T05:00:00Z`) });
    const table = async (unitId: string) => {
      const file = await exportDashboard({ actor: staff, input: { period, unitId, format: "xlsx" } });
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(file.body as unknown as ArrayBuffer);
      const sheet = book.worksheets[0]!;
      const header = sheet.getRow(1).values as unknown[];
      const rows = sheet.getRows(2, sheet.rowCount - 1)!.map((r) => r.values as unknown[]);
      return { header, rows, col: (name: string) => header.indexOf(name) };
    };
    const bloc = await table(tree.SUP.id);
    const reasonCol = bloc.col("Lý do");
    expect(reasonCol).toBeGreaterThan(0);
    const g1Row = bloc.rows.find((r) => r[1] === "Đơn vị G1")!;
    expect(String(g1Row[reasonCol])).toMatch(
      /^Trong quy trình \(10 người\): 3 chờ chi bộ xét, 1 đang làm hồ sơ, thẩm tra lý lịch, 4 đang học lớp nhận thức, 2 trong danh sách nguồn\. /,
    );
    expect(String(g1Row[reasonCol])).toContain("ngày làm việc");
    const inG1 = await table(tree.G1.id);
    const sum = inG1.rows.at(-1)!;
    expect(sum[1]).toBe("Cộng (Đơn vị G1)");
    expect([sum[bloc.col("Dự báo cuối kỳ")], sum[bloc.col("Nguy cơ không đạt")], sum[reasonCol]]).toEqual([
      g1Row[bloc.col("Dự báo cuối kỳ")],
      "Có",
      g1Row[reasonCol],
    ]);
  });
});
