import { z } from "zod";
import { ZCandidateCreate, ZCandidateListQuery, ZCandidatePatch } from "@/lib/validation/candidate";
import { STAGES } from "@/lib/domain/stages";

/** The OpenAPI document of /api/v1, with request bodies generated from the same zod schemas the server uses. */
const schema = (s: z.ZodType) => z.toJSONSchema(s, { io: "input", unrepresentable: "any", target: "openapi-3.0" });

const errorSchema = {
  type: "object",
  required: ["error"],
  properties: {
    error: {
      type: "object",
      required: ["code", "message", "details"],
      properties: {
        code: { type: "string", enum: ["UNAUTHENTICATED", "FORBIDDEN", "NOT_FOUND", "VALIDATION_FAILED", "TRANSITION_NOT_ALLOWED", "CONFLICT", "RATE_LIMITED", "INTERNAL"] },
        message: { type: "string", description: "Vietnamese or English by Accept-Language" },
        details: { type: "array", items: { type: "object", properties: { path: { type: "string" }, message: { type: "string" } } } },
      },
    },
  },
};

const errors = (...codes: number[]) =>
  Object.fromEntries(codes.map((c) => [String(c), { description: String(c), content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } }]));
const ok = (description: string, status = "200") => ({ [status]: { description, content: { "application/json": { schema: { type: "object" } } } } });
const idParam = { name: "id", in: "path", required: true, schema: { type: "string", format: "uuid" } };

export function buildOpenApi() {
  const listQuery = schema(ZCandidateListQuery) as { properties?: Record<string, object> };
  return {
    openapi: "3.0.3",
    info: { title: "Phát triển đảng viên API", version: "1", description: "Sign in with the next-auth credentials flow (GET /api/auth/csrf, POST /api/auth/callback/credentials) and send the session cookie." },
    servers: [{ url: "/" }],
    components: {
      schemas: { Error: errorSchema, CandidateCreate: schema(ZCandidateCreate), CandidatePatch: schema(ZCandidatePatch), Stage: { type: "string", enum: [...STAGES] } },
    },
    paths: {
      "/api/v1/me": { get: { summary: "The signed-in user and the ids of the units in their scope", responses: { ...ok("user"), ...errors(401) } } },
      "/api/v1/units": { get: { summary: "The unit tree in scope", responses: { ...ok("{ items }"), ...errors(401) } } },
      "/api/v1/candidates": {
        get: {
          summary: "Candidates in scope; q matches names with or without accents; unitId includes the unit's subtree",
          parameters: Object.entries(listQuery.properties ?? {}).map(([name, s]) => ({ name, in: "query", required: false, schema: s })),
          responses: { ...ok("{ items, total, page, pageSize }"), ...errors(401, 422) },
        },
        post: {
          summary: "Add a candidate (stage SOURCE) to a branch in scope",
          requestBody: { required: true, content: { "application/json": { schema: { $ref: "#/components/schemas/CandidateCreate" } } } },
          responses: { ...ok("the created candidate", "201"), ...errors(401, 403, 409, 422) },
        },
      },
      "/api/v1/candidates/{id}": {
        get: { summary: "One candidate with stage, version, dossier items and history", parameters: [idParam], responses: { ...ok("candidate"), ...errors(401, 404) } },
        patch: {
          summary: "Edit personal fields; the body carries the version it was read at (409 when stale)",
          parameters: [idParam],
          requestBody: { required: true, content: { "application/json": { schema: { $ref: "#/components/schemas/CandidatePatch" } } } },
          responses: { ...ok("the updated candidate"), ...errors(401, 403, 404, 409, 422) },
        },
      },
    },
  };
}
