import { apiRoute, readJson, notAllowed } from "@/lib/api/handler";
import { createTestSession, listTestSessions } from "@/lib/services/classes/awareness-tests";

export const GET = apiRoute(async ({ actor }) => listTestSessions({ actor }));
export const POST = apiRoute(async ({ req, actor }) => createTestSession({ actor, input: await readJson(req) }), { status: 201 });

// Every other method: 405 in the API's error shape with an Allow header (lib/api/handler.ts).
export const { PUT, PATCH, DELETE, OPTIONS } = notAllowed("GET", "POST");
