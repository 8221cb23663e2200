import { apiRoute, notAllowed } from "@/lib/api/handler";
import { listUnits } from "@/lib/services/units/list-units";

export const GET = apiRoute(async ({ actor }) => listUnits({ actor }));

// Every other method: 405 in the API's error shape with an Allow header (lib/api/handler.ts).
export const { POST, PUT, PATCH, DELETE, OPTIONS } = notAllowed("GET");
