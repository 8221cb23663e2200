import { beforeEach, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { approveProposal } from "@/lib/services/quotas/approve";
import { setQuotaLock } from "@/lib/services/quotas/lock";
import { holdLockChange } from "@/lib/db/quotas";
import { dbFor } from "@/lib/db/scoped";
import { listQuotas, putQuota } from "@/lib/services/quotas/quotas";
import { actorFor, buildTree, expectAppError, resetDb, type Tree } from "./support/fixtures";

let tree: Tree;

beforeEach(async () => {
  await resetDb();
  tree = await buildTree();
});

/** Both quota tables, whole: a refusal must leave them exactly as they were. */
async function quotaTables(): Promise<string> {
  const [quotas, changes] = await Promise.all([prisma.quota.findMany({ orderBy: { id: "asc" } }), prisma.quotaChange.findMany({ orderBy: { id: "asc" } })]);
  return JSON.stringify({ quotas, changes }, (_key, value: unknown) => (typeof value === "bigint" ? value.toString() : value));
}

/** Runs a call that must be refused, checks the tables did not change, and returns the error. */
async function refusedWithoutWrites(call: () => Promise<unknown>) {
  const before = await quotaTables();
  const error = await expectAppError(call());
  expect(await quotaTables()).toBe(before);
  return error;
}

async function row(actorRole: Parameters<typeof actorFor>[0], unitId: string, period: string, listedUnitId?: string) {
  const actor = await actorFor(actorRole, tree.SUP.id);
  const list = await listQuotas({ actor, input: { period, unitId: listedUnitId } });
  return list.items.find((i) => i.unitId === unitId)!;
}

describe("refused quota writes write nothing", () => {
  it("leaves Quota and QuotaChange unchanged after every kind of bad input", async () => {
    const staff = await actorFor("SUPERIOR_STAFF", tree.SUP.id);
    const grassroots = await actorFor("GRASSROOTS_STAFF", tree.G1.id);
    await putQuota({ actor: staff, input: { unitId: tree.G1.id, period: "2026", target: 10, documentNumber: "KH 12", documentDate: "20/12/2025" } });
    await putQuota({ actor: grassroots, input: { unitId: tree.G1.id, period: "2026", target: 12, status: "PROPOSED" } });
    const cases: [string, () => Promise<unknown>, number, string | undefined][] = [
      ["negative", () => putQuota({ actor: staff, input: { unitId: tree.G1.id, period: "2026", target: -1 } }), 422, "target"],
      ["non-integer", () => putQuota({ actor: staff, input: { unitId: tree.G1.id, period: "2026", target: 2.5 } }), 422, "target"],
      ["bad period", () => putQuota({ actor: staff, input: { unitId: tree.G1.id, period: "2020-2024", target: 3 } }), 422, "period"],
      [
        "percent over 100",
        () => putQuota({ actor: staff, input: { unitId: tree.G1.id, period: "2026", mode: "PERCENT_OF_MEMBERS", percent: 120 } }),
        422,
        "percent",
      ],
      [
        "bad document date",
        () => putQuota({ actor: staff, input: { unitId: tree.G1.id, period: "2026", target: 3, documentDate: "31/02/2026" } }),
        422,
        "documentDate",
      ],
      // A unit the caller may not write does not exist for them (API.md: 404 for any foreign id in a body).
      ["out-of-scope unit", () => putQuota({ actor: grassroots, input: { unitId: tree.B4.id, period: "2026", target: 2 } }), 404, undefined],
      ["own unit approved", () => putQuota({ actor: grassroots, input: { unitId: tree.G1.id, period: "2026", target: 2 } }), 422, "status"],
    ];
    for (const [name, call, status, path] of cases) {
      const error = await refusedWithoutWrites(call);
      expect({ name, status: error.status, path: error.details[0]?.path }).toEqual({ name, status, path });
    }
  });

  it("refuses approved and proposed figures in a locked period, for units with and without a quota row", async () => {
    const staff = await actorFor("SUPERIOR_STAFF", tree.SUP.id);
    const grassroots = await actorFor("GRASSROOTS_STAFF", tree.G1.id);
    await putQuota({ actor: staff, input: { unitId: tree.G1.id, period: "2026", target: 10 } });
    await putQuota({ actor: grassroots, input: { unitId: tree.G1.id, period: "2026", target: 12, status: "PROPOSED" } });
    await setQuotaLock({ actor: staff, input: { unitId: tree.G1.id, period: "2026", locked: true } });
    // G2 never had a quota: locking it still freezes it (and its branch B4).
    await setQuotaLock({ actor: staff, input: { unitId: tree.G2.id, period: "2026", locked: true } });
    const refusals = [
      () => putQuota({ actor: staff, input: { unitId: tree.G1.id, period: "2026", target: 20 } }),
      () => putQuota({ actor: grassroots, input: { unitId: tree.G1.id, period: "2026", target: 15, status: "PROPOSED" } }),
      () => putQuota({ actor: staff, input: { unitId: tree.G1.id, period: "2026", target: 20, status: "PROPOSED" } }),
      () => putQuota({ actor: grassroots, input: { unitId: tree.B1.id, period: "2026", target: 2 } }),
      () => putQuota({ actor: staff, input: { unitId: tree.G2.id, period: "2026", target: 4 } }),
      () => putQuota({ actor: staff, input: { unitId: tree.B4.id, period: "2026", target: 1, status: "PROPOSED" } }),
      () => approveProposal({ actor: staff, input: { unitId: tree.G1.id, period: "2026", version: 1 } }),
    ];
    for (const call of refusals) {
      const error = await refusedWithoutWrites(call);
      expect(error).toMatchObject({ status: 409, messageKey: "PERIOD_LOCKED" });
      expect(error.details[0]).toMatchObject({ path: "period" });
    }
    // Other periods and other units stay open.
    await putQuota({ actor: staff, input: { unitId: tree.G1.id, period: "2027", target: 9 } });
    await putQuota({ actor: staff, input: { unitId: tree.G3.id, period: "2026", target: 2 } });
    const g2 = await row("SUPERIOR_STAFF", tree.G2.id, "2026");
    expect(g2).toMatchObject({ locked: true, frozenBy: "Đơn vị G2", mayLock: false, mayUnlock: false, approved: { target: null } });
    const b4 = (await listQuotas({ actor: staff, input: { period: "2026", unitId: tree.G2.id } })).items.find((i) => i.unitId === tree.B4.id)!;
    expect(b4).toMatchObject({ locked: false, frozenBy: "Đơn vị G2" });
  });
});

describe("locking a period", () => {
  it("lets those who set a unit's figures lock it, only administrators unlock it, and records both", async () => {
    const staff = await actorFor("SUPERIOR_STAFF", tree.SUP.id);
    const grassroots = await actorFor("GRASSROOTS_STAFF", tree.G1.id);
    const secretary = await actorFor("BRANCH_SECRETARY", tree.B1.id);
    const admin = await actorFor("ADMIN", tree.SUP.id);
    await putQuota({ actor: staff, input: { unitId: tree.G1.id, period: "2026", target: 10 } });
    // A unit may not freeze the figure its superior gives it, nor may a branch lock anything.
    for (const [actor, unitId] of [
      [grassroots, tree.G1.id],
      [secretary, tree.B1.id],
    ] as const) {
      expect((await refusedWithoutWrites(() => setQuotaLock({ actor, input: { unitId, period: "2026", locked: true } }))).status).toBe(403);
    }
    expect((await refusedWithoutWrites(() => setQuotaLock({ actor: grassroots, input: { unitId: tree.B4.id, period: "2026", locked: true } }))).status).toBe(
      404,
    );
    expect((await refusedWithoutWrites(() => setQuotaLock({ actor: staff, input: { unitId: tree.G1.id, period: "2026" } }))).details[0]!.path).toBe("locked");
    await setQuotaLock({ actor: grassroots, input: { unitId: tree.B1.id, period: "2026", locked: true } });
    await setQuotaLock({ actor: staff, input: { unitId: tree.G1.id, period: "2026", locked: true } });
    // Locking twice records nothing more.
    const twice = await quotaTables();
    await setQuotaLock({ actor: staff, input: { unitId: tree.G1.id, period: "2026", locked: true } });
    expect(await quotaTables()).toBe(twice);
    expect((await refusedWithoutWrites(() => setQuotaLock({ actor: staff, input: { unitId: tree.G1.id, period: "2026", locked: false } }))).status).toBe(403);
    expect(await row("ADMIN", tree.G1.id, "2026")).toMatchObject({ locked: true, mayUnlock: true });
    await setQuotaLock({ actor: admin, input: { unitId: tree.G1.id, period: "2026", locked: false } });
    expect(await putQuota({ actor: staff, input: { unitId: tree.G1.id, period: "2026", target: 11 } })).toMatchObject({ target: 11 });
    const g1 = await row("SUPERIOR_STAFF", tree.G1.id, "2026");
    expect(g1.approved!.history.map((h) => [h.kind, h.actorName])).toEqual([
      ["SET", "Người dùng SUPERIOR_STAFF"],
      ["UNLOCK", "Người dùng ADMIN"],
      ["LOCK", "Người dùng SUPERIOR_STAFF"],
      ["SET", "Người dùng SUPERIOR_STAFF"],
    ]);
    expect(g1.approved!.history[1]!.changes).toEqual({ locked: { from: true, to: false } });
    // B1's own lock still holds after G1 reopened.
    expect((await expectAppError(putQuota({ actor: grassroots, input: { unitId: tree.B1.id, period: "2026", target: 2 } }))).messageKey).toBe("PERIOD_LOCKED");
  });

  it("makes a write wait for a lock being committed, then refuses it", async () => {
    const staff = await actorFor("SUPERIOR_STAFF", tree.SUP.id);
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    let holding!: () => void;
    const held = new Promise<void>((resolve) => (holding = resolve));
    // A lock of G1 that has not committed yet, as setQuotaLock would write it.
    const locking = dbFor(staff.scope).$transaction(async (tx) => {
      await holdLockChange(tx, staff.scope, tree.G1.id, { startYear: 2026, endYear: 2026 });
      await tx.quota.create({ data: { unitId: tree.G1.id, startYear: 2026, endYear: 2026, status: "APPROVED", target: null, locked: true } });
      holding();
      await released;
    });
    await held;
    let settled = false;
    const write = putQuota({ actor: staff, input: { unitId: tree.B1.id, period: "2026", target: 2 } }).finally(() => (settled = true));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(settled).toBe(false);
    release();
    await locking;
    expect((await expectAppError(write)).messageKey).toBe("PERIOD_LOCKED");
    expect(await prisma.quota.count({ where: { unitId: tree.B1.id } })).toBe(0);
  });
});

describe("approving a proposal", () => {
  it("sets the approved figure from the proposal in one step, closes the proposal and records both", async () => {
    const staff = await actorFor("SUPERIOR_STAFF", tree.SUP.id);
    const grassroots = await actorFor("GRASSROOTS_STAFF", tree.G1.id);
    await putQuota({ actor: staff, input: { unitId: tree.G1.id, period: "2027", target: 4, documentNumber: "KH 1" } });
    const proposal = await putQuota({
      actor: grassroots,
      input: {
        unitId: tree.G1.id,
        period: "2027",
        target: 6,
        categoryTargets: { WOMEN: 3, YOUTH_UNION: 2 },
        documentNumber: "TTr 5",
        documentDate: "15/01/2027",
        status: "PROPOSED",
      },
    });
    expect((await row("SUPERIOR_STAFF", tree.G1.id, "2027")).mayApprove).toBe(true);
    expect(
      (await refusedWithoutWrites(() => approveProposal({ actor: grassroots, input: { unitId: tree.G1.id, period: "2027", version: proposal.version } })))
        .status,
    ).toBe(403);
    expect(
      (await refusedWithoutWrites(() => approveProposal({ actor: staff, input: { unitId: tree.G1.id, period: "2027", version: proposal.version + 1 } })))
        .messageKey,
    ).toBe("STALE_VERSION");
    expect((await refusedWithoutWrites(() => approveProposal({ actor: staff, input: { unitId: tree.G2.id, period: "2027", version: 1 } }))).status).toBe(404);
    expect(await approveProposal({ actor: staff, input: { unitId: tree.G1.id, period: "2027", version: proposal.version } })).toMatchObject({
      target: 6,
      proposal: { state: "ACCEPTED" },
    });
    const g1 = await row("SUPERIOR_STAFF", tree.G1.id, "2027");
    expect(g1).toMatchObject({
      mayApprove: false,
      approved: { target: 6, documentNumber: "TTr 5", documentDate: "2027-01-15", categoryTargets: { WOMEN: 3, YOUTH_UNION: 2 } },
      proposed: { target: 6 },
    });
    expect(g1.proposed!.acceptedAt).not.toBeNull();
    expect(g1.approved!.history[0]).toMatchObject({
      kind: "APPROVE",
      changes: {
        target: { from: 4, to: 6 },
        documentNumber: { from: "KH 1", to: "TTr 5" },
        documentDate: { from: null, to: "2027-01-15" },
        categoryTargets: { from: null, to: { WOMEN: 3, YOUTH_UNION: 2 } },
        proposal: { from: null, to: proposal.version },
      },
    });
    expect(g1.proposed!.history[0]).toMatchObject({ kind: "ACCEPT", changes: { state: { from: "OPEN", to: "ACCEPTED" } } });
    expect(
      (await refusedWithoutWrites(() => approveProposal({ actor: staff, input: { unitId: tree.G1.id, period: "2027", version: proposal.version + 1 } })))
        .messageKey,
    ).toBe("PROPOSAL_CLOSED");
    // A new proposal reopens it for a new decision.
    await putQuota({
      actor: grassroots,
      input: {
        unitId: tree.G1.id,
        period: "2027",
        target: 7,
        categoryTargets: { YOUTH_UNION: 2, WOMEN: 3 },
        documentNumber: "TTr 5",
        documentDate: "2027-01-15",
        status: "PROPOSED",
      },
    });
    const reopened = await row("SUPERIOR_STAFF", tree.G1.id, "2027");
    expect(reopened.mayApprove).toBe(true);
    // Same category targets in another order are no change.
    expect(reopened.proposed!.history[0]!.changes).toEqual({ target: { from: 6, to: 7 }, state: { from: "ACCEPTED", to: "OPEN" } });
  });
});

describe("quota history", () => {
  it("records the document date and category targets, and a repeated identical figure records nothing", async () => {
    const staff = await actorFor("SUPERIOR_STAFF", tree.SUP.id);
    const input = { unitId: tree.G2.id, period: "2020-2025", target: 30, documentNumber: "NQ ĐH", documentDate: "15/07/2020", categoryTargets: { WOMEN: 10 } };
    await putQuota({ actor: staff, input });
    await putQuota({ actor: staff, input });
    await putQuota({ actor: staff, input: { ...input, documentDate: "16/07/2020", categoryTargets: { WOMEN: 12 } } });
    const g2 = await row("SUPERIOR_STAFF", tree.G2.id, "2020-2025");
    expect(g2.approved!.history.map((h) => h.changes)).toEqual([
      { categoryTargets: { from: { WOMEN: 10 }, to: { WOMEN: 12 } }, documentDate: { from: "2020-07-15", to: "2020-07-16" } },
      {
        mode: { from: null, to: "COUNT" },
        target: { from: null, to: 30 },
        categoryTargets: { from: null, to: { WOMEN: 10 } },
        documentNumber: { from: null, to: "NQ ĐH" },
        documentDate: { from: null, to: "2020-07-15" },
      },
    ]);
  });
});
