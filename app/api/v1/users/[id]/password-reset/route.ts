import { apiRoute, notAllowed } from "@/lib/api/handler";
import { resetPassword } from "@/lib/services/accounts/reset-password";

/** No body → { account, oneTimePassword } (shown this once); the person's sessions end. */
export const POST = apiRoute<{ id: string }>(async ({ actor, params }) => resetPassword({ actor, id: params.id }));

// Every other method: 405 in the API's error shape with an Allow header (lib/api/handler.ts).
export const { GET, PUT, PATCH, DELETE, HEAD, OPTIONS } = notAllowed("POST");
