import { apiRoute, notAllowed } from "@/lib/api/handler";
import { viewVerificationFindings } from "@/lib/services/candidates/verification-findings";

/** The candidate's background-verification findings; every call is logged in the audit log (who, when). */
export const GET = apiRoute<{ id: string }>(async ({ actor, params }) => viewVerificationFindings({ actor, id: params.id }));

export const { POST, PUT, PATCH, DELETE, OPTIONS } = notAllowed("GET");
