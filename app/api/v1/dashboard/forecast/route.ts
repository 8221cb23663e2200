import { apiRoute, searchParamsObject } from "@/lib/api/handler";
import { getForecast } from "@/lib/services/dashboard/forecast";

export const GET = apiRoute(async ({ req, actor }) => getForecast({ actor, input: searchParamsObject(req) }));
