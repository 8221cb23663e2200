import { apiRoute, readJson } from "@/lib/api/handler";
import { createTestSession, listTestSessions } from "@/lib/services/classes/awareness-tests";

export const GET = apiRoute(async ({ actor }) => listTestSessions({ actor }));
export const POST = apiRoute(async ({ req, actor }) => createTestSession({ actor, input: await readJson(req) }), { status: 201 });
