import { apiRoute, readJson } from "@/lib/api/handler";
import { enrolCandidates } from "@/lib/services/classes/enrolments";

/** Body: { candidateIds: [...], date }. Answers one line per candidate. */
export const POST = apiRoute<{ id: string }>(async ({ req, actor, params }) => enrolCandidates({ actor, courseId: params.id, input: await readJson(req) }));
