/**
 * Order statistics shared by time-in-stage and the forecast. One definition everywhere so that the
 * "median days" a dashboard shows is the same number the forecast adds up.
 */

/**
 * The q-quantile (0 ≤ q ≤ 1) by linear interpolation between closest ranks (the spreadsheet
 * PERCENTILE.INC rule): the median of [10, 20] is 15, the p90 of 1…10 is 9.1. Null for no values.
 */
export function quantile(values: readonly number[], q: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const pos = (sorted.length - 1) * Math.min(1, Math.max(0, q));
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
}

export function median(values: readonly number[]): number | null {
  return quantile(values, 0.5);
}

/** a ÷ b, or null when b is 0 (a ratio of nothing is unknown, not 0 % or infinite). */
export function ratioOrNull(a: number, b: number): number | null {
  return b === 0 ? null : a / b;
}
