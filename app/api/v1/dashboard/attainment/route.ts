import { apiRoute, searchParamsObject, notAllowed } from "@/lib/api/handler";
import { getAttainment } from "@/lib/services/dashboard/attainment";

export const GET = apiRoute(async ({ req, actor }) => getAttainment({ actor, input: searchParamsObject(req) }));

// Every other method: 405 in the API's error shape with an Allow header (lib/api/handler.ts).
export const { POST, PUT, PATCH, DELETE, OPTIONS } = notAllowed("GET");
