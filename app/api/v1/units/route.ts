import { apiRoute } from "@/lib/api/handler";
import { listUnits } from "@/lib/services/units/list-units";

export const GET = apiRoute(async ({ actor }) => listUnits({ actor }));
