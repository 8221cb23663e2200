import { describe, expect, it } from "vitest";
import { buildFunnel, funnelConversion, FUNNEL_STAGES, type FunnelCandidate } from "@/lib/domain/quota";

describe("funnel", () => {
  it("counts a candidate in PROBATION as having reached every earlier stage", () => {
    const f = buildFunnel({ stageCounts: { PROBATION: 1 } });
    expect(f.steps.map((s) => [s.stage, s.reached])).toEqual(FUNNEL_STAGES.map((s) => [s, s === "OFFICIAL" ? 0 : 1]));
    expect(f.admitted).toBe(1);
  });

  it("reproduces Quảng Ninh's cohort: 115 of 198 trained were admitted", () => {
    // 198 trained: 115 admitted (now waiting for the ceremony), 83 left after the class.
    const f = { stageCounts: { CEREMONY: 115, TRAINING: 83 } };
    const c = funnelConversion(f, "TRAINING", "CEREMONY");
    expect(c).toMatchObject({ numerator: 115, denominator: 198 });
    expect(c.ratio).toBeCloseTo(115 / 198);
    expect(buildFunnel(f).admitted).toBe(115);
  });

  it("places exits at the last stage they reached and leaves unplaced ones out", () => {
    const candidates: FunnelCandidate[] = [
      { stage: "SYMPATHIZER" },
      { stage: "TRAINING" },
      { stage: "DROPPED", lastStageReached: "TRAINING" },
      { stage: "BRANCH_VOTE" },
      { stage: "STRUCK_OFF", lastStageReached: "PROBATION" },
      { stage: "OFFICIAL" },
      { stage: "DROPPED" },
      { stage: "SOURCE" },
    ];
    const f = buildFunnel({ candidates });
    const reached = Object.fromEntries(f.steps.map((s) => [s.stage, s.reached]));
    expect(reached).toMatchObject({ SYMPATHIZER: 6, TRAINING: 5, DOSSIER: 3, BRANCH_VOTE: 3, CEREMONY: 2, PROBATION: 2, OFFICIAL: 1 });
    expect(f.unplaced).toBe(1);
    expect(f.admitted).toBe(2);
    expect(f.overall).toBeCloseTo(1 / 6);
    expect(f.steps[1]).toEqual({ stage: "TRAINING", reached: 5, fromPrevious: 5 / 6 });
    expect(f.steps[0].fromPrevious).toBeNull();
  });

  it("merges stage counts and a candidate list", () => {
    const f = buildFunnel({ stageCounts: { TRAINING: 2 }, candidates: [{ stage: "DOSSIER" }] });
    expect(f.steps.find((s) => s.stage === "TRAINING")?.reached).toBe(3);
  });

  it("hides stages a unit does not run without changing the counts", () => {
    const stages = FUNNEL_STAGES.filter((s) => s !== "AWARENESS_TEST");
    const f = buildFunnel({ stageCounts: { DOSSIER: 2, BRANCH_VOTE: 2 } }, stages);
    expect(f.steps.map((s) => s.stage)).not.toContain("AWARENESS_TEST");
    const vote = f.steps.find((s) => s.stage === "BRANCH_VOTE");
    expect(vote).toEqual({ stage: "BRANCH_VOTE", reached: 2, fromPrevious: 0.5 });
  });

  it("has null ratios for an empty cohort", () => {
    const f = buildFunnel({});
    expect(f.overall).toBeNull();
    expect(f.steps.every((s) => s.reached === 0)).toBe(true);
    expect(funnelConversion({}, "TRAINING", "CEREMONY").ratio).toBeNull();
  });
});
