import { apiRoute, notAllowed } from "@/lib/api/handler";
import { getCourse } from "@/lib/services/classes/courses";

export const GET = apiRoute<{ id: string }>(async ({ actor, params }) => getCourse({ actor, id: params.id }));

// Every other method: 405 in the API's error shape with an Allow header (lib/api/handler.ts).
export const { POST, PUT, PATCH, DELETE, OPTIONS } = notAllowed("GET");
