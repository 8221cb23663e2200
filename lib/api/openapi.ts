import { z } from "zod";
import { ZCandidateCreate, ZCandidateListQuery, ZCandidatePatch } from "@/lib/validation/candidate";
import { ZCourseCreate, ZEnrol, ZResults } from "@/lib/validation/course";
import { ZTransition } from "@/lib/validation/transition";
import { STAGES } from "@/lib/domain/stages";
import { DEADLINE_KINDS, DEADLINE_RULES } from "@/lib/domain/rules/deadlines";
import { ZHolidayCreate } from "@/lib/validation/holiday";

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
        code: {
          type: "string",
          enum: ["UNAUTHENTICATED", "FORBIDDEN", "NOT_FOUND", "VALIDATION_FAILED", "TRANSITION_NOT_ALLOWED", "CONFLICT", "RATE_LIMITED", "INTERNAL"],
        },
        message: { type: "string", description: "Vietnamese or English by Accept-Language" },
        details: { type: "array", items: { type: "object", properties: { path: { type: "string" }, message: { type: "string" } } } },
      },
    },
  },
};

const errors = (...codes: number[]) =>
  Object.fromEntries(
    codes.map((c) => [String(c), { description: String(c), content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } }]),
  );
const ok = (description: string, status = "200") => ({ [status]: { description, content: { "application/json": { schema: { type: "object" } } } } });
const idParam = { name: "id", in: "path", required: true, schema: { type: "string", format: "uuid" } };
const body = (name: string) => ({ required: true, content: { "application/json": { schema: { $ref: `#/components/schemas/${name}` } } } });

// The deadlines of the candidate's current stage, as in GET /api/v1/deadlines.
const deadlineSchema = {
  type: "object",
  required: ["kind", "dueDate", "overdue", "daysLeft", "ruleSetCode", "ruleRef"],
  properties: {
    kind: { type: "string", enum: [...DEADLINE_KINDS] },
    dueDate: { type: "string", format: "date" },
    overdue: { type: "boolean" },
    daysLeft: { type: "integer", description: "negative when overdue" },
    ruleSetCode: { type: "string" },
    ruleRef: {
      type: "string",
      description: "the rule and the regulation the deadline comes from; in the caller's language (Accept-Language) in GET /api/v1/deadlines",
    },
    rule: {
      type: "object",
      description: "the rule as a stable code with the numbers it quotes (GET /api/v1/deadlines)",
      properties: {
        code: { type: "string", enum: [...new Set(Object.values(DEADLINE_RULES))] },
        params: { type: "object", additionalProperties: { type: "integer" } },
      },
    },
    regulation: { type: "string", description: "the regulation's citation, e.g. QĐ 294-QĐ/TW (GET /api/v1/deadlines)" },
  },
};

// The record's main fields; the personal fields are those of CandidateCreate.
const candidateDetailSchema = {
  type: "object",
  required: ["id", "unitId", "fullName", "stage", "version", "dossierItems", "deadlines", "history"],
  properties: {
    id: { type: "string", format: "uuid" },
    unitId: { type: "string", format: "uuid" },
    fullName: { type: "string" },
    stage: { $ref: "#/components/schemas/Stage" },
    stageSince: { type: "string", format: "date" },
    version: { type: "integer" },
    dossierItems: { type: "array", items: { type: "object" } },
    deadlines: { type: "array", items: { $ref: "#/components/schemas/Deadline" } },
    history: { type: "array", items: { type: "object" } },
  },
  additionalProperties: true,
};

