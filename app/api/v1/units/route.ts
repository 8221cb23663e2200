import { apiRoute, notAllowed, readJson } from "@/lib/api/handler";
import { createUnit } from "@/lib/services/units/create-unit";
import { listUnits } from "@/lib/services/units/list-units";

export const GET = apiRoute(async ({ actor }) => listUnits({ actor }));

/** A new unit under a unit the caller may write: 201 with the unit as GET /units/{id} shows it. */
export const POST = apiRoute(async ({ req, actor }) => createUnit({ actor, input: await readJson(req) }), { status: 201 });

// Every other method: 405 in the API's error shape with an Allow header (lib/api/handler.ts).
export const { PUT, PATCH, DELETE, OPTIONS } = notAllowed("GET", "POST");
