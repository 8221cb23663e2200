import { apiRoute, notAllowed, readUpload } from "@/lib/api/handler";
import { translatorFor } from "@/lib/i18n/translate";
import { localeFromAcceptLanguage } from "@/lib/i18n/locales";
import { previewUnitImport } from "@/lib/services/imports/preview-units";
import { presentPreview } from "@/lib/services/imports/present";

/**
 * multipart/form-data, field `file`: an .xlsx of units (GET ./template) → every row checked, as for
 * candidates. Administrators and superior staff only; writes only the preview.
 */
export const POST = apiRoute(async ({ req, actor }) =>
  presentPreview(await previewUnitImport({ actor, file: () => readUpload(req) }), translatorFor(localeFromAcceptLanguage(req.headers.get("accept-language")))),
);

export const { GET, PUT, PATCH, DELETE, OPTIONS, HEAD } = notAllowed("POST");
