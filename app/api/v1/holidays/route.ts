import { apiRoute, readJson, searchParamsObject, notAllowed } from "@/lib/api/handler";
import { addHoliday } from "@/lib/services/holidays/add-holiday";
import { listHolidays } from "@/lib/services/holidays/list-holidays";

export const GET = apiRoute(async ({ req, actor }) => listHolidays({ actor, input: searchParamsObject(req) }));
/** Body: { date: "2026-09-01" | "01/09/2026", name }; administrators only. */
export const POST = apiRoute(async ({ req, actor }) => addHoliday({ actor, input: await readJson(req) }), { status: 201 });

// Every other method: 405 in the API's error shape with an Allow header (lib/api/handler.ts).
export const { PUT, PATCH, DELETE, OPTIONS } = notAllowed("GET", "POST");
