import { apiRoute, readJson } from "@/lib/api/handler";
import { recordResults } from "@/lib/services/classes/enrolments";

/** Body: { results: [{ candidateId, result, certificateNumber?, certificateDate? }] }. One line per candidate. */
export const POST = apiRoute<{ id: string }>(async ({ req, actor, params }) => recordResults({ actor, courseId: params.id, input: await readJson(req) }));
