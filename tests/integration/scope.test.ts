import { beforeAll, describe, expect, it } from "vitest";
import { actorFor, buildTree, expectAppError, insertCandidate, resetDb, validCandidateInput, type Tree } from "./support/fixtures";
import { listCandidates } from "@/lib/services/candidates/list-candidates";
import { getCandidate } from "@/lib/services/candidates/get-candidate";
import { createCandidate } from "@/lib/services/candidates/create-candidate";
import { listUnits } from "@/lib/services/units/list-units";
import { loadActor } from "@/lib/auth/actor";
import { prisma } from "@/lib/db/client";
import { getAttainment } from "@/lib/services/dashboard/attainment";
import { getForecast } from "@/lib/services/dashboard/forecast";
import { getDashboardCharts } from "@/lib/services/dashboard/charts";

let tree: Tree;
const ids: Record<string, string> = {};

beforeAll(async () => {
  await resetDb();
  tree = await buildTree();
  for (const [code, unit] of Object.entries({ B1: tree.B1, B2: tree.B2, B3: tree.B3, B4: tree.B4, G3: tree.G3 })) {
    ids[code] = (await insertCandidate(unit.id, `Trần Thị ${code}`)).id;
  }
});

const names = (r: { items: { fullName: string }[] }) => r.items.map((c) => c.fullName).sort();

describe("who sees which candidates (lib/auth scope through every service)", () => {
  it("an administrator sees every unit", async () => {
    const actor = await actorFor("ADMIN", tree.SUP.id);
    expect((await listCandidates({ actor, input: {} })).total).toBe(5);
    expect((await listUnits({ actor })).items).toHaveLength(9);
  });

  it("superior committee staff see their whole subtree", async () => {
    const actor = await actorFor("SUPERIOR_STAFF", tree.SUP.id);
    expect(names(await listCandidates({ actor, input: {} }))).toEqual(["Trần Thị B1", "Trần Thị B2", "Trần Thị B3", "Trần Thị B4", "Trần Thị G3"]);
  });

  it("grassroots staff see their grassroots organisation and everything under it, nothing else", async () => {
    const actor = await actorFor("GRASSROOTS_STAFF", tree.G1.id);
    expect(names(await listCandidates({ actor, input: {} }))).toEqual(["Trần Thị B1", "Trần Thị B2", "Trần Thị B3"]);
    expect((await expectAppError(getCandidate({ actor, id: ids.B4! }))).code).toBe("NOT_FOUND");
    expect((await listUnits({ actor })).items.map((u) => u.code).sort()).toEqual(["B1", "B2", "B3", "G1", "P1"]);
  });

  it("a branch secretary sees their branch only; another branch's candidate is a 404", async () => {
    const actor = await actorFor("BRANCH_SECRETARY", tree.B1.id);
    expect(names(await listCandidates({ actor, input: {} }))).toEqual(["Trần Thị B1"]);
    expect((await getCandidate({ actor, id: ids.B1! })).fullName).toBe("Trần Thị B1");
    expect((await expectAppError(getCandidate({ actor, id: ids.B2! }))).code).toBe("NOT_FOUND");
    // Asking for a unit outside the scope yields nothing rather than an error that reveals it.
    expect((await listCandidates({ actor, input: { unitId: tree.B2.id } })).total).toBe(0);
  });

  it("a branch secretary cannot create a candidate in another branch", async () => {
    const actor = await actorFor("BRANCH_SECRETARY", tree.B1.id);
    const error = await expectAppError(createCandidate({ actor, input: validCandidateInput(tree.B2.id, { nationalId: "038201009999" }) }));
    expect(error.code).toBe("NOT_FOUND");
  });

  it("a viewer reads their subtree and may change nothing", async () => {
    const actor = await actorFor("VIEWER", tree.G2.id);
    expect(names(await listCandidates({ actor, input: {} }))).toEqual(["Trần Thị B4"]);
    expect((await expectAppError(createCandidate({ actor, input: validCandidateInput(tree.B4.id) }))).code).toBe("FORBIDDEN");
  });
});

describe("scopes are shared between requests but never stale", () => {
  it("a new branch, a deactivated one, a new role and a new home unit take effect on the next request", async () => {
    const staff = await actorFor("GRASSROOTS_STAFF", tree.G2.id);
    expect(staff.scope.readable.size).toBe(2);
    const id = crypto.randomUUID();
    await prisma.unit.create({
      data: { id, code: "B5", name: "Đơn vị B5", kind: "BRANCH", parentId: tree.G2.id, path: `${tree.G2.path}${id}/`, depth: tree.G2.depth + 1 },
    });
    const afterAdd = (await loadActor(staff.userId))!;
    expect(afterAdd.scope.readable.has(id)).toBe(true);
    await insertCandidate(id, "Lê Văn B5");
    expect(names(await listCandidates({ actor: afterAdd, input: {} }))).toEqual(["Lê Văn B5", "Trần Thị B4"]);

    await prisma.unit.update({ where: { id }, data: { active: false } });
    const afterClose = (await loadActor(staff.userId))!;
    expect(afterClose.scope.readable.has(id)).toBe(false);
    expect(names(await listCandidates({ actor: afterClose, input: {} }))).toEqual(["Trần Thị B4"]);

    await prisma.user.update({ where: { id: staff.userId }, data: { role: "VIEWER" } });
    expect((await loadActor(staff.userId))!.scope.writable.size).toBe(0);

    await prisma.user.update({ where: { id: staff.userId }, data: { unitId: tree.B4.id } });
    expect([...(await loadActor(staff.userId))!.scope.readable]).toEqual([tree.B4.id]);
  });
});

describe("dashboards keep to the caller's units", () => {
  it("a unit outside the scope is a 404 for every dashboard service; without a unit, the caller's top unit", async () => {
    const actor = await actorFor("GRASSROOTS_STAFF", tree.G1.id);
    for (const service of [getAttainment, getForecast, getDashboardCharts]) {
      expect((await expectAppError(service({ actor, input: { period: "2026", unitId: tree.G2.id } }))).code).toBe("NOT_FOUND");
      expect((await expectAppError(service({ actor, input: { period: "2026", unitId: tree.SUP.id } }))).code).toBe("NOT_FOUND");
    }
    expect((await getAttainment({ actor, input: { period: "2026" } })).unitId).toBe(tree.G1.id);
    expect((await getAttainment({ actor, input: { period: "2026", unitId: tree.P1.id } })).unitId).toBe(tree.P1.id);
  });
});
