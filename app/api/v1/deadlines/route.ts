import { apiRoute, searchParamsObject } from "@/lib/api/handler";
import { listDeadlines } from "@/lib/services/pipeline/list-deadlines";

export const GET = apiRoute(async ({ req, actor }) => listDeadlines({ actor, input: searchParamsObject(req) }));
