import { apiRoute, readJson, searchParamsObject, notAllowed } from "@/lib/api/handler";
import { createCandidate } from "@/lib/services/candidates/create-candidate";
import { listCandidates } from "@/lib/services/candidates/list-candidates";

export const GET = apiRoute(async ({ req, actor }) => listCandidates({ actor, input: searchParamsObject(req) }));

export const POST = apiRoute(async ({ req, actor }) => createCandidate({ actor, input: await readJson(req) }), { status: 201 });

// Every other method: 405 in the API's error shape with an Allow header (lib/api/handler.ts).
export const { PUT, PATCH, DELETE, OPTIONS } = notAllowed("GET", "POST");
