import { apiRoute, readJson, searchParamsObject, notAllowed } from "@/lib/api/handler";
import { listQuotas, putQuota } from "@/lib/services/quotas/quotas";

export const GET = apiRoute(async ({ req, actor }) => listQuotas({ actor, input: searchParamsObject(req) }));
export const PUT = apiRoute(async ({ req, actor }) => putQuota({ actor, input: await readJson(req) }));

// Every other method: 405 in the API's error shape with an Allow header (lib/api/handler.ts).
export const { POST, PATCH, DELETE, OPTIONS } = notAllowed("GET", "PUT");
