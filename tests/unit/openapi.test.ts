import { describe, expect, it } from "vitest";
import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { buildOpenApi } from "@/lib/api/openapi";

function routes(dir: string, prefix = "/api/v1"): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const full = path.join(dir, entry);
    if (!statSync(full).isDirectory()) return entry === "route.ts" ? [prefix] : [];
    if (entry.startsWith("[...") || entry === "openapi.json") return [];
    return routes(full, `${prefix}/${entry.replace(/^\[(\w+)\]$/, "{$1}")}`);
  });
}

describe("the OpenAPI document", () => {
  it("describes every /api/v1 route the app serves", () => {
    const documented = Object.keys(buildOpenApi().paths);
    const served = routes(path.resolve(import.meta.dirname, "../../app/api/v1")).filter((r) => r !== "/api/v1");
    expect(served.length).toBeGreaterThan(15);
    for (const route of served) expect(documented).toContain(route);
  });
});
