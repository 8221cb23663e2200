import { apiRoute, readJson, notAllowed } from "@/lib/api/handler";
import { approveProposal } from "@/lib/services/quotas/approve";

export const POST = apiRoute(async ({ req, actor }) => approveProposal({ actor, input: await readJson(req) }));

// Every other method: 405 in the API's error shape with an Allow header (lib/api/handler.ts).
export const { GET, PUT, PATCH, DELETE, HEAD, OPTIONS } = notAllowed("POST");
