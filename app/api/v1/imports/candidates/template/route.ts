import { apiRoute, notAllowed } from "@/lib/api/handler";
import { fileResponse } from "@/lib/api/file-response";
import { candidateTemplate } from "@/lib/services/imports/templates";

/** The candidate spreadsheet to fill in (.xlsx), with the codes of the caller's branches. */
export const GET = apiRoute(async ({ actor }) => fileResponse(await candidateTemplate({ actor })));

export const { POST, PUT, PATCH, DELETE, OPTIONS } = notAllowed("GET");
