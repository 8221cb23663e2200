/**
 * Admissions against quota. Attainment = admitted ÷ quota (25 of 10 = 250 %; 1,147 over a plan of
 * 903 is 27 % above). The band compares progress with the share of the period that has passed.
 */
export type Band = "NO_QUOTA" | "ACHIEVED" | "ON_TRACK" | "AT_RISK" | "BEHIND";

/** Within 15 percentage points of the linear pace still counts as on track; below half of it is behind. */
export const PACE_TOLERANCE = 0.15;
export const BEHIND_FRACTION_OF_PACE = 0.5;

export function attainment(admitted: number, quota: number | null): number | null {
  if (quota === null || quota <= 0) return null;
  return admitted / quota;
}

export function band(admitted: number, quota: number | null, progress: number): Band {
  const ratio = attainment(admitted, quota);
  if (ratio === null) return "NO_QUOTA";
  if (ratio >= 1) return "ACHIEVED";
  if (ratio >= progress - PACE_TOLERANCE) return "ON_TRACK";
  if (ratio >= progress * BEHIND_FRACTION_OF_PACE) return "AT_RISK";
  return "BEHIND";
}

/** Children's quotas need not add up to the parent's: both are shown with the difference. */
export function childrenQuotaGap(parentQuota: number | null, childQuotas: (number | null)[]): { childrenSum: number; difference: number | null } {
  const childrenSum = childQuotas.reduce<number>((sum, q) => sum + (q ?? 0), 0);
  return { childrenSum, difference: parentQuota === null ? null : childrenSum - parentQuota };
}

/** Target from a percentage of the members counted at the start of the period, rounded up (a norm of "at least 3 %"). */
export function targetFromPercent(percent: number, baseMembers: number): number {
  return Math.ceil((percent * baseMembers) / 100 - 1e-9);
}

/**
 * Where the bands start at a given point of the period (ratios of attainment): ON_TRACK from
 * `onTrackFrom` up to 100 %, AT_RISK from `behindBelow` up to `onTrackFrom`, BEHIND below
 * `behindBelow`. Early in a period the AT_RISK range (and then BEHIND) is empty: `band` tests
 * ON_TRACK first, so the two bounds meet.
 */
export function bandBounds(progress: number): { onTrackFrom: number; behindBelow: number } {
  const onTrackFrom = Math.max(0, progress - PACE_TOLERANCE);
  return { onTrackFrom, behindBelow: Math.min(onTrackFrom, progress * BEHIND_FRACTION_OF_PACE) };
}
