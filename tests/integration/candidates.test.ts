import { beforeEach, describe, expect, it } from "vitest";
import { NextRequest } from "next/server";
import { prisma } from "@/lib/db/client";
import { createCandidate } from "@/lib/services/candidates/create-candidate";
import { getCandidate } from "@/lib/services/candidates/get-candidate";
import { listCandidates } from "@/lib/services/candidates/list-candidates";
import { updateCandidate } from "@/lib/services/candidates/update-candidate";
import { session } from "./support/session";
import { actorFor, buildTree, expectAppError, insertCandidate, resetDb, validCandidateInput, type Tree } from "./support/fixtures";
import { GET as getCandidateRoute } from "@/app/api/v1/candidates/[id]/route";
import { GET as listCandidatesRoute } from "@/app/api/v1/candidates/route";
import { GET as unknownPathGet, POST as unknownPathPost } from "@/app/api/v1/[...rest]/route";

let tree: Tree;

beforeEach(async () => {
  await resetDb();
  tree = await buildTree();
});

/** Calls a route handler as Next.js would, and returns the status and the JSON body. */
async function call<P>(
  handler: (req: NextRequest, ctx: { params: Promise<P> }) => Promise<Response>,
  url: string,
  params: P,
  init?: { method?: string; headers?: Record<string, string> },
) {
  const res = await handler(new NextRequest(`http://localhost${url}`, init), { params: Promise.resolve(params) });
  return {
    status: res.status,
    body: (await res.json()) as Record<string, unknown> & { error?: { code: string; details: { path: string; message: string }[] } },
  };
}

