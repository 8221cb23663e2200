import { apiRoute, readJson } from "@/lib/api/handler";
import { recordTestResults } from "@/lib/services/classes/awareness-tests";

/** Body: { results: [{ candidateId, outcome: PASSED | ESSAY_RETEST | ABSENT, score?, essayNote? }] }. */
export const POST = apiRoute<{ id: string }>(async ({ req, actor, params }) => recordTestResults({ actor, sessionId: params.id, input: await readJson(req) }));
