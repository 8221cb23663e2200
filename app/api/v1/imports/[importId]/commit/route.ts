import { apiRoute, notAllowed } from "@/lib/api/handler";
import { commitImport } from "@/lib/services/imports/commit-import";

/**
 * Writes a previewed import, all rows or none: 404 for an import that is not the caller's own,
 * 409 when already committed or when anything it was checked against changed, 422 when the
 * preview had errors. No body.
 */
export const POST = apiRoute<{ importId: string }>(async ({ actor, params }) => commitImport({ actor, input: params }));

export const { GET, PUT, PATCH, DELETE, OPTIONS, HEAD } = notAllowed("POST");
