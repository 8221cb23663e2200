import { apiRoute, notAllowed } from "@/lib/api/handler";
import { removeHoliday } from "@/lib/services/holidays/remove-holiday";

/** {date} is ISO (2026-09-01); administrators only. */
export const DELETE = apiRoute<{ date: string }>(async ({ actor, params }) => removeHoliday({ actor, input: { date: params.date } }));

// Every other method: 405 in the API's error shape with an Allow header (lib/api/handler.ts).
export const { GET, POST, PUT, PATCH, HEAD, OPTIONS } = notAllowed("DELETE");
