import { NextResponse } from "next/server";
import { buildOpenApi } from "@/lib/api/openapi";

// Public: the contract itself reveals no data.
export function GET() {
  return NextResponse.json(buildOpenApi());
}
