import { apiRoute, readJson, notAllowed } from "@/lib/api/handler";
import { recordStageStep } from "@/lib/services/pipeline/record-stage-step";

/** Body: { step: "CONVERSION_RESOLUTION", date, version, ...the step's fields }: a step recorded while the candidate stays in the stage. */
export const POST = apiRoute<{ id: string }>(async ({ req, actor, params }) => recordStageStep({ actor, id: params.id, input: await readJson(req) }), {
  status: 201,
});

// Every other method: 405 in the API's error shape with an Allow header (lib/api/handler.ts).
export const { GET, PUT, PATCH, DELETE, HEAD, OPTIONS } = notAllowed("POST");
