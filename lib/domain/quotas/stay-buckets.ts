/**
 * How long candidates stayed in a stage, kept as a histogram (the StageExitRollup table's b0…b12):
 * bucket 0 holds stays under 7 days, bucket i stays from BOUNDS[i-1] to under BOUNDS[i] days, and
 * the last bucket everything from 730 days. The SQL function stage_stay_bucket uses these bounds.
 */
export const STAY_BUCKET_BOUNDS = [7, 14, 30, 45, 60, 90, 120, 180, 270, 365, 540, 730] as const;
export const STAY_BUCKETS = STAY_BUCKET_BOUNDS.length + 1;

/** The open last bucket is read as 730 to 1,095 days (three years) for interpolation. */
const LAST_BUCKET_END = 1095;

/**
 * The median stay of a histogram: the bucket that holds the middle stay, interpolated linearly
 * inside it (stays assumed spread evenly over the bucket). Null when nobody left the stage.
 */
export function medianFromBuckets(counts: readonly number[]): number | null {
  const total = counts.reduce((a, b) => a + b, 0);
  if (total === 0) return null;
  const half = total / 2;
  let seen = 0;
  for (let i = 0; i < counts.length; i++) {
    const count = counts[i] ?? 0;
    if (count > 0 && seen + count >= half) {
      const low = i === 0 ? 0 : STAY_BUCKET_BOUNDS[i - 1]!;
      const high = i < STAY_BUCKET_BOUNDS.length ? STAY_BUCKET_BOUNDS[i]! : LAST_BUCKET_END;
      return low + (high - low) * ((half - seen) / count);
    }
    seen += count;
  }
  return null;
}

/** Element-wise sum of histograms (merging units). */
export function addBuckets(a: readonly number[], b: readonly number[]): number[] {
  return Array.from({ length: Math.max(a.length, b.length) }, (_, i) => (a[i] ?? 0) + (b[i] ?? 0));
}
