import { apiRoute, searchParamsObject, notAllowed } from "@/lib/api/handler";
import { localeFromAcceptLanguage } from "@/lib/i18n/locales";
import { listDeadlines } from "@/lib/services/pipeline/list-deadlines";

// Rule references in the caller's language, like the API's error messages.
export const GET = apiRoute(async ({ req, actor }) =>
  listDeadlines({ actor, input: searchParamsObject(req), locale: localeFromAcceptLanguage(req.headers.get("accept-language")) }),
);

// Every other method: 405 in the API's error shape with an Allow header (lib/api/handler.ts).
export const { POST, PUT, PATCH, DELETE, OPTIONS } = notAllowed("GET");
