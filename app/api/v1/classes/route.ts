import { apiRoute, readJson, notAllowed } from "@/lib/api/handler";
import { createCourse, listCourses } from "@/lib/services/classes/courses";

export const GET = apiRoute(async ({ actor }) => listCourses({ actor }));
export const POST = apiRoute(async ({ req, actor }) => createCourse({ actor, input: await readJson(req) }), { status: 201 });

// Every other method: 405 in the API's error shape with an Allow header (lib/api/handler.ts).
export const { PUT, PATCH, DELETE, OPTIONS } = notAllowed("GET", "POST");
