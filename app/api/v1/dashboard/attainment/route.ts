import { apiRoute, searchParamsObject } from "@/lib/api/handler";
import { getAttainment } from "@/lib/services/dashboard/attainment";

export const GET = apiRoute(async ({ req, actor }) => getAttainment({ actor, input: searchParamsObject(req) }));