export function buildOpenApi() {
  const listQuery = schema(ZCandidateListQuery) as { properties?: Record<string, object> };
  return {
    openapi: "3.0.3",
    info: {
      title: "Phát triển đảng viên API",
      version: "1",
      description: "Sign in with the next-auth credentials flow (GET /api/auth/csrf, POST /api/auth/callback/credentials) and send the session cookie.",
    },
    servers: [{ url: "/" }],
    components: {
      schemas: {
        Error: errorSchema,
        CandidateCreate: schema(ZCandidateCreate),
        CandidatePatch: schema(ZCandidatePatch),
        Transition: schema(ZTransition),
        CourseCreate: schema(ZCourseCreate),
        Enrol: schema(ZEnrol),
        CourseResults: schema(ZResults),
        Stage: { type: "string", enum: [...STAGES] },
        Deadline: deadlineSchema,
        HolidayCreate: schema(ZHolidayCreate),
        CandidateDetail: candidateDetailSchema,
      },
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
        get: {
          summary: "One candidate with stage, version, dossier items, deadlines and history",
          parameters: [idParam],
          responses: {
            "200": { description: "candidate", content: { "application/json": { schema: { $ref: "#/components/schemas/CandidateDetail" } } } },
            ...errors(401, 404),
          },
        },
        patch: {
          summary: "Edit personal fields; the body carries the version it was read at (409 when stale)",
          parameters: [idParam],
          requestBody: { required: true, content: { "application/json": { schema: { $ref: "#/components/schemas/CandidatePatch" } } } },
          responses: { ...ok("the updated candidate"), ...errors(401, 403, 404, 409, 422) },
        },
      },
      "/api/v1/candidates/{id}/transitions": {
        post: {
          summary:
            "Move a candidate: forward one stage with the step's fields, back or out with a reason (422 TRANSITION_NOT_ALLOWED lists every unmet prerequisite). Votes count against the unit's recorded roll; a membersOnRoll that differs from it is refused",
          parameters: [idParam],
          requestBody: body("Transition"),
          responses: { ...ok("{ candidate, warnings }"), ...errors(401, 403, 404, 409, 422) },
        },
      },
      "/api/v1/candidates/{id}/steps": {
        post: {
          summary:
            "Record a step that keeps the candidate in the stage: { step: CONVERSION_RESOLUTION (the branch's 13-KNĐ, after probation ends, 2/3 of the roll on record, papers C1–C4), date, version, resolutionNumber?, membersOnRoll?, present?, votesFor, votesAgainst? }; opens the 30 working days of the conversion decision",
          parameters: [idParam],
          responses: { ...ok("the candidate with its new version, deadlines and history", "201"), ...errors(401, 403, 404, 409, 422) },
        },
      },
      "/api/v1/candidates/{id}/failed-votes": {
        post: {
          summary: "Record a branch vote below two thirds (the candidate stays in the stage)",
          parameters: [idParam],
          responses: { ...ok("{ ok }", "201"), ...errors(401, 403, 404, 409, 422) },
        },
      },
      "/api/v1/candidates/{id}/extensions": {
        post: {
          summary:
            "Record an extension of the superior's decision deadline while it is awaited: { kind: ADMISSION | CONVERSION, days (≤ the rule set's maximum, 30), document? } (committee staff)",
          parameters: [idParam],
          requestBody: {
            required: true,
            content: {
              "application/json": {
                schema: {
                  type: "object",
                  required: ["kind", "days"],
                  properties: {
                    kind: { type: "string", enum: ["ADMISSION", "CONVERSION"] },
                    days: { type: "integer", minimum: 1 },
                    document: { type: "string", maxLength: 200 },
                  },
                  additionalProperties: false,
                },
              },
            },
          },
          responses: { ...ok("{ ok }", "201"), ...errors(401, 403, 404, 422) },
        },
      },
      "/api/v1/candidates/{id}/checklist": {
        get: { summary: "The dossier checklist for this candidate", parameters: [idParam], responses: { ...ok("{ items }"), ...errors(401, 404) } },
        put: {
          summary: "Update one dossier item: { code, status, number?, date?, note? }",
          parameters: [idParam],
          responses: { ...ok("{ items }"), ...errors(401, 403, 404, 422) },
        },
      },
      "/api/v1/deadlines": {
        get: { summary: "Open deadlines in scope (?within=days), each naming its rule", responses: { ...ok("{ items }"), ...errors(401, 422) } },
      },
      "/api/v1/holidays": {
        get: {
          summary: "The public holidays of a year (?year=2026, default the current year), which working-day deadlines skip",
          responses: { ...ok("{ year, items: [{ date, name }], mayWrite }"), ...errors(401, 422) },
        },
        post: {
          summary: "Add a holiday (administrators): { date (YYYY-MM-DD or dd/MM/yyyy), name }; 409 HOLIDAY_EXISTS when the date is already in the table",
          requestBody: body("HolidayCreate"),
          responses: { ...ok("{ date, name }", "201"), ...errors(401, 403, 409, 422) },
        },
      },
      "/api/v1/holidays/{date}": {
        delete: {
          summary: "Remove a holiday (administrators)",
          parameters: [{ name: "date", in: "path", required: true, schema: { type: "string", format: "date" } }],
          responses: { ...ok("{ date, name }"), ...errors(401, 403, 404, 422) },
        },
      },
      "/api/v1/classes": {
        get: { summary: "Awareness classes and new-member courses visible to the caller", responses: { ...ok("{ items }"), ...errors(401) } },
        post: {
          summary: "Open a course (committee staff)",
          requestBody: body("CourseCreate"),
          responses: { ...ok("the course", "201"), ...errors(401, 403, 422) },
        },
      },
      "/api/v1/classes/{id}": {
        get: { summary: "A course with its learners in scope", parameters: [idParam], responses: { ...ok("course"), ...errors(401, 404) } },
      },
      "/api/v1/classes/{id}/enrolments": {
        post: {
          summary: "Enrol many candidates; one result line per candidate",
          parameters: [idParam],
          requestBody: body("Enrol"),
          responses: { ...ok("{ lines }"), ...errors(401, 404, 422) },
        },
      },
      "/api/v1/classes/{id}/results": {
        post: {
          summary: "Record results and certificates in bulk",
          parameters: [idParam],
          requestBody: body("CourseResults"),
          responses: { ...ok("{ lines }"), ...errors(401, 404, 422) },
        },
      },
      "/api/v1/awareness-tests": {
        get: { summary: "Awareness-test sessions in scope", responses: { ...ok("{ items }"), ...errors(401) } },
        post: {
          summary: "Create a session for a committee that runs a test council: { unitId, name, date }",
          responses: { ...ok("session", "201"), ...errors(401, 403, 422) },
        },
      },
      "/api/v1/awareness-tests/{id}/results": {
        post: {
          summary: "Record PASSED / ESSAY_RETEST / ABSENT per candidate",
          parameters: [idParam],
          responses: { ...ok("{ lines }"), ...errors(401, 404, 422) },
        },
      },
      "/api/v1/quotas": {
        get: {
          summary:
            "Quotas of a unit and its children for ?period=2025 or 2020-2025 (&unitId=): approved and proposed figures, each with its history (who, when, kind, { field: { from, to } }), the lock (frozenBy) and what the caller may do",
          responses: { ...ok("{ period, items }"), ...errors(401, 422) },
        },
        put: {
          summary:
            "Set (or propose) a quota: { unitId, period, mode, target | percent, categoryTargets?, documentNumber?, documentDate?, status? }; 409 PERIOD_LOCKED when the unit's period or one above it is locked",
          responses: { ...ok("the quota"), ...errors(401, 403, 409, 422) },
        },
      },
      "/api/v1/quotas/lock": {
        post: {
          summary:
            "Lock a unit's period once its report is final (freezes its and its subtree's figures), or unlock it (administrators): { unitId, period, locked }",
          responses: { ...ok("{ unitId, period, locked }"), ...errors(401, 403, 422) },
        },
      },
      "/api/v1/quotas/approve": {
        post: {
          summary:
            "Approve a unit's open proposal: the approved figure becomes the proposed one and the proposal is closed: { unitId, period, version } (the proposal's version)",
          responses: { ...ok("the approved quota"), ...errors(401, 403, 404, 409, 422) },
        },
      },
      "/api/v1/dashboard/attainment": {
        get: {
          summary: "For a unit and each direct child, over their subtrees: quota, admitted, attainment, band, pipeline by stage (?period=&unitId=)",
          responses: { ...ok("{ parent, rows }"), ...errors(401, 422) },
        },
      },
      "/api/v1/dashboard/forecast": {
        get: {
          summary: "Projected admissions by the end of the period per child unit, with units at risk and reasons",
          responses: { ...ok("{ rows, atRisk }"), ...errors(401, 422) },
        },
      },
      "/api/v1/dashboard/export": {
        get: {
          summary:
            "The dashboard table (?report=table, default) or the periodic report of admissions by unit × category with the unit's direct row and a total row (?report=categories), as .xlsx or UTF-8 .csv with BOM (?format=xlsx|csv&period=&unitId=); 422 on a bad parameter",
          responses: { "200": { description: "a file" }, ...errors(401, 422) },
        },
      },
      "/api/v1/candidates/export": {
        get: {
          summary:
            "The candidate list as filtered on screen (?unitId=&stage=&q=), every row in the caller's scope, as .xlsx or UTF-8 .csv with BOM (?format=xlsx|csv); Vietnamese headers, dates dd/mm/yyyy; 404 for a unit outside the scope, 422 on a bad parameter or more than 20,000 rows",
          responses: { "200": { description: "a file" }, ...errors(401, 404, 422) },
        },
      },
      "/api/v1/reports/admitted-members": {
        get: {
          summary:
            "Hand-off to the national member database: everyone admitted by a decision (9-KNĐ) dated in the period (?period=2026|2020-2025&unitId=), one row each with the party-member record sheet's fields, as .xlsx; 404 for a unit outside the scope",
          responses: { "200": { description: "an .xlsx file" }, ...errors(401, 404, 422) },
        },
      },
      "/api/v1/audit": {
        get: {
          summary:
            "Who changed what and when in the caller's scope, newest first, 50 a page (?unitId=&actorId=&kind=CANDIDATE|UNIT|ACCOUNT|QUOTA|HOLIDAY|IMPORT|TRANSFER|VERIFICATION_VIEWED&from=&to=&page=): { items: [{ at, kind, action, actorId, actorName, unitId, unitName, entityId, label, changes }], total, page, pageSize }; 404 for a unit outside the scope",
          responses: { "200": { description: "a page of the log" }, ...errors(401, 404, 422) },
        },
      },
      "/api/v1/candidates/{id}/verification": {
        get: {
          summary:
            "The candidate's background-verification findings ({ items: [{ requestedOn, completedOn, certifiedOn, documentNumber, conclusion }] }); every call is recorded in the audit log (VERIFICATION_VIEWED: who, when)",
          parameters: [{ name: "id", in: "path", required: true, schema: { type: "string", format: "uuid" } }],
          responses: { "200": { description: "the findings" }, ...errors(401, 404) },
        },
      },
      "/api/v1/lists/{kind}": {
        get: {
          summary:
            "An organizer's list as .xlsx, the same rows as its print view: kind = roster (?classId=), proposals, ceremony (?unitId=) or conversion-due (?unitId=&month=yyyy-mm); 404 for a class or unit outside the scope or an unknown kind",
          parameters: [{ name: "kind", in: "path", required: true, schema: { type: "string", enum: ["roster", "proposals", "ceremony", "conversion-due"] } }],
          responses: { "200": { description: "an .xlsx file" }, ...errors(401, 404, 422) },
        },
      },
    },
  };
}
