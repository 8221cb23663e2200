import { z } from "zod";
import { ZCandidateCreate, ZCandidateListQuery, ZCandidatePatch } from "@/lib/validation/candidate";
import { ZCourseCreate, ZEnrol, ZResults } from "@/lib/validation/course";
import { ZTransition } from "@/lib/validation/transition";
import { STAGES } from "@/lib/domain/stages";
import { DEADLINE_KINDS, DEADLINE_RULES } from "@/lib/domain/rules/deadlines";
import { ZHolidayCreate } from "@/lib/validation/holiday";
import { ZAccountCreate, ZAccountPatch, ownPasswordSchema } from "@/lib/validation/account";
import { ZUnitCreate, ZUnitMerge, ZUnitPatch } from "@/lib/validation/unit";
import { ZTransfer } from "@/lib/validation/transfer";

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
          enum: [
            "UNAUTHENTICATED",
            "FORBIDDEN",
            "PASSWORD_CHANGE_REQUIRED",
            "BAD_REQUEST",
            "NOT_FOUND",
            "METHOD_NOT_ALLOWED",
            "PAYLOAD_TOO_LARGE",
            "UNSUPPORTED_MEDIA_TYPE",
            "VALIDATION_FAILED",
            "TRANSITION_NOT_ALLOWED",
            "CONFLICT",
            "RATE_LIMITED",
            "INTERNAL",
            "SERVICE_UNAVAILABLE",
          ],
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

