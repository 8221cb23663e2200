import { apiRoute, readJson } from "@/lib/api/handler";
import { setQuotaLock } from "@/lib/services/quotas/lock";

export const POST = apiRoute(async ({ req, actor }) => setQuotaLock({ actor, input: await readJson(req) }));
