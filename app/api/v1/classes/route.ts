import { apiRoute, readJson } from "@/lib/api/handler";
import { createCourse, listCourses } from "@/lib/services/classes/courses";

export const GET = apiRoute(async ({ actor }) => listCourses({ actor }));
export const POST = apiRoute(async ({ req, actor }) => createCourse({ actor, input: await readJson(req) }), { status: 201 });
