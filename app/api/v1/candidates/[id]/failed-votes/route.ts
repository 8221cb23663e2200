import { apiRoute, readJson, notAllowed } from "@/lib/api/handler";
import { recordFailedVote } from "@/lib/services/pipeline/record-failed-vote";

/** Body: { date, membersOnRoll?, votesFor, votesAgainst?, resolutionNumber? } for a vote below 2/3. */
export const POST = apiRoute<{ id: string }>(async ({ req, actor, params }) => recordFailedVote({ actor, id: params.id, input: await readJson(req) }), {
  status: 201,
});

// Every other method: 405 in the API's error shape with an Allow header (lib/api/handler.ts).
export const { GET, PUT, PATCH, DELETE, HEAD, OPTIONS } = notAllowed("POST");
