import { expect, test } from "@playwright/test";
import { signInViaApi } from "./support";

test("without a session every endpoint answers 401 in the error shape", async ({ request }) => {
  for (const path of ["/api/v1/me", "/api/v1/units", "/api/v1/candidates"]) {
    const res = await request.get(path);
    expect(res.status()).toBe(401);
    expect(await res.json()).toEqual({ error: { code: "UNAUTHENTICATED", message: "Bạn cần đăng nhập.", details: [] } });
  }
});

test("the candidate API: create, read, stale PATCH, validation errors in the caller's language", async ({ request }) => {
  await signInViaApi(request, "vanphong.dhhd");
  const units = (await (await request.get("/api/v1/units")).json()).items as { id: string; kind: string }[];
  const branch = units.find((u) => u.kind === "BRANCH")!;

  const invalid = await request.post("/api/v1/candidates", {
    data: { unitId: branch.id, fullName: "x".repeat(200), birthDate: "2999-01-01" },
    headers: { "accept-language": "en" },
  });
  expect(invalid.status()).toBe(422);
  const body = await invalid.json();
  expect(body.error.code).toBe("VALIDATION_FAILED");
  expect(body.error.details).toContainEqual({ path: "fullName", message: "At most 120 characters." });
  expect(body.error.details).toContainEqual({ path: "birthDate", message: "The date cannot be after today." });

  const malformed = await request.post("/api/v1/candidates", { data: "{not json", headers: { "content-type": "application/json" } });
  expect(malformed.status()).toBe(422);

  const created = await request.post("/api/v1/candidates", {
    data: { unitId: branch.id, fullName: "Hà Văn Tùng", sex: "MALE", birthDate: "2000-02-29", educationLevel: "COLLEGE", occupationGroup: "WORKER" },
  });
  expect(created.status()).toBe(201);
  const candidate = await created.json();
  expect(candidate).toMatchObject({ stage: "SOURCE", version: 1, birthDate: "2000-02-29" });

  const read = await (await request.get(`/api/v1/candidates/${candidate.id}`)).json();
  expect(read.history[0].kind).toBe("CREATED");

  expect((await request.patch(`/api/v1/candidates/${candidate.id}`, { data: { version: 1, occupation: "Thợ điện" } })).status()).toBe(200);
  const stale = await request.patch(`/api/v1/candidates/${candidate.id}`, { data: { version: 1, occupation: "Thợ hàn" } });
  expect(stale.status()).toBe(409);
  expect((await stale.json()).error.code).toBe("CONFLICT");
  expect((await (await request.get(`/api/v1/candidates/${candidate.id}`)).json()).occupation).toBe("Thợ điện");

  expect((await request.get("/api/v1/candidates/not-a-uuid")).status()).toBe(404);
  expect((await request.get("/api/v1/candidates/00000000-0000-0000-0000-000000000000")).status()).toBe(404);
  expect((await request.get("/api/v1/candidates?pageSize=0")).status()).toBe(422);
  expect((await request.get("/api/v1/nothing-here")).status()).toBe(404);
});

test("the OpenAPI document is served", async ({ request }) => {
  const doc = await (await request.get("/api/v1/openapi.json")).json();
  expect(doc.openapi).toMatch(/^3\./);
  expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(["/api/v1/me", "/api/v1/units", "/api/v1/candidates", "/api/v1/candidates/{id}"]));
});
