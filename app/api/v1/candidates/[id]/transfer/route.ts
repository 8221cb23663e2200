import { apiRoute, notAllowed, readJson } from "@/lib/api/handler";
import { transferCandidate } from "@/lib/services/candidates/transfer-candidate";

/** Moves the candidate to another branch: { toUnitId, date, reason, version } → the candidate in its new unit. */
export const POST = apiRoute<{ id: string }>(async ({ req, actor, params }) => transferCandidate({ actor, id: params.id, input: await readJson(req) }));

// Every other method: 405 in the API's error shape with an Allow header (lib/api/handler.ts).
export const { GET, PUT, PATCH, DELETE, HEAD, OPTIONS } = notAllowed("POST");
