import { apiRoute, notAllowed } from "@/lib/api/handler";
import { describeMe } from "@/lib/services/me";

export const GET = apiRoute(async ({ actor }) => describeMe(actor));

// Every other method: 405 in the API's error shape with an Allow header (lib/api/handler.ts).
export const { POST, PUT, PATCH, DELETE, OPTIONS } = notAllowed("GET");
