import { apiRoute, readJson } from "@/lib/api/handler";
import { approveProposal } from "@/lib/services/quotas/approve";

export const POST = apiRoute(async ({ req, actor }) => approveProposal({ actor, input: await readJson(req) }));
