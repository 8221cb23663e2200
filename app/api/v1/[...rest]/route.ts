import type { NextRequest } from "next/server";
import { errorResponse } from "@/lib/api/handler";
import { notFound } from "@/lib/errors";

// Unknown API paths answer in the API's error shape rather than with an HTML page.
const answer = (req: NextRequest) => errorResponse(notFound(), req.headers.get("accept-language"));
export { answer as GET, answer as POST, answer as PATCH, answer as PUT, answer as DELETE };
