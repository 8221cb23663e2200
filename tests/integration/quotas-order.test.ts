import { beforeEach, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { listQuotas } from "@/lib/services/quotas/quotas";
import { actorFor, buildTree, resetDb, type Tree } from "./support/fixtures";

let tree: Tree;

beforeEach(async () => {
  await resetDb();
  tree = await buildTree();
  // Names whose Vietnamese order is neither the code order (G1, G2, G3, SUP) nor the code-point order.
  await prisma.unit.update({ where: { id: tree.G1.id }, data: { name: "Đảng bộ Đông Sơn" } });
  await prisma.unit.update({ where: { id: tree.G2.id }, data: { name: "Đảng bộ Dân Lực" } });
  await prisma.unit.update({ where: { id: tree.G3.id }, data: { name: "Đảng bộ Ân Tín" } });
});

describe("the order of the quotas list", () => {
  it("puts the unit itself first, then its children in Vietnamese name order", async () => {
    const staff = await actorFor("SUPERIOR_STAFF", tree.SUP.id);
    const list = await listQuotas({ actor: staff, input: { period: "2026" } });
    expect(list.items.map((i) => i.name)).toEqual(["Đơn vị SUP", "Đảng bộ Ân Tín", "Đảng bộ Dân Lực", "Đảng bộ Đông Sơn"]);
    expect(list.items.map((i) => i.isParent)).toEqual([true, false, false, false]);
  });

  it("does the same one level down, for the unit asked for", async () => {
    await prisma.unit.update({ where: { id: tree.B3.id }, data: { name: "Chi bộ An Hòa" } });
    const staff = await actorFor("SUPERIOR_STAFF", tree.SUP.id);
    const list = await listQuotas({ actor: staff, input: { period: "2026", unitId: tree.G1.id } });
    expect(list.items.map((i) => i.name)).toEqual(["Đảng bộ Đông Sơn", "Chi bộ An Hòa", "Đơn vị P1"]);
  });
});
