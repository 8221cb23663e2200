import { apiRoute, readJson, notAllowed } from "@/lib/api/handler";
import { recordResults } from "@/lib/services/classes/enrolments";

/** Body: { results: [{ candidateId, result, certificateNumber?, certificateDate? }] }. One line per candidate. */
export const POST = apiRoute<{ id: string }>(async ({ req, actor, params }) => recordResults({ actor, courseId: params.id, input: await readJson(req) }));

// Every other method: 405 in the API's error shape with an Allow header (lib/api/handler.ts).
export const { GET, PUT, PATCH, DELETE, HEAD, OPTIONS } = notAllowed("POST");
