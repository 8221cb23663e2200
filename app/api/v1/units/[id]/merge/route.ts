import { apiRoute, notAllowed, readJson } from "@/lib/api/handler";
import { mergeUnit } from "@/lib/services/units/merge-unit";

/** Dissolves the unit into another: { intoUnitId, date, reason, keepTargetQuotas? }. */
export const POST = apiRoute<{ id: string }>(async ({ req, actor, params }) => mergeUnit({ actor, id: params.id, input: await readJson(req) }));

// Every other method: 405 in the API's error shape with an Allow header (lib/api/handler.ts).
export const { GET, PUT, PATCH, DELETE, HEAD, OPTIONS } = notAllowed("POST");
