import { beforeEach, describe, expect, it } from "vitest";
import { NextRequest } from "next/server";
import { prisma } from "@/lib/db/client";
import { listDeadlines } from "@/lib/services/pipeline/list-deadlines";
import { session } from "./support/session";
import { actorFor, buildTree, insertCandidate, resetDb, type Tree } from "./support/fixtures";

let tree: Tree;

beforeEach(async () => {
  await resetDb();
  tree = await buildTree();
});

const post = async (id: string, body: unknown, lang = "vi") => {
  const { POST } = await import("@/app/api/v1/candidates/[id]/extensions/route");
  const req = new NextRequest(`http://localhost/api/v1/candidates/${id}/extensions`, {
    method: "POST",
    headers: { "content-type": "application/json", "accept-language": lang },
    body: JSON.stringify(body),
  });
  return POST(req, { params: Promise.resolve({ id }) });
};

describe("POST /api/v1/candidates/{id}/extensions", () => {
  it("records an extension for committee staff and moves the decision deadline; refuses others in the API's error shape", async () => {
    const c = await insertCandidate(tree.B1.id, "Người Y");
    await prisma.candidate.update({ where: { id: c.id }, data: { stage: "SUPERIOR_DECISION", stageSince: new Date("2026-08-10T00:00:00Z") } });
    await prisma.resolution.create({
      data: {
        candidateId: c.id,
        kind: "BRANCH_ADMISSION",
        unitId: tree.B1.id,
        date: new Date("2026-08-03T00:00:00Z"),
        membersOnRoll: 9,
        votesFor: 9,
        passed: true,
      },
    });
    const committee = await actorFor("SUPERIOR_STAFF", tree.SUP.id);
    const decisionDue = async () =>
      (await listDeadlines({ actor: committee, input: { within: 366 }, today: "2026-09-01" })).items.find((d) => d.kind === "DECISION_DUE")?.dueDate;
    expect(await decisionDue()).toBe("2026-10-26");

    expect((await post(c.id, { kind: "ADMISSION", days: 20 })).status).toBe(401);
    session.actor = await actorFor("BRANCH_SECRETARY", tree.B1.id);
    const forbidden = await post(c.id, { kind: "ADMISSION", days: 20 });
    expect(forbidden.status).toBe(403);
    expect((await forbidden.json()).error.code).toBe("FORBIDDEN");

    session.actor = committee;
    const tooLong = await post(c.id, { kind: "ADMISSION", days: 31 }, "en");
    expect(tooLong.status).toBe(422);
    expect((await tooLong.json()).error).toMatchObject({ code: "VALIDATION_FAILED", details: [{ path: "days", message: expect.stringContaining("30") }] });
    expect((await post(c.id, { kind: "SOMETIMES", days: 5 })).status).toBe(422);
    expect((await post("not-a-uuid", { kind: "ADMISSION", days: 5 })).status).toBe(404);
    expect(await decisionDue()).toBe("2026-10-26");

    const ok = await post(c.id, { kind: "ADMISSION", days: 20, document: "Công văn 12-CV/ĐUK" });
    expect(ok.status).toBe(201);
    expect(await ok.json()).toEqual({ ok: true });
    expect(await decisionDue()).toBe("2026-11-23");
  });
});
