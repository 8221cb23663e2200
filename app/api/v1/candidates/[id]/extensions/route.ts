import { apiRoute, readJson, notAllowed } from "@/lib/api/handler";
import { recordDecisionExtension } from "@/lib/services/pipeline/decision-extension";

/** Body: { kind: ADMISSION | CONVERSION, days, document? }: an extension granted while the decision is awaited. */
export const POST = apiRoute<{ id: string }>(async ({ req, actor, params }) => recordDecisionExtension({ actor, id: params.id, input: await readJson(req) }), {
  status: 201,
});

// Every other method: 405 in the API's error shape with an Allow header (lib/api/handler.ts).
export const { GET, PUT, PATCH, DELETE, HEAD, OPTIONS } = notAllowed("POST");
