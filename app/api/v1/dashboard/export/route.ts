import { apiRoute, searchParamsObject, notAllowed } from "@/lib/api/handler";
import { fileResponse } from "@/lib/api/file-response";
import { exportDashboard } from "@/lib/services/dashboard/export";

/** ?period=&unitId=&format=xlsx|csv&report=table|categories — the dashboard table or the periodic category report as a file. */
export const GET = apiRoute(async ({ req, actor }) => fileResponse(await exportDashboard({ actor, input: searchParamsObject(req) })));

// Every other method: 405 in the API's error shape with an Allow header (lib/api/handler.ts).
export const { POST, PUT, PATCH, DELETE, OPTIONS } = notAllowed("GET");
