import { NextResponse } from "next/server";
import { notAllowed } from "@/lib/api/handler";
import { buildOpenApi } from "@/lib/api/openapi";

// Public: the contract itself reveals no data.
export function GET() {
  return NextResponse.json(buildOpenApi());
}

// Every other method: 405 in the API's error shape with an Allow header (lib/api/handler.ts).
export const { POST, PUT, PATCH, DELETE, OPTIONS } = notAllowed("GET");
