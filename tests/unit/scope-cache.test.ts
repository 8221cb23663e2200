import { beforeEach, describe, expect, it, vi } from "vitest";
import { cachedScope, clearScopeCache, scopeKey } from "@/lib/auth/scope-cache";
import { buildScope } from "@/lib/auth/scope-rules";

const scopeOf = (...ids: string[]) =>
  buildScope(
    { role: "GRASSROOTS_STAFF", unitId: ids[0]! },
    ids.map((id) => ({ id, isRoot: false })),
  );

describe("scope cache", () => {
  beforeEach(() => clearScopeCache());

  it("builds a scope once per role, home unit and tree stamp", async () => {
    const build = vi.fn(async () => scopeOf("g1", "b1"));
    const key = scopeKey("GRASSROOTS_STAFF", "g1", "5041@1");
    const [a, b] = await Promise.all([cachedScope(key, build), cachedScope(key, build)]);
    expect(a).toBe(b);
    expect(build).toHaveBeenCalledTimes(1);
  });

  it("rebuilds when the tree changes or the user's role or home unit does", async () => {
    const build = vi.fn(async () => scopeOf("g1"));
    await cachedScope(scopeKey("GRASSROOTS_STAFF", "g1", "5041@1"), build);
    await cachedScope(scopeKey("GRASSROOTS_STAFF", "g1", "5042@2"), build);
    await cachedScope(scopeKey("VIEWER", "g1", "5042@2"), build);
    await cachedScope(scopeKey("VIEWER", "g2", "5042@2"), build);
    expect(build).toHaveBeenCalledTimes(4);
  });

  it("forgets a failed build so the next request tries again", async () => {
    const key = scopeKey("ADMIN", "root", "1@1");
    await expect(cachedScope(key, async () => Promise.reject(new Error("db down")))).rejects.toThrow("db down");
    await expect(cachedScope(key, async () => scopeOf("root"))).resolves.toMatchObject({ rootUnitIds: ["root"] });
  });
});
