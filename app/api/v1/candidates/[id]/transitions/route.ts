import { apiRoute, readJson } from "@/lib/api/handler";
import { transitionCandidate } from "@/lib/services/pipeline/transition-candidate";

export const POST = apiRoute<{ id: string }>(async ({ req, actor, params }) => transitionCandidate({ actor, id: params.id, input: await readJson(req) }));