describe("create a candidate", () => {
  it("adds them to the source list with a CREATED history event", async () => {
    const actor = await actorFor("BRANCH_SECRETARY", tree.B1.id);
    const created = await createCandidate({ actor, input: validCandidateInput(tree.B1.id) });
    expect(created).toMatchObject({ fullName: "Nguyễn Văn Đức", stage: "SOURCE", version: 1, birthDate: "2001-03-15", unitId: tree.B1.id });
    expect(created.history).toHaveLength(1);
    expect(created.history[0]).toMatchObject({ kind: "CREATED", toStage: "SOURCE", actorName: actor.fullName });
  });

  it("refuses bad input field by field and writes nothing", async () => {
    const actor = await actorFor("BRANCH_SECRETARY", tree.B1.id);
    const error = await expectAppError(
      createCandidate({
        actor,
        input: validCandidateInput(tree.B1.id, { fullName: "x".repeat(121), birthDate: "31/02/2001", nationalId: "12ab", phone: "12", sex: "OTHER" }),
      }),
    );
    expect(error.code).toBe("VALIDATION_FAILED");
    expect(Object.fromEntries(error.details.map((d) => [d.path, d.message]))).toEqual({
      fullName: "tooLong|max=120",
      birthDate: "invalidDate",
      nationalId: "nationalIdFormat",
      phone: "phoneFormat",
      sex: "invalidOption",
    });
    expect(await prisma.candidate.count()).toBe(0);
  });

  it("refuses a birth date in the future, a non-branch unit and unknown fields", async () => {
    const actor = await actorFor("GRASSROOTS_STAFF", tree.G1.id);
    const future = await expectAppError(createCandidate({ actor, input: validCandidateInput(tree.B1.id, { birthDate: "2999-01-01" }) }));
    expect(future.details).toEqual([{ path: "birthDate", message: "dateInFuture" }]);
    const notBranch = await expectAppError(createCandidate({ actor, input: validCandidateInput(tree.P1.id) }));
    expect(notBranch.details).toEqual([{ path: "unitId", message: "unitNotBranch" }]);
    const unknown = await expectAppError(createCandidate({ actor, input: { ...validCandidateInput(tree.B1.id), stage: "OFFICIAL" } }));
    expect(unknown.code).toBe("VALIDATION_FAILED");
    expect(await prisma.candidate.count()).toBe(0);
  });

  it("answers CONFLICT for a national ID that is already registered, anywhere in the country", async () => {
    await insertCandidate(tree.B4.id, "Lê Thị Hoa", { nationalId: "038201001234" });
    const actor = await actorFor("BRANCH_SECRETARY", tree.B1.id);
    const error = await expectAppError(createCandidate({ actor, input: validCandidateInput(tree.B1.id) }));
    expect(error.code).toBe("CONFLICT");
    expect(error.details).toEqual([{ path: "nationalId", message: "duplicateNationalId" }]);
    expect(await prisma.candidate.count()).toBe(1);
  });

  it("lets only one of two simultaneous creations with the same national ID through", async () => {
    const actor = await actorFor("GRASSROOTS_STAFF", tree.G1.id);
    const results = await Promise.allSettled([
      createCandidate({ actor, input: validCandidateInput(tree.B1.id) }),
      createCandidate({ actor, input: validCandidateInput(tree.B2.id) }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const rejected = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(rejected.reason.code).toBe("CONFLICT");
    expect(await prisma.candidate.count()).toBe(1);
  });
});

describe("edit a candidate", () => {
  it("changes the fields sent, bumps the version and records from → to", async () => {
    const actor = await actorFor("BRANCH_SECRETARY", tree.B1.id);
    const created = await createCandidate({ actor, input: validCandidateInput(tree.B1.id) });
    const updated = await updateCandidate({ actor, id: created.id, input: { version: 1, phone: "0987654321", birthDate: "2001-03-16" } });
    expect(updated.version).toBe(2);
    expect(updated.phone).toBe("0987654321");
    expect(updated.history[0]).toMatchObject({
      kind: "UPDATED",
      changes: { phone: { from: "0912345678", to: "0987654321" }, birthDate: { from: "2001-03-15", to: "2001-03-16" } },
    });
  });

  it("refuses a stale version with CONFLICT and changes nothing", async () => {
    const actor = await actorFor("BRANCH_SECRETARY", tree.B1.id);
    const created = await createCandidate({ actor, input: validCandidateInput(tree.B1.id) });
    await updateCandidate({ actor, id: created.id, input: { version: 1, phone: "0987654321" } });
    const error = await expectAppError(updateCandidate({ actor, id: created.id, input: { version: 1, phone: "0911111111" } }));
    expect(error.code).toBe("CONFLICT");
    const now = await getCandidate({ actor, id: created.id });
    expect(now).toMatchObject({ phone: "0987654321", version: 2 });
    expect(now.history).toHaveLength(2);
  });

  it("lets exactly one of two simultaneous edits of the same version win", async () => {
    const actor = await actorFor("BRANCH_SECRETARY", tree.B1.id);
    const created = await createCandidate({ actor, input: validCandidateInput(tree.B1.id) });
    const results = await Promise.allSettled(
      ["0900000001", "0900000002", "0900000003"].map((phone) => updateCandidate({ actor, id: created.id, input: { version: 1, phone } })),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const final = await getCandidate({ actor, id: created.id });
    expect(final.version).toBe(2);
    expect(final.history.filter((e) => e.kind === "UPDATED")).toHaveLength(1);
  });

  it("is a 404 outside the scope and for malformed ids; FORBIDDEN for a viewer", async () => {
    const other = await insertCandidate(tree.B4.id, "Phạm Văn Nam");
    const secretary = await actorFor("BRANCH_SECRETARY", tree.B1.id);
    expect((await expectAppError(updateCandidate({ actor: secretary, id: other.id, input: { version: 1, phone: "0900000001" } }))).code).toBe("NOT_FOUND");
    expect((await expectAppError(updateCandidate({ actor: secretary, id: "not-a-uuid", input: { version: 1 } }))).code).toBe("NOT_FOUND");
    expect((await expectAppError(getCandidate({ actor: secretary, id: "00000000-0000-0000-0000-000000000000" }))).code).toBe("NOT_FOUND");
    const viewer = await actorFor("VIEWER", tree.G2.id);
    expect((await expectAppError(updateCandidate({ actor: viewer, id: other.id, input: { version: 1, phone: "0900000001" } }))).code).toBe("FORBIDDEN");
    expect((await prisma.candidate.findUniqueOrThrow({ where: { id: other.id } })).version).toBe(1);
  });

  it("refuses to move a candidate to a branch outside the caller's scope", async () => {
    const actor = await actorFor("GRASSROOTS_STAFF", tree.G1.id);
    const created = await createCandidate({ actor, input: validCandidateInput(tree.B1.id) });
    const error = await expectAppError(updateCandidate({ actor, id: created.id, input: { version: 1, unitId: tree.B4.id } }));
    // A unit the caller may not write does not exist for them (API.md: 404 for any id in a body they may not see).
    expect(error.code).toBe("NOT_FOUND");
  });
});

describe("search, filters and paging", () => {
  beforeEach(async () => {
    await insertCandidate(tree.B1.id, "Nguyễn Văn An");
    await insertCandidate(tree.B1.id, "Nguyễn Văn Ân", { stage: "TRAINING" });
    await insertCandidate(tree.B2.id, "Đặng Thị Đào");
    await insertCandidate(tree.B3.id, "Trần Văn Bình", { stage: "TRAINING" });
    await insertCandidate(tree.B4.id, "Nguyen Van Nam");
  });

  it("finds names with or without accents", async () => {
    const actor = await actorFor("SUPERIOR_STAFF", tree.SUP.id);
    const search = async (q: string) => (await listCandidates({ actor, input: { q } })).items.map((c) => c.fullName);
    expect(await search("nguyen van")).toEqual(["Nguyễn Văn An", "Nguyễn Văn Ân", "Nguyen Van Nam"]);
    expect(await search("Nguyễn Văn Ân")).toEqual(["Nguyễn Văn An", "Nguyễn Văn Ân"]);
    expect(await search("dang thi dao")).toEqual(["Đặng Thị Đào"]);
    expect(await search("%")).toHaveLength(5);
  });

  it("sorts by given name in Vietnamese order", async () => {
    const actor = await actorFor("SUPERIOR_STAFF", tree.SUP.id);
    expect((await listCandidates({ actor, input: {} })).items.map((c) => c.fullName)).toEqual([
      "Nguyễn Văn An",
      "Nguyễn Văn Ân",
      "Trần Văn Bình",
      "Đặng Thị Đào",
      "Nguyen Van Nam",
    ]);
  });

  it("filters by a unit's whole subtree and by stage", async () => {
    const actor = await actorFor("SUPERIOR_STAFF", tree.SUP.id);
    expect((await listCandidates({ actor, input: { unitId: tree.P1.id } })).total).toBe(3);
    expect((await listCandidates({ actor, input: { unitId: tree.G1.id, stage: "TRAINING" } })).items.map((c) => c.fullName)).toEqual([
      "Nguyễn Văn Ân",
      "Trần Văn Bình",
    ]);
  });

  it("pages through the results and validates the paging parameters", async () => {
    const actor = await actorFor("SUPERIOR_STAFF", tree.SUP.id);
    const page2 = await listCandidates({ actor, input: { page: "2", pageSize: "2" } });
    expect(page2).toMatchObject({ total: 5, page: 2, pageSize: 2 });
    expect(page2.items.map((c) => c.fullName)).toEqual(["Trần Văn Bình", "Đặng Thị Đào"]);
    expect((await expectAppError(listCandidates({ actor, input: { pageSize: "1000" } }))).details).toEqual([{ path: "pageSize", message: "tooLarge|max=100" }]);
    expect((await expectAppError(listCandidates({ actor, input: { stage: "MEMBER" } }))).code).toBe("VALIDATION_FAILED");
  });
});

describe("the history is append-only", () => {
  it("refuses to edit or delete a history event", async () => {
    const actor = await actorFor("BRANCH_SECRETARY", tree.B1.id);
    const created = await createCandidate({ actor, input: validCandidateInput(tree.B1.id) });
    await expect(prisma.candidateEvent.updateMany({ where: { candidateId: created.id }, data: { reason: "sửa lịch sử" } })).rejects.toThrow();
    await expect(prisma.candidateEvent.deleteMany({ where: { candidateId: created.id } })).rejects.toThrow();
    expect(await prisma.candidateEvent.count({ where: { candidateId: created.id } })).toBe(1);
  });
});

describe("a partial edit", () => {
  it("leaves the fields it does not mention as they were", async () => {
    const actor = await actorFor("BRANCH_SECRETARY", tree.B1.id);
    const created = await createCandidate({ actor, input: validCandidateInput(tree.B1.id, { ethnicity: "Thái", youthUnionMember: true, readmission: true }) });
    const updated = await updateCandidate({ actor, id: created.id, input: { version: 1, phone: "0987654321" } });
    expect(updated).toMatchObject({ ethnicity: "Thái", youthUnionMember: true, readmission: true, phone: "0987654321" });
  });
});

describe("text that PostgreSQL or a name pattern would refuse", () => {
  it("answers a NUL character with VALIDATION_FAILED, not a database error, and writes nothing", async () => {
    const actor = await actorFor("BRANCH_SECRETARY", tree.B1.id);
    const error = await expectAppError(createCandidate({ actor, input: validCandidateInput(tree.B1.id, { occupation: "Kỹ sư\u0000", note: "a\u0000b" }) }));
    expect(error.code).toBe("VALIDATION_FAILED");
    expect(error.details).toEqual([
      { path: "occupation", message: "controlChars" },
      { path: "note", message: "controlChars" },
    ]);
    expect(await prisma.candidate.count()).toBe(0);

    const created = await createCandidate({ actor, input: validCandidateInput(tree.B1.id) });
    const patch = await expectAppError(updateCandidate({ actor, id: created.id, input: { version: 1, residence: "Tổ 5\u0000" } }));
    expect(patch.details).toEqual([{ path: "residence", message: "controlChars" }]);
    expect(await getCandidate({ actor, id: created.id })).toMatchObject({ residence: null, version: 1 });
  });

  it("refuses a NUL character in the list's search text", async () => {
    const actor = await actorFor("BRANCH_SECRETARY", tree.B1.id);
    const error = await expectAppError(listCandidates({ actor, input: { q: "nguyen\u0000" } }));
    expect(error.code).toBe("VALIDATION_FAILED");
    expect(error.details).toEqual([{ path: "q", message: "controlChars" }]);
  });

  it("keeps the line breaks of a multi-line note", async () => {
    const actor = await actorFor("BRANCH_SECRETARY", tree.B1.id);
    const created = await createCandidate({ actor, input: validCandidateInput(tree.B1.id, { note: "Dòng 1\nDòng 2" }) });
    expect(created.note).toBe("Dòng 1\nDòng 2");
  });

  it("accepts a name typed with combining marks, stores it precomposed and finds it", async () => {
    const actor = await actorFor("BRANCH_SECRETARY", tree.B1.id);
    const created = await createCandidate({ actor, input: validCandidateInput(tree.B1.id, { fullName: "Nguye\u0302\u0303n Va\u0306n A" }) });
    expect(created.fullName).toBe("Nguyễn Văn A");
    expect((await prisma.candidate.findUniqueOrThrow({ where: { id: created.id } })).fullName).toBe("Nguyễn Văn A");
    expect((await listCandidates({ actor, input: { q: "Nguye\u0302\u0303n" } })).items.map((c) => c.id)).toEqual([created.id]);
  });

  it("answers a version beyond PostgreSQL's integer range with VALIDATION_FAILED and changes nothing", async () => {
    const actor = await actorFor("BRANCH_SECRETARY", tree.B1.id);
    const created = await createCandidate({ actor, input: validCandidateInput(tree.B1.id) });
    const error = await expectAppError(updateCandidate({ actor, id: created.id, input: { version: 3_000_000_000, phone: "0987654321" } }));
    expect(error.code).toBe("VALIDATION_FAILED");
    expect(error.details).toEqual([{ path: "version", message: "tooLarge|max=2147483647" }]);
    expect(await getCandidate({ actor, id: created.id })).toMatchObject({ phone: "0912345678", version: 1 });
  });
});

describe("bad edits change nothing", () => {
  it("refuses a birth date in the future with VALIDATION_FAILED", async () => {
    const actor = await actorFor("BRANCH_SECRETARY", tree.B1.id);
    const created = await createCandidate({ actor, input: validCandidateInput(tree.B1.id) });
    const error = await expectAppError(updateCandidate({ actor, id: created.id, input: { version: 1, birthDate: "2999-01-01", phone: "0987654321" } }));
    expect(error).toMatchObject({ code: "VALIDATION_FAILED", status: 422 });
    expect(error.details).toEqual([{ path: "birthDate", message: "dateInFuture" }]);
    const now = await getCandidate({ actor, id: created.id });
    expect(now).toMatchObject({ birthDate: "2001-03-15", phone: "0912345678", version: 1 });
    expect(now.history).toHaveLength(1);
  });

  it("refuses a national ID that another candidate already has with CONFLICT", async () => {
    await insertCandidate(tree.B4.id, "Lê Thị Hoa", { nationalId: "038201009999" });
    const actor = await actorFor("BRANCH_SECRETARY", tree.B1.id);
    const created = await createCandidate({ actor, input: validCandidateInput(tree.B1.id) });
    const error = await expectAppError(updateCandidate({ actor, id: created.id, input: { version: 1, nationalId: "038201009999", phone: "0987654321" } }));
    expect(error).toMatchObject({ code: "CONFLICT", status: 409 });
    expect(error.details).toEqual([{ path: "nationalId", message: "duplicateNationalId" }]);
    const now = await getCandidate({ actor, id: created.id });
    expect(now).toMatchObject({ nationalId: "038201001234", phone: "0912345678", version: 1 });
    expect(now.history).toHaveLength(1);
  });
});

describe("the list's unitId", () => {
  it("answers a malformed id with VALIDATION_FAILED (422), in the service and over HTTP", async () => {
    const actor = await actorFor("SUPERIOR_STAFF", tree.SUP.id);
    const error = await expectAppError(listCandidates({ actor, input: { unitId: "not-a-uuid" } }));
    expect(error).toMatchObject({ code: "VALIDATION_FAILED", status: 422 });
    expect(error.details).toEqual([{ path: "unitId", message: "uuid" }]);
    session.actor = actor;
    const res = await call(listCandidatesRoute, "/api/v1/candidates?unitId=not-a-uuid", {});
    expect(res.status).toBe(422);
    expect(res.body.error?.code).toBe("VALIDATION_FAILED");
  });
});

describe("one candidate's deadlines", () => {
  it("come with the record, the same as the candidate page shows", async () => {
    const { getCandidateWorkspace } = await import("@/lib/services/pipeline/candidate-workspace");
    const actor = await actorFor("BRANCH_SECRETARY", tree.B1.id);
    const c = await insertCandidate(tree.B1.id, "Người Dự Bị");
    await prisma.candidate.update({ where: { id: c.id }, data: { stage: "PROBATION", stageSince: new Date("2026-06-01T00:00:00Z") } });
    await prisma.ceremony.create({ data: { candidateId: c.id, date: new Date("2026-06-01T00:00:00Z") } });
    const today = "2026-11-24";
    const detail = await getCandidate({ actor, id: c.id, today });
    expect(detail.deadlines.map((d) => d.kind)).toEqual(["PROBATION_END"]);
    expect(detail.deadlines[0]).toMatchObject({ overdue: false });
    expect(detail.deadlines).toEqual((await getCandidateWorkspace({ actor, id: c.id, today })).deadlines);
    // Over the API, the rule is named in the caller's language; the citation stays as issued.
    session.actor = actor;
    const res = await call(getCandidateRoute, `/api/v1/candidates/${c.id}`, { id: c.id }, { headers: { "accept-language": "en" } });
    const [deadline] = res.body.deadlines as { ruleRef: string; rule: { code: string } }[];
    expect(deadline!.rule.code).toBe("PROBATION_PERIOD");
    expect(deadline!.ruleRef).toMatch(/^12 months of probation from admission .* · QĐ 294-QĐ\/TW/);
  });

  it("are empty in a stage without any, and served by GET /api/v1/candidates/{id}", async () => {
    const actor = await actorFor("BRANCH_SECRETARY", tree.B1.id);
    const created = await createCandidate({ actor, input: validCandidateInput(tree.B1.id) });
    expect(created.deadlines).toEqual([]);
    session.actor = actor;
    const res = await call(getCandidateRoute, `/api/v1/candidates/${created.id}`, { id: created.id });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ id: created.id, stage: "SOURCE", version: 1, deadlines: [] });
  });
});

describe("an unknown /api/v1 path", () => {
  it("is 401 without a session, so that it reveals nothing, and 404 with one", async () => {
    const path = "/api/v1/no-such-thing";
    const anonymous = await call(unknownPathGet, path, { rest: ["no-such-thing"] });
    expect(anonymous.status).toBe(401);
    expect(anonymous.body.error?.code).toBe("UNAUTHENTICATED");
    expect((await call(unknownPathPost, path, { rest: ["no-such-thing"] }, { method: "POST" })).status).toBe(401);
    session.actor = await actorFor("VIEWER", tree.G1.id);
    const signedIn = await call(unknownPathGet, path, { rest: ["no-such-thing"] });
    expect(signedIn.status).toBe(404);
    expect(signedIn.body.error?.code).toBe("NOT_FOUND");
  });
});
