import { apiRoute, readJson, searchParamsObject } from "@/lib/api/handler";
import { listQuotas, putQuota } from "@/lib/services/quotas/quotas";

export const GET = apiRoute(async ({ req, actor }) => listQuotas({ actor, input: searchParamsObject(req) }));
export const PUT = apiRoute(async ({ req, actor }) => putQuota({ actor, input: await readJson(req) }));
