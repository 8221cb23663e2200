import { apiRoute, searchParamsObject, notAllowed } from "@/lib/api/handler";
import { fileResponse } from "@/lib/api/file-response";
import { exportCandidates } from "@/lib/services/paperwork/files";

/** ?format=xlsx|csv&unitId=&stage=&q= — the candidate list as filtered on screen, every row, in the caller's scope. */
export const GET = apiRoute(async ({ req, actor }) => fileResponse(await exportCandidates({ actor, input: searchParamsObject(req) })));

export const { POST, PUT, PATCH, DELETE, OPTIONS } = notAllowed("GET");
