import { apiRoute, readJson, notAllowed } from "@/lib/api/handler";
import { updateAccount } from "@/lib/services/accounts/update-account";

/** Body: { version, fullName?, role?, unitId?, active? }; a stale version → 409; deactivation ends the person's sessions. */
export const PATCH = apiRoute<{ id: string }>(async ({ req, actor, params }) => updateAccount({ actor, id: params.id, input: await readJson(req) }));

// Every other method: 405 in the API's error shape with an Allow header (lib/api/handler.ts).
export const { GET, POST, PUT, DELETE, HEAD, OPTIONS } = notAllowed("PATCH");
