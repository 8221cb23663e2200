import { apiRoute, notAllowed } from "@/lib/api/handler";
import { fileResponse } from "@/lib/api/file-response";
import { unitTemplate } from "@/lib/services/imports/templates";

/** The unit-tree spreadsheet to fill in (.xlsx), with the caller's committees as possible parents. */
export const GET = apiRoute(async ({ actor }) => fileResponse(await unitTemplate({ actor })));

export const { POST, PUT, PATCH, DELETE, OPTIONS } = notAllowed("GET");
