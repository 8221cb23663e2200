import { apiRoute, readJson, notAllowed } from "@/lib/api/handler";
import { transitionCandidate } from "@/lib/services/pipeline/transition-candidate";

export const POST = apiRoute<{ id: string }>(async ({ req, actor, params }) => transitionCandidate({ actor, id: params.id, input: await readJson(req) }));

// Every other method: 405 in the API's error shape with an Allow header (lib/api/handler.ts).
export const { GET, PUT, PATCH, DELETE, HEAD, OPTIONS } = notAllowed("POST");
