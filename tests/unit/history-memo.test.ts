import { beforeEach, describe, expect, it, vi } from "vitest";
import { clearHistoryMemo, memoHistory } from "@/lib/services/dashboard/history-memo";

describe("history statistics memo", () => {
  beforeEach(() => clearHistoryMemo());

  it("computes once within the hour, again after", async () => {
    const compute = vi.fn(async () => 42);
    await memoHistory("k", compute, 0);
    await memoHistory("k", compute, 59 * 60_000);
    expect(compute).toHaveBeenCalledTimes(1);
    await memoHistory("k", compute, 61 * 60_000);
    expect(compute).toHaveBeenCalledTimes(2);
  });

  it("keeps keys apart and forgets failures", async () => {
    await expect(memoHistory("a", async () => Promise.reject(new Error("timeout")), 0)).rejects.toThrow("timeout");
    expect(await memoHistory("a", async () => 1, 1)).toBe(1);
    expect(await memoHistory("b", async () => 2, 1)).toBe(2);
  });
});
