import { apiRoute, notAllowed, readUpload } from "@/lib/api/handler";
import { translatorFor } from "@/lib/i18n/translate";
import { localeFromAcceptLanguage } from "@/lib/i18n/locales";
import { previewCandidateImport } from "@/lib/services/imports/preview-candidates";
import { presentPreview } from "@/lib/services/imports/present";

/**
 * multipart/form-data, field `file`: an .xlsx of candidates (GET ./template) → every row checked,
 * `{ importId, rows: [{ row, ok, errors: [{ column, code, message }] }], summary }`. Writes only the
 * preview (POST /imports/{importId}/commit writes the rows). The body is read after the permission check.
 */
export const POST = apiRoute(async ({ req, actor }) =>
  presentPreview(
    await previewCandidateImport({ actor, file: () => readUpload(req) }),
    translatorFor(localeFromAcceptLanguage(req.headers.get("accept-language"))),
  ),
);

export const { GET, PUT, PATCH, DELETE, OPTIONS, HEAD } = notAllowed("POST");
