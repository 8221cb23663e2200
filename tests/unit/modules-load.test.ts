/**
 * The domain's modules build tables when they load (the papers each step needs, the collator, the
 * report's columns). Importing them inside a test turns a table that cannot be built into a failing
 * test: a module that throws while loading makes a file that imports it at the top collect no test
 * at all, which StrykerJS's vitest runner counts as "survived" (stryker-js issue 6150).
 */
import { describe, expect, it } from "vitest";

describe("the domain's modules load and build their tables", () => {
  it("the papers each step needs before the candidate leaves a stage (HD 12-HD/BTCTW 2022)", async () => {
    const { PAPERS_TO_LEAVE } = await import("@/lib/domain/rules/dossier");
    expect(PAPERS_TO_LEAVE).toEqual({
      DOSSIER: ["A2", "A3"],
      BRANCH_VOTE: ["A1", "A2", "A3", "A4", "A5", "A6"],
      COMMITTEE_REVIEW: ["B1", "B2", "B3"],
      PROBATION: ["C6", "C7"],
    });
  });

  it("the Vietnamese collator", async () => {
    const { compareVi } = await import("@/lib/domain/text");
    expect(compareVi("Ă", "Az")).toBeGreaterThan(0);
    expect(compareVi("an", "AN")).toBe(0);
  });

  it("the periodic report's columns: every category but UNDER_30 (the 18–30 band), the age bands, the education levels and college or above", async () => {
    const { REPORT_COLUMNS } = await import("@/lib/domain/quotas/report-matrix");
    const columns = REPORT_COLUMNS.map((c) => ("key" in c ? `${c.kind}:${c.key}` : c.kind));
    expect(columns.filter((c) => c.startsWith("category:"))).toHaveLength(13);
    expect(columns).not.toContain("category:UNDER_30");
    expect(columns).toContain("ageBand:18_30");
    expect(columns.at(-1)).toBe("collegeOrAbove");
  });

  it("the stage registry and the recorded steps", async () => {
    const { RECORDED_STEP_CODES, STAGE_MODULES } = await import("@/lib/domain/pipeline/registry");
    expect(Object.keys(STAGE_MODULES)).toHaveLength(11);
    expect(RECORDED_STEP_CODES).toEqual(["CONVERSION_RESOLUTION"]);
  });
});
