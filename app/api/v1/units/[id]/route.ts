import { apiRoute, notAllowed, readJson } from "@/lib/api/handler";
import { getUnit } from "@/lib/services/units/get-unit";
import { updateUnit } from "@/lib/services/units/update-unit";

export const GET = apiRoute<{ id: string }>(async ({ actor, params }) => getUnit({ actor, id: params.id }));

/** Name, code, place, parent, and the roll from `effectiveFrom` on; the body carries the version it was read at. */
export const PATCH = apiRoute<{ id: string }>(async ({ req, actor, params }) => updateUnit({ actor, id: params.id, input: await readJson(req) }));

// Every other method: 405 in the API's error shape with an Allow header (lib/api/handler.ts).
export const { POST, PUT, DELETE, OPTIONS } = notAllowed("GET", "PATCH");
