import { apiRoute } from "@/lib/api/handler";
import { getCourse } from "@/lib/services/classes/courses";

export const GET = apiRoute<{ id: string }>(async ({ actor, params }) => getCourse({ actor, id: params.id }));
