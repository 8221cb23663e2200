import { apiRoute, searchParamsObject, notAllowed } from "@/lib/api/handler";
import { listAudit } from "@/lib/services/audit/list-audit";

/** ?unitId=&actorId=&kind=&from=&to=&page= — who changed what and when, in the caller's scope. */
export const GET = apiRoute(async ({ req, actor }) => listAudit({ actor, input: searchParamsObject(req) }));

export const { POST, PUT, PATCH, DELETE, OPTIONS } = notAllowed("GET");