/** A file upload (the imports): multipart/form-data with the spreadsheet in field `file`. */
const upload = {
  required: true,
  content: {
    "multipart/form-data": {
      schema: { type: "object", required: ["file"], properties: { file: { type: "string", format: "binary", description: "an .xlsx file" } } },
    },
  },
};

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
        AccountCreate: schema(ZAccountCreate),
        AccountPatch: schema(ZAccountPatch),
        OwnPassword: schema(ownPasswordSchema("")),
        UnitCreate: schema(ZUnitCreate),
        UnitPatch: schema(ZUnitPatch),
        UnitMerge: schema(ZUnitMerge),
        Transfer: schema(ZTransfer),
      },
    },
    paths: {
      "/api/v1/me": { get: { summary: "The signed-in user and the ids of the units in their scope", responses: { ...ok("user"), ...errors(401) } } },
      "/api/v1/units": {
        get: { summary: "The unit tree in scope", responses: { ...ok("{ items }"), ...errors(401) } },
        post: {
          summary:
            "Add a unit under a unit the caller may write: { parentId, code, name, kind, place?, officialMembers?, totalMembers?, committeeMembers?, hasYouthUnion?, effectiveFrom? }. The kind must fit under the parent's (a BRANCH under a grassroots or partial committee, a GRASSROOTS_COMMITTEE or GRASSROOTS_BRANCH under the superior committee); parentId null (a new tree) for administrators only. 404 for a parent outside the scope, 409 UNIT_CODE_TAKEN",
          requestBody: body("UnitCreate"),
          responses: { ...ok("the unit, as GET /units/{id} shows it", "201"), ...errors(401, 403, 404, 409, 422) },
        },
      },
      "/api/v1/units/{id}": {
        get: {
          summary:
            "One unit of the caller's subtree: version, the roll in force today (officialMembers, totalMembers, committeeMembers, hasYouthUnion, effectiveFrom), flags, the roll's history (latest first, upcoming entries marked), sub-units, counts and what the caller may change (may)",
          parameters: [idParam],
          responses: { ...ok("unit"), ...errors(401, 404) },
        },
        patch: {
          summary:
            "Edit a unit with the version it was read at (409 when stale): name?, code?, place?, parentId? (a move under a unit the caller may write; a cycle or a kind that does not fit: 422), and the roll (officialMembers?, totalMembers?, committeeMembers?, hasYouthUnion?) from effectiveFrom on (required with them; a roll below the members who voted in a resolution it governs: 422). A branch secretary changes their own branch's roll only (403 UNIT_ROLL_ONLY); staff cannot move their own unit (403 UNIT_OWN_HOME)",
          parameters: [idParam],
          requestBody: body("UnitPatch"),
          responses: { ...ok("the unit, as GET /units/{id} shows it"), ...errors(401, 403, 404, 409, 422) },
        },
      },
      "/api/v1/units/{id}/merge": {
        post: {
          summary:
            "Dissolve the unit into another of a compatible kind: { intoUnitId, date, reason, keepTargetQuotas? }. Its candidates (a TRANSFER event each, dated date), active sub-units, accounts and quotas move to the target, whose roll adds its members from date on; the unit becomes inactive. A period both units have a quota for: 409 MERGE_QUOTA_CONFLICT listing the periods, unless keepTargetQuotas",
          parameters: [idParam],
          requestBody: body("UnitMerge"),
          responses: { ...ok("{ id, intoUnitId, date, moved: { candidates, children, users, quotas, quotasKept } }"), ...errors(401, 403, 404, 409, 422) },
        },
      },
      "/api/v1/candidates/{id}/transfer": {
        post: {
          summary:
            "Move a candidate to another branch: { toUnitId, date (not in the future, not before the current stage's date), reason, version }. Stage, papers, certificates, deadlines and clocks stay; the history before the move stays with the old unit. 404 for a target outside the scope, 422 for one that is not a branch, 409 when the version is stale",
          parameters: [idParam],
          requestBody: body("Transfer"),
          responses: { ...ok("the candidate in its new unit"), ...errors(401, 403, 404, 409, 422) },
        },
      },
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
      "/api/v1/users": {
        get: {
          summary:
            "Accounts whose home unit is in the caller's scope (administrators, superior staff); q matches name or username with or without accents; unitId includes its subtree (404 outside the scope)",
          parameters: ["q", "unitId", "role", "active", "page", "pageSize"].map((name) => ({ name, in: "query", required: false, schema: { type: "string" } })),
          responses: { ...ok("{ items: [account], total, page, pageSize, grantableRoles }"), ...errors(401, 403, 404, 422) },
        },
        post: {
          summary:
            "Open an account in a unit of the scope, role no higher than the caller's: { account, oneTimePassword } (shown once, to be changed at the first sign-in); 409 USERNAME_TAKEN",
          requestBody: body("AccountCreate"),
          responses: { ...ok("{ account, oneTimePassword }", "201"), ...errors(401, 403, 404, 409, 422) },
        },
      },
      "/api/v1/users/{id}": {
        patch: {
          summary:
            "Edit an account { version, fullName?, role?, unitId?, active? }: stale version 409; last active administrator 409 LAST_ADMIN; own role or active flag 403; deactivation ends the person's sessions",
          parameters: [idParam],
          requestBody: body("AccountPatch"),
          responses: { ...ok("the account"), ...errors(401, 403, 404, 409, 422) },
        },
      },
      "/api/v1/users/{id}/password-reset": {
        post: {
          summary: "A new one-time password (shown once), to be changed at the next sign-in; ends the person's sessions",
          parameters: [idParam],
          responses: { ...ok("{ account, oneTimePassword }"), ...errors(401, 403, 404, 409) },
        },
      },
      "/api/v1/me/password": {
        post: {
          summary:
            "Change one's own password { currentPassword, newPassword }: ends the other sessions, re-issues this session's cookie; allowed while a password change is pending",
          requestBody: body("OwnPassword"),
          responses: { ...ok("{ changed: true, sessionRenewed }"), ...errors(401, 422) },
        },
      },
      // Imports (issue 11): a spreadsheet is previewed (every row checked, nothing written but the
      // preview), then committed all or none.
      "/api/v1/imports/candidates/template": {
        get: {
          summary:
            "The candidate import template (.xlsx): Vietnamese headers (required ones marked *), one example row, drop-down lists, and a guide sheet with the codes of the caller's branches, the stages and the education and occupation labels (candidate.write)",
          responses: { "200": { description: "an .xlsx file" }, ...errors(401, 403) },
        },
      },
      "/api/v1/imports/candidates": {
        post: {
          summary:
            "Preview a candidate spreadsheet (multipart/form-data, field `file`: an .xlsx of at most 30 MB and 10,000 data rows). Every row is checked by the candidate form's rules and the file's: the branch code must be one of the caller's branches, a national ID appears once in the file and is new to the database (an existing candidate is reported as EXISTS, never overwritten), and the stage must agree with its date (a date for every stage after SOURCE, not in the future, not before the 16th birthday, not before the 18th for a stage after the branch vote). Candidates land in that stage from that date; no earlier step records are created. Labels (Vietnamese or English) or codes are accepted; formulas are kept as their text, never evaluated. Writes only the preview (an Import record and its audit entry). 413 over 30 MB; 415 unless multipart; 422 for a file that is no .xlsx, lacks or renames columns, or holds more than 10,000 rows (nothing written)",
          requestBody: upload,
          responses: {
            ...ok(
              "{ importId, kind, fileName, status, rows: [{ row, ok, errors: [{ column, field, code, message }] }], summary: { total, valid, invalid, problems } }",
            ),
            ...errors(400, 401, 403, 413, 415, 422),
          },
        },
      },
      "/api/v1/imports/units/template": {
        get: {
          summary:
            "The unit-tree import template (.xlsx): Mã đơn vị, Tên, Loại, Mã đơn vị cấp trên, Địa danh, Số đảng viên chính thức, Tổng số đảng viên, Số ủy viên cấp ủy, Có Đoàn TN; two example rows; a guide sheet with the kinds (and which kind fits under which) and the caller's committees as possible parents (administrators and superior staff)",
          responses: { "200": { description: "an .xlsx file" }, ...errors(401, 403) },
        },
      },
      "/api/v1/imports/units": {
        post: {
          summary:
            "Preview a unit-tree spreadsheet (multipart/form-data, field `file`), e.g. a bloc's 70–400 units: the unit form's rules for each row, codes unique in the file and new to the database, each parent another row of the file (in any order) or an existing unit the caller may write under, kinds that fit their parent, no cycle; a root only for administrators. Each unit gets a roll entry effective from the import date when committed. Administrators and superior staff; same answers as the candidate preview",
          requestBody: upload,
          responses: { ...ok("{ importId, kind, fileName, status, rows, summary }"), ...errors(400, 401, 403, 413, 415, 422) },
        },
      },
      "/api/v1/imports/{importId}/commit": {
        post: {
          summary:
            "Write a previewed import, all rows or none, in one transaction (candidates with an IMPORTED history event each, or units with their rolls; an IMPORT audit entry). No body. 404 for an import that is not the caller's own; 409 IMPORT_ALREADY_COMMITTED, or IMPORT_STALE when a national ID or unit code was taken or a unit named changed since the preview (details name the rows); 422 IMPORT_HAS_ERRORS when the preview had any problem",
          parameters: [{ name: "importId", in: "path", required: true, schema: { type: "string", format: "uuid" } }],
          responses: { ...ok("{ importId, kind, status: COMMITTED, created }"), ...errors(401, 403, 404, 409, 422) },
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
