import { apiRoute, readJson, notAllowed } from "@/lib/api/handler";
import { recordTestResults } from "@/lib/services/classes/awareness-tests";

/** Body: { results: [{ candidateId, outcome: PASSED | ESSAY_RETEST | ABSENT, score?, essayNote? }] }. */
export const POST = apiRoute<{ id: string }>(async ({ req, actor, params }) => recordTestResults({ actor, sessionId: params.id, input: await readJson(req) }));

// Every other method: 405 in the API's error shape with an Allow header (lib/api/handler.ts).
export const { GET, PUT, PATCH, DELETE, HEAD, OPTIONS } = notAllowed("POST");
