import { apiRoute, readJson, notAllowed } from "@/lib/api/handler";
import { setQuotaLock } from "@/lib/services/quotas/lock";

export const POST = apiRoute(async ({ req, actor }) => setQuotaLock({ actor, input: await readJson(req) }));

// Every other method: 405 in the API's error shape with an Allow header (lib/api/handler.ts).
export const { GET, PUT, PATCH, DELETE, HEAD, OPTIONS } = notAllowed("POST");
