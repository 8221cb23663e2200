import { apiRoute, readJson } from "@/lib/api/handler";
import { getCandidate } from "@/lib/services/candidates/get-candidate";
import { updateCandidate } from "@/lib/services/candidates/update-candidate";

export const GET = apiRoute<{ id: string }>(async ({ actor, params }) => getCandidate({ actor, id: params.id }));

export const PATCH = apiRoute<{ id: string }>(async ({ req, actor, params }) => updateCandidate({ actor, id: params.id, input: await readJson(req) }));
