import { apiRoute, searchParamsObject } from "@/lib/api/handler";
import { localeFromAcceptLanguage } from "@/lib/i18n/locales";
import { listDeadlines } from "@/lib/services/pipeline/list-deadlines";

// Rule references in the caller's language, like the API's error messages.
export const GET = apiRoute(async ({ req, actor }) => listDeadlines({ actor, input: searchParamsObject(req), locale: localeFromAcceptLanguage(req.headers.get("accept-language")) }));
