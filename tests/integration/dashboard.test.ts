import { beforeEach, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { getAttainment } from "@/lib/services/dashboard/attainment";
import { getForecast } from "@/lib/services/dashboard/forecast";
import { listQuotas, putQuota } from "@/lib/services/quotas/quotas";
import { actorFor, buildTree, expectAppError, insertCandidate, resetDb, type Tree } from "./support/fixtures";

let tree: Tree;
const today = "2026-07-02";

beforeEach(async () => {
  await resetDb();
  tree = await buildTree();
});

async function admit(unitId: string, date: string, n = 1) {
  for (let i = 0; i < n; i++) {
    const c = await insertCandidate(unitId, `Đảng viên ${unitId.slice(0, 4)} ${date} ${i}`, { stage: "OFFICIAL" });
    await prisma.decision.create({
      data: { candidateId: c.id, kind: "ADMISSION", unitId: tree.SUP.id, number: `${c.id.slice(0, 8)}`, date: new Date(`${date}T00:00:00Z`) },
    });
  }
}

describe("quotas", () => {
  it("lets committee staff set quotas below them, keeps the history, and refuses bad input", async () => {
    const staff = await actorFor("SUPERIOR_STAFF", tree.SUP.id);
    await putQuota({ actor: staff, input: { unitId: tree.G1.id, period: "2026", target: 10, documentNumber: "KH 12" } });
    await putQuota({ actor: staff, input: { unitId: tree.G1.id, period: "2026", target: 12, documentNumber: "KH 12" } });
    const list = await listQuotas({ actor: staff, input: { period: "2026" } });
    const g1 = list.items.find((i) => i.unitId === tree.G1.id)!;
    expect(g1.approved).toMatchObject({ target: 12 });
    expect(g1.approved!.history).toHaveLength(2);
    for (const [input, path] of [
      [{ unitId: tree.G1.id, period: "2026", target: -1 }, "target"],
      [{ unitId: tree.G1.id, period: "2026", target: 2.5 }, "target"],
      [{ unitId: tree.G1.id, period: "2020-2024", target: 3 }, "period"],
      [{ unitId: tree.G1.id, period: "2026", mode: "PERCENT_OF_MEMBERS", percent: 120 }, "percent"],
    ] as const) {
      const error = await expectAppError(putQuota({ actor: staff, input }));
      expect(error.code).toBe("VALIDATION_FAILED");
      expect(error.details[0]!.path).toBe(path);
    }
    await prisma.quota.updateMany({ data: { locked: true } });
    expect((await expectAppError(putQuota({ actor: staff, input: { unitId: tree.G1.id, period: "2026", target: 20 } }))).messageKey).toBe("PERIOD_LOCKED");
  });

  it("computes a percentage quota from the members, and lets a grassroots committee only propose its own", async () => {
    await prisma.unit.update({ where: { id: tree.G1.id }, data: { totalMembers: 250 } });
    const staff = await actorFor("SUPERIOR_STAFF", tree.SUP.id);
    expect(await putQuota({ actor: staff, input: { unitId: tree.G1.id, period: "2020-2025", mode: "PERCENT_OF_MEMBERS", percent: 3 } })).toMatchObject({
      target: 8,
    });
    const grassroots = await actorFor("GRASSROOTS_STAFF", tree.G1.id);
    expect((await expectAppError(putQuota({ actor: grassroots, input: { unitId: tree.G1.id, period: "2027", target: 5 } }))).details[0]!.message).toBe(
      "quotaOwnUnit",
    );
    expect(await putQuota({ actor: grassroots, input: { unitId: tree.G1.id, period: "2027", target: 5, status: "PROPOSED" } })).toMatchObject({
      status: "PROPOSED",
    });
    expect(await putQuota({ actor: grassroots, input: { unitId: tree.B1.id, period: "2027", target: 2 } })).toMatchObject({ status: "APPROVED" });
    expect((await expectAppError(putQuota({ actor: grassroots, input: { unitId: tree.B4.id, period: "2027", target: 2 } }))).code).toBe("NOT_FOUND");
  });
});

describe("attainment and forecast", () => {
  it("rolls admissions up each child's subtree and compares them with quotas", async () => {
    const staff = await actorFor("SUPERIOR_STAFF", tree.SUP.id);
    await admit(tree.B1.id, "2026-02-10", 3);
    await admit(tree.B3.id, "2026-03-10", 2);
    await admit(tree.B4.id, "2026-04-10", 1);
    await admit(tree.G3.id, "2025-12-31", 4); // the year before: not counted
    await insertCandidate(tree.B2.id, "Người chờ", { stage: "TRAINING" });
    for (const [unitId, target] of [
      [tree.SUP.id, 20],
      [tree.G1.id, 4],
      [tree.G2.id, 6],
    ] as const)
      await putQuota({ actor: staff, input: { unitId, period: "2026", target } });
    const result = await getAttainment({ actor: staff, input: { period: "2026" }, today });
    expect(result.parent).toMatchObject({ admitted: 6, quota: 20, childrenSum: 10, difference: -10 });
    const byCode = Object.fromEntries(result.rows.map((r) => [r.unitId === tree.G1.id ? "G1" : r.unitId === tree.G2.id ? "G2" : "G3", r]));
    expect(byCode.G1).toMatchObject({ admitted: 5, quota: 4, attainment: 1.25, band: "ACHIEVED", pipeline: { OFFICIAL: 5, TRAINING: 1 } });
    expect(byCode.G2).toMatchObject({ admitted: 1, quota: 6, band: "BEHIND" });
    expect(byCode.G3).toMatchObject({ admitted: 0, quota: null, band: "NO_QUOTA" });
    // Drill down: G1's children.
    const g1 = await getAttainment({ actor: staff, input: { period: "2026", unitId: tree.G1.id }, today });
    expect(g1.rows.map((r) => [r.name, r.admitted])).toEqual([
      ["Đơn vị B3", 2],
      ["Đơn vị P1", 3],
    ]);
    expect(g1.breadcrumb.map((b) => b.name)).toEqual(["Đơn vị SUP", "Đơn vị G1"]);
    // A secretary sees nothing above their branch: the bloc does not exist for them.
    const secretary = await actorFor("BRANCH_SECRETARY", tree.B4.id);
    expect((await expectAppError(getAttainment({ actor: secretary, input: { period: "2026", unitId: tree.SUP.id }, today }))).code).toBe("NOT_FOUND");
    expect((await getAttainment({ actor: secretary, input: { period: "2026" }, today })).unitId).toBe(tree.B4.id);
  });

  it("flags a unit that will miss its quota, with the reason", async () => {
    const staff = await actorFor("SUPERIOR_STAFF", tree.SUP.id);
    await putQuota({ actor: staff, input: { unitId: tree.G2.id, period: "2026", target: 8 } });
    await admit(tree.B4.id, "2026-03-01", 1);
    await insertCandidate(tree.B4.id, "Người nguồn", { stage: "SOURCE" });
    const forecast = await getForecast({ actor: staff, input: { period: "2026" }, today });
    const g2 = forecast.rows.find((r) => r.unitId === tree.G2.id)!;
    expect(g2).toMatchObject({ admittedSoFar: 1, atRisk: true });
    expect(g2.reasons.map((r) => r.code)).toContain("TOO_FEW_IN_PIPELINE");
    expect(forecast.atRisk.map((r) => r.unitId)).toEqual([tree.G2.id]);
  });

  it("refuses a period that is neither a year nor a term", async () => {
    const staff = await actorFor("SUPERIOR_STAFF", tree.SUP.id);
    expect((await expectAppError(getAttainment({ actor: staff, input: { period: "2026-Q1" } }))).details).toEqual([
      { path: "period", message: "periodFormat" },
    ]);
  });
});

describe("categories and the report", () => {
  it("compares admissions by category with the quota's category targets, and exports the unit × category table", async () => {
    const staff = await actorFor("SUPERIOR_STAFF", tree.SUP.id);
    await admit(tree.B1.id, "2026-02-10", 2); // insertCandidate makes women
    await admit(tree.B4.id, "2026-03-10", 1);
    await putQuota({ actor: staff, input: { unitId: tree.SUP.id, period: "2026", target: 5, categoryTargets: { WOMEN: 2, YOUTH_UNION: 1 } } });
    const { getDashboardCharts } = await import("@/lib/services/dashboard/charts");
    const charts = (await getDashboardCharts({ actor: staff, input: { period: "2026" }, today }))!;
    expect(charts.categories.find((c) => c.category === "WOMEN")).toMatchObject({ count: 3, share: 1, target: 2, attainment: 1.5 });
    expect(charts.categories.find((c) => c.category === "YOUTH_UNION")).toMatchObject({ count: 0, target: 1, attainment: 0 });
    expect(charts.admittedTotal).toBe(3);

    const { exportDashboard } = await import("@/lib/services/dashboard/export");
    const file = await exportDashboard({ actor: staff, input: { period: "2026", format: "xlsx" } });
    const ExcelJS = (await import("exceljs")).default;
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(file.body as unknown as ArrayBuffer);
    const matrix = book.getWorksheet("Kết nạp theo đơn vị")!;
    expect(matrix.getRow(1).getCell(1).value).toBe("Đơn vị");
    const g1 = matrix.getRows(2, matrix.rowCount - 1)!.find((r) => r.getCell(1).value === "Đơn vị G1")!;
    expect([g1.getCell(2).value, g1.getCell(3).value]).toEqual([2, 2]); // total, women
    const csv = await exportDashboard({ actor: staff, input: { period: "2026", format: "csv" } });
    expect(csv.body.toString("utf8")).toContain("Đơn vị G1,,2,");
  });
});

describe("the stage history roll-up behind the forecast", () => {
  /** A candidate's history: created on `start`, then one move per [days later, from, to]. */
  async function history(unitId: string, start: string, moves: [number, string, string][]) {
    const c = await insertCandidate(unitId, `Lịch sử ${unitId.slice(0, 4)} ${start} ${moves.length}`);
    const at = (days: number) => new Date(new Date(`${start}T02:00:00Z`).getTime() + days * 86_400_000);
    await prisma.candidateEvent.create({ data: { candidateId: c.id, kind: "CREATED", toStage: "SOURCE", at: at(0) } });
    for (const [days, from, to] of moves) {
      await prisma.candidateEvent.create({ data: { candidateId: c.id, kind: "TRANSITION", fromStage: from as never, toStage: to as never, at: at(days) } });
    }
  }

  it("counts moves and stays per child, for the whole subtree and for the bloc, and agrees with a rebuild from the events", async () => {
    const { stageExitsByChild } = await import("@/lib/db/rollups");
    const { medianFromBuckets } = await import("@/lib/domain/quotas/stay-buckets");
    // G1: three left the source list after 20, 20 and 100 days; one of them then dropped out after 10.
    await history(tree.B1.id, "2025-01-06", [
      [20, "SOURCE", "SYMPATHIZER"],
      [30, "SYMPATHIZER", "DROPPED"],
    ]);
    await history(tree.B2.id, "2025-02-03", [[20, "SOURCE", "SYMPATHIZER"]]);
    await history(tree.B3.id, "2025-03-03", [[100, "SOURCE", "SYMPATHIZER"]]);
    // G2: one left the source list after 3 days. Before the window: not counted.
    await history(tree.B4.id, "2026-01-05", [[3, "SOURCE", "SYMPATHIZER"]]);
    await history(tree.B4.id, "2020-01-06", [[40, "SOURCE", "SYMPATHIZER"]]);

    const bloc = (await actorFor("SUPERIOR_STAFF", tree.SUP.id)).scope;
    const rows = await stageExitsByChild(bloc, tree.SUP, "2024-07-02");
    const row = (unitId: string, stage: string) => rows.find((r) => r.unit_id === unitId && r.stage === stage);
    expect(row(tree.G1.id, "SOURCE")).toMatchObject({ forward: 3, exits: 0 });
    expect(medianFromBuckets(row(tree.G1.id, "SOURCE")!.buckets)).toBeCloseTo(14 + 16 * (1.5 / 2)); // two of three in 14–29 days
    expect(row(tree.G1.id, "SYMPATHIZER")).toMatchObject({ forward: 0, exits: 1 });
    expect(row(tree.G2.id, "SOURCE")).toMatchObject({ forward: 1, exits: 0 });
    // The bloc (here also the parent) sees all four moves out of the source list in the window.
    expect(row(tree.SUP.id, "SOURCE")).toMatchObject({ forward: 4, exits: 0 });
    expect(row(tree.G3.id, "SOURCE")).toBeUndefined();

    // A drill-down into G1 reads its children and still falls back on the bloc.
    const inG1 = await stageExitsByChild(bloc, tree.G1, "2024-07-02");
    expect(inG1.find((r) => r.unit_id === tree.P1.id && r.stage === "SOURCE")).toMatchObject({ forward: 2 });
    expect(inG1.find((r) => r.unit_id === tree.SUP.id && r.stage === "SOURCE")).toMatchObject({ forward: 4 });

    const before = await prisma.stageExitRollup.findMany({ orderBy: [{ unitId: "asc" }, { stage: "asc" }, { month: "asc" }] });
    await prisma.$executeRaw`SELECT stage_exit_rollup_rebuild()`;
    const after = await prisma.stageExitRollup.findMany({ orderBy: [{ unitId: "asc" }, { stage: "asc" }, { month: "asc" }] });
    expect(after).toEqual(before);
  });
});
