import { apiRoute, readJson, notAllowed } from "@/lib/api/handler";
import { getCandidateWorkspace } from "@/lib/services/pipeline/candidate-workspace";
import { updateDossierItem } from "@/lib/services/pipeline/update-dossier-item";

export const GET = apiRoute<{ id: string }>(async ({ actor, params }) => ({ items: (await getCandidateWorkspace({ actor, id: params.id })).checklist }));

/** Body: { code, status, number?, date?, note? } for one item. */
export const PUT = apiRoute<{ id: string }>(async ({ req, actor, params }) => {
  await updateDossierItem({ actor, id: params.id, input: await readJson(req) });
  return { items: (await getCandidateWorkspace({ actor, id: params.id })).checklist };
});

// Every other method: 405 in the API's error shape with an Allow header (lib/api/handler.ts).
export const { POST, PATCH, DELETE, OPTIONS } = notAllowed("GET", "PUT");
