import { apiRoute, searchParamsObject, notAllowed } from "@/lib/api/handler";
import { getForecast } from "@/lib/services/dashboard/forecast";

export const GET = apiRoute(async ({ req, actor }) => getForecast({ actor, input: searchParamsObject(req) }));

// Every other method: 405 in the API's error shape with an Allow header (lib/api/handler.ts).
export const { POST, PUT, PATCH, DELETE, OPTIONS } = notAllowed("GET");
