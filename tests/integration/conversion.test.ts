import { beforeEach, describe, expect, it } from "vitest";
import { NextRequest } from "next/server";
import { prisma } from "@/lib/db/client";
import { session } from "./support/session";
import { actorFor, buildTree, insertCandidate, resetDb, type Tree } from "./support/fixtures";

/**
 * The conversion in its real steps, through the JSON API: the branch's resolution (13-KNĐ) recorded
 * while on probation, then the deciding committee's decision (16-KNĐ), with the deadlines each opens
 * and closes, an extension while the decision is awaited, and who may record what.
 */
let tree: Tree;

beforeEach(async () => {
  await resetDb();
  tree = await buildTree();
  session.actor = null;
});

const call = async (method: "GET" | "POST", path: string, id: string, body?: unknown) => {
  const handlers = await import(`@/app/api/v1/candidates/[id]/${path}route`);
  const req = new NextRequest(`http://localhost/api/v1/candidates/${id}/${path}`, {
    method,
    headers: { "content-type": "application/json", "accept-language": "en" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const res: Response = await handlers[method](req, { params: Promise.resolve({ id }) });
  return { status: res.status, body: await res.json() };
};

/** A probationary member of B1 (under P1 and G1) whose probation ended on 19/05/2026, with the conversion file (C1–C4) in hand. */
async function probationer() {
  const c = await insertCandidate(tree.B1.id, "Phan Thị Chuyển");
  await prisma.candidate.update({
    where: { id: c.id },
    data: {
      stage: "PROBATION",
      stageSince: new Date("2025-05-19T00:00:00Z"),
      admittedOn: new Date("2025-04-15T00:00:00Z"),
      ceremonyOn: new Date("2025-05-19T00:00:00Z"),
    },
  });
  await prisma.ceremony.create({ data: { candidateId: c.id, date: new Date("2025-05-19T00:00:00Z") } });
  for (const code of ["C1", "C2", "C3", "C4"]) await prisma.dossierItem.create({ data: { candidateId: c.id, code, status: "RECEIVED" } });
  return c;
}

const kinds = (body: { deadlines: { kind: string; dueDate: string }[] }) => body.deadlines.map((d) => `${d.kind}:${d.dueDate}`);

describe("the conversion through the API", () => {
  it("opens, moves and closes its deadlines step by step", async () => {
    const c = await probationer();
    const secretary = await actorFor("BRANCH_SECRETARY", tree.B1.id);
    const bloc = await actorFor("SUPERIOR_STAFF", tree.SUP.id);

    session.actor = secretary;
    let record = (await call("GET", "", c.id)).body;
    // Probation is over: the branch's resolution is due 30 working days after 19/05/2026.
    expect(kinds(record)).toEqual(["CONVERSION_RESOLUTION_DUE:2026-06-30"]);

    // Dated on the day probation ends: refused with the rule's stable code; nothing written.
    const onTheDay = await call("POST", "steps/", c.id, {
      step: "CONVERSION_RESOLUTION",
      date: "2026-05-19",
      version: record.version,
      membersOnRoll: 9,
      votesFor: 9,
    });
    expect(onTheDay.status).toBe(422);
    expect(onTheDay.body.error.details).toEqual([
      { path: "", code: "CONVERSION_RESOLUTION_NOT_AFTER_PROBATION", message: expect.stringContaining("19/05/2026") },
    ]);
    expect(await prisma.resolution.count({ where: { candidateId: c.id } })).toBe(0);

    const resolved = await call("POST", "steps/", c.id, {
      step: "CONVERSION_RESOLUTION",
      date: "2026-05-25",
      version: record.version,
      resolutionNumber: "07-NQ/CB",
      membersOnRoll: 9,
      votesFor: 8,
      votesAgainst: 1,
    });
    expect(resolved.status).toBe(201);
    record = resolved.body;
    expect(record.stage).toBe("PROBATION");
    // The resolution closes its own deadline and opens the decision's: 30 working days from 25/05/2026.
    expect(kinds(record)).toEqual(["CONVERSION_DECISION_DUE:2026-07-06"]);
    expect(record.dossierItems.find((d: { code: string }) => d.code === "C5")).toMatchObject({ status: "RECEIVED", number: "07-NQ/CB", date: "2026-05-25" });
    expect(record.history[0]).toMatchObject({ kind: "RECORD" });
    // Recorded once.
    expect(
      (await call("POST", "steps/", c.id, { step: "CONVERSION_RESOLUTION", date: "2026-05-26", version: record.version, votesFor: 9 })).body.error.details[0]
        .code,
    ).toBe("STEP_ALREADY_RECORDED");

    // The branch secretary cannot record the committee's decision; the bloc extends its deadline by 10 working days.
    expect(
      (await call("POST", "transitions/", c.id, { to: "OFFICIAL", date: "2026-07-01", version: record.version, decisionNumber: "16-QĐ/ĐUK" })).status,
    ).toBe(403);
    session.actor = bloc;
    expect((await call("POST", "extensions/", c.id, { kind: "CONVERSION", days: 10, document: "CV 5-CV/ĐUK" })).status).toBe(201);
    record = (await call("GET", "", c.id)).body;
    expect(kinds(record)).toEqual(["CONVERSION_DECISION_DUE:2026-07-20"]);

    // The decision waits for the partial committee's and the grassroots committee's papers (14-KNĐ, 15-KNĐ).
    const early = await call("POST", "transitions/", c.id, { to: "OFFICIAL", date: "2026-07-01", version: record.version, decisionNumber: "16-QĐ/ĐUK" });
    expect(early.body.error.details.map((d: { code: string }) => d.code)).toEqual(["PAPER_MISSING", "PAPER_MISSING"]);
    for (const code of ["C6", "C7"]) await prisma.dossierItem.create({ data: { candidateId: c.id, code, status: "RECEIVED" } });
    const official = await call("POST", "transitions/", c.id, { to: "OFFICIAL", date: "2026-07-01", version: record.version, decisionNumber: "16-QĐ/ĐUK" });
    expect(official.status).toBe(200);
    // Official as of the day probation ended; no deadline left; the decision keeps the extension.
    expect(official.body.candidate).toMatchObject({ stage: "OFFICIAL", officialOn: "2026-05-19", deadlines: [] });
    expect(await prisma.decision.findFirstOrThrow({ where: { candidateId: c.id, kind: "CONVERSION" } })).toMatchObject({
      unitId: tree.SUP.id,
      extensionDays: 10,
    });
  });

  it("is decided by the grassroots committee where it holds that authority, and only by its staff or those above", async () => {
    const c = await probationer();
    await prisma.resolution.create({
      data: {
        candidateId: c.id,
        kind: "BRANCH_CONVERSION",
        unitId: tree.B1.id,
        date: new Date("2026-05-25T00:00:00Z"),
        membersOnRoll: 9,
        votesFor: 9,
        passed: true,
      },
    });
    for (const code of ["C6", "C7"]) await prisma.dossierItem.create({ data: { candidateId: c.id, code, status: "RECEIVED" } });
    const body = { to: "OFFICIAL", date: "2026-06-10", version: 1, decisionNumber: "16-QĐ/ĐU" };

    // G1 does not decide: its staff are refused, with the rule's code.
    session.actor = await actorFor("GRASSROOTS_STAFF", tree.G1.id);
    const refused = await call("POST", "transitions/", c.id, body);
    expect(refused.status).toBe(422);
    expect(refused.body.error.details.map((d: { code: string }) => d.code)).toEqual(["NOT_THE_DECIDING_COMMITTEE"]);

    // Given the authority, G1 decides, and the decision is G1's.
    await prisma.unit.update({ where: { id: tree.G1.id }, data: { decidesAdmission: true } });
    const decided = await call("POST", "transitions/", c.id, body);
    expect(decided.status).toBe(200);
    expect(await prisma.decision.findFirstOrThrow({ where: { candidateId: c.id } })).toMatchObject({ kind: "CONVERSION", unitId: tree.G1.id });
  });

  it("answers 404 for a class of another grassroots organisation named in a transition, and enrols no one", async () => {
    const c = await insertCandidate(tree.B1.id, "Lê Văn Lớp");
    await prisma.candidate.update({ where: { id: c.id }, data: { stage: "SYMPATHIZER", stageSince: new Date("2026-01-05T00:00:00Z") } });
    const day = new Date("2026-02-02T00:00:00Z");
    const foreign = await prisma.course.create({ data: { kind: "AWARENESS", name: "Lớp của G2", unitId: tree.G2.id, startDate: day, endDate: day } });
    session.actor = await actorFor("BRANCH_SECRETARY", tree.B1.id);
    const res = await call("POST", "transitions/", c.id, { to: "TRAINING", date: "2026-02-02", version: 1, courseId: foreign.id });
    expect(res.status).toBe(404);
    expect(res.body.error.code).toBe("NOT_FOUND");
    expect(await prisma.enrolment.count()).toBe(0);
    expect((await prisma.candidate.findUniqueOrThrow({ where: { id: c.id } })).stage).toBe("SYMPATHIZER");
  });
});
