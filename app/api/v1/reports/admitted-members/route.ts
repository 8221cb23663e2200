import { apiRoute, searchParamsObject, notAllowed } from "@/lib/api/handler";
import { fileResponse } from "@/lib/api/file-response";
import { admittedMembersFile } from "@/lib/services/paperwork/files";

/** ?period=2026|2020-2025&unitId=&format=xlsx — members admitted in the period, one row each, for the national member database. */
export const GET = apiRoute(async ({ req, actor }) => fileResponse(await admittedMembersFile({ actor, input: searchParamsObject(req) })));

export const { POST, PUT, PATCH, DELETE, OPTIONS } = notAllowed("GET");
