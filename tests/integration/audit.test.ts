/**
 * Issue 11: the audit log. Who changed what and when — candidates, quotas, holidays, and (through
 * recordAudit) units, accounts, imports, transfers — in the caller's scope, filtered by unit,
 * person, kind and dates; and every opening of verification findings is logged.
 */
import { beforeEach, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { listAudit } from "@/lib/services/audit/list-audit";
import { createCandidate } from "@/lib/services/candidates/create-candidate";
import { viewVerificationFindings } from "@/lib/services/candidates/verification-findings";
import { addHoliday } from "@/lib/services/holidays/add-holiday";
import { removeHoliday } from "@/lib/services/holidays/remove-holiday";
import { putQuota } from "@/lib/services/quotas/quotas";
import { actorFor, buildTree, expectAppError, insertCandidate, resetDb, validCandidateInput, type Tree } from "./support/fixtures";

let tree: Tree;

beforeEach(async () => {
  await resetDb();
  tree = await buildTree();
});

const kinds = (list: { items: { kind: string; action: string }[] }) => list.items.map((e) => `${e.kind}:${e.action}`);

describe("the audit log", () => {
  it("lists candidate, quota and holiday changes with who made them, newest first, and filters by kind, person and date", async () => {
    const admin = await actorFor("ADMIN", tree.SUP.id);
    const secretary = await actorFor("BRANCH_SECRETARY", tree.B1.id);
    const staff = await actorFor("SUPERIOR_STAFF", tree.SUP.id);
    await createCandidate({ actor: secretary, input: validCandidateInput(tree.B1.id) });
    await putQuota({ actor: staff, input: { unitId: tree.G1.id, period: "2026", target: 10 } });
    await addHoliday({ actor: admin, input: { date: "2026-09-02", name: "Quốc khánh" } });
    await removeHoliday({ actor: admin, input: { date: "2026-09-02" } });

    const all = await listAudit({ actor: admin, input: {} });
    expect(kinds(all)).toEqual(["HOLIDAY:DELETED", "HOLIDAY:CREATED", "QUOTA:SET", "CANDIDATE:CREATED"]);
    expect(all.total).toBe(4);
    const [removed, added, quota, created] = all.items;
    expect(removed).toMatchObject({ actorName: admin.fullName, entityId: "2026-09-02", changes: { name: { from: "Quốc khánh", to: null } } });
    expect(added).toMatchObject({ changes: { name: { from: null, to: "Quốc khánh" } } });
    expect(quota).toMatchObject({ actorName: staff.fullName, label: "2026", unitId: tree.G1.id });
    expect(created).toMatchObject({ actorName: secretary.fullName, label: "Nguyễn Văn Đức", unitId: tree.B1.id });

    expect(kinds(await listAudit({ actor: admin, input: { kind: "HOLIDAY" } }))).toEqual(["HOLIDAY:DELETED", "HOLIDAY:CREATED"]);
    expect(kinds(await listAudit({ actor: admin, input: { actorId: secretary.userId } }))).toEqual(["CANDIDATE:CREATED"]);
    expect((await listAudit({ actor: admin, input: { from: "01/01/2020", to: "31/12/2020" } })).total).toBe(0);
    expect(
      await expectAppError(listAudit({ actor: admin, input: { from: "02/01/2026", to: "01/01/2026" } })).then((e) => [e.code, e.details[0]?.path]),
    ).toEqual(["VALIDATION_FAILED", "to"]);
    expect((await expectAppError(listAudit({ actor: admin, input: { kind: "PASSWORDS" } }))).code).toBe("VALIDATION_FAILED");
  });

  it("shows each caller only the entries of their own subtree; a foreign unit is not found", async () => {
    const b1 = await actorFor("BRANCH_SECRETARY", tree.B1.id);
    const b4 = await actorFor("BRANCH_SECRETARY", tree.B4.id);
    const g1 = await actorFor("GRASSROOTS_STAFF", tree.G1.id);
    await createCandidate({ actor: b1, input: validCandidateInput(tree.B1.id, { nationalId: "038201000001", fullName: "Lê Văn Một" }) });
    await createCandidate({ actor: b4, input: validCandidateInput(tree.B4.id, { nationalId: "038201000004", fullName: "Lê Văn Bốn" }) });
    await prisma.auditEvent.create({ data: { kind: "UNIT", action: "ROLL_CHANGED", unitId: tree.B4.id, actorId: b4.userId } });

    const labels = async (actor: typeof b1, input: Record<string, unknown> = {}) => (await listAudit({ actor, input })).items.map((e) => e.label ?? e.kind);
    expect(await labels(b1)).toEqual(["Lê Văn Một"]);
    expect(await labels(b4)).toEqual(["UNIT", "Lê Văn Bốn"]);
    expect(await labels(g1)).toEqual(["Lê Văn Một"]);
    expect(await labels(g1, { unitId: tree.B1.id })).toEqual(["Lê Văn Một"]);
    expect((await expectAppError(listAudit({ actor: g1, input: { unitId: tree.B4.id } }))).code).toBe("NOT_FOUND");
    expect((await expectAppError(listAudit({ actor: b1, input: { unitId: tree.G1.id } }))).code).toBe("NOT_FOUND");
  });
});

describe("verification findings", () => {
  it("are shown on request, and each opening is logged with who and when, even for a read-only viewer", async () => {
    const c = await insertCandidate(tree.B1.id, "Phạm Thị Thẩm Tra");
    await prisma.verification.create({
      data: { candidateId: c.id, requestedOn: new Date("2026-02-01T00:00:00Z"), completedOn: new Date("2026-03-01T00:00:00Z"), conclusion: "Lý lịch rõ ràng" },
    });
    const viewer = await actorFor("VIEWER", tree.G1.id);
    const found = await viewVerificationFindings({ actor: viewer, id: c.id });
    expect(found.items).toEqual([
      { requestedOn: "2026-02-01", completedOn: "2026-03-01", certifiedOn: null, documentNumber: null, conclusion: "Lý lịch rõ ràng" },
    ]);
    const log = await prisma.auditEvent.findMany({ where: { kind: "VERIFICATION_VIEWED" } });
    expect(log).toHaveLength(1);
    expect(log[0]).toMatchObject({ actorId: viewer.userId, entityId: c.id, unitId: tree.B1.id, action: "VIEWED" });
    expect(kinds(await listAudit({ actor: viewer, input: { kind: "VERIFICATION_VIEWED" } }))).toEqual(["VERIFICATION_VIEWED:VIEWED"]);
  });

  it("are not found outside the scope, and nothing is logged", async () => {
    const c = await insertCandidate(tree.B4.id, "Người Ngoài");
    const secretary = await actorFor("BRANCH_SECRETARY", tree.B1.id);
    expect((await expectAppError(viewVerificationFindings({ actor: secretary, id: c.id }))).code).toBe("NOT_FOUND");
    expect((await expectAppError(viewVerificationFindings({ actor: secretary, id: "not-a-uuid" }))).code).toBe("NOT_FOUND");
    expect(await prisma.auditEvent.count()).toBe(0);
  });

  it("cannot be edited or deleted once logged", async () => {
    const c = await insertCandidate(tree.B1.id, "Phạm Văn Nhật Ký");
    const admin = await actorFor("ADMIN", tree.SUP.id);
    await viewVerificationFindings({ actor: admin, id: c.id });
    await expect(prisma.auditEvent.deleteMany({})).rejects.toThrow();
    await expect(prisma.auditEvent.updateMany({ data: { action: "X" } })).rejects.toThrow();
    expect(await prisma.auditEvent.count()).toBe(1);
  });
});
