import { apiRoute, searchParamsObject, notAllowed } from "@/lib/api/handler";
import { exportDashboard } from "@/lib/services/dashboard/export";

/** ?period=&unitId=&format=xlsx|csv&report=table|categories — the dashboard table or the periodic category report as a file. */
export const GET = apiRoute(async ({ req, actor }) => {
  const file = await exportDashboard({ actor, input: searchParamsObject(req) });
  return new Response(new Uint8Array(file.body), {
    headers: { "content-type": file.contentType, "content-disposition": `attachment; filename="${file.filename}"`, "cache-control": "no-store" },
  });
});

// Every other method: 405 in the API's error shape with an Allow header (lib/api/handler.ts).
export const { POST, PUT, PATCH, DELETE, OPTIONS } = notAllowed("GET");
