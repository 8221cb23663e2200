import { apiRoute } from "@/lib/api/handler";
import { describeMe } from "@/lib/services/me";

export const GET = apiRoute(async ({ actor }) => describeMe(actor));
