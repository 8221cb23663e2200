import { describe, expect, it } from "vitest";
import { addBuckets, medianFromBuckets, STAY_BUCKETS } from "@/lib/domain/quotas/stay-buckets";

const histogram = (entries: Record<number, number>) => Array.from({ length: STAY_BUCKETS }, (_, i) => entries[i] ?? 0);

describe("median stay from a histogram", () => {
  it("is null when nobody left the stage", () => {
    expect(medianFromBuckets(histogram({}))).toBeNull();
  });

  it("interpolates inside the bucket that holds the middle stay", () => {
    // Four stays of 14–29 days: the middle (2 of 4) sits halfway through the bucket.
    expect(medianFromBuckets(histogram({ 2: 4 }))).toBe(22);
    // 3 stays under a week, 3 of 30–44 days: the middle is the end of the first bucket.
    expect(medianFromBuckets(histogram({ 0: 3, 3: 3 }))).toBe(7);
    // 1 short stay, 3 of 60–89 days: half = 2 → a third of the way into 60–90.
    expect(medianFromBuckets(histogram({ 0: 1, 5: 3 }))).toBeCloseTo(70);
  });

  it("reads the open last bucket as two to three years", () => {
    expect(medianFromBuckets(histogram({ 12: 2 }))).toBe(912.5);
  });

  it("merges units by adding their histograms", () => {
    expect(medianFromBuckets(addBuckets(histogram({ 2: 1 }), histogram({ 2: 3 })))).toBe(22);
  });
});
