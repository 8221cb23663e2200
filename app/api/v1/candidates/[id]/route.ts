import { apiRoute, readJson, notAllowed } from "@/lib/api/handler";
import { localeFromAcceptLanguage } from "@/lib/i18n/locales";
import { getCandidate } from "@/lib/services/candidates/get-candidate";
import { updateCandidate } from "@/lib/services/candidates/update-candidate";

// Rule references of the deadlines in the caller's language, like the API's error messages.
export const GET = apiRoute<{ id: string }>(async ({ req, actor, params }) =>
  getCandidate({ actor, id: params.id, locale: localeFromAcceptLanguage(req.headers.get("accept-language")) }),
);

export const PATCH = apiRoute<{ id: string }>(async ({ req, actor, params }) => updateCandidate({ actor, id: params.id, input: await readJson(req) }));

// Every other method: 405 in the API's error shape with an Allow header (lib/api/handler.ts).
export const { POST, PUT, DELETE, OPTIONS } = notAllowed("GET", "PATCH");
