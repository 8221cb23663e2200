import { ratioOrNull } from "./stats";

/**
 * Admitted versus quota (domain.md §8.2): 25 of 10 = 250 %; 1,147 over a plan of 903 = 127 %, i.e.
 * 27 % above. "Admitted" is the caller's count of admission decisions (9-KNĐ) dated in the period over
 * the unit's whole subtree.
 */
export interface Attainment {
  quota: number | null;
  admitted: number;
  /** admitted ÷ quota (2.5 for 25 of 10); null without a quota or with a quota of 0. */
  ratio: number | null;
  /** The ratio as a whole percentage, as reports print it (250). */
  percent: number | null;
  /** Percentage above (+27) or below (−20) the plan. */
  overPercent: number | null;
  /** admitted − quota (+15 for 25 of 10; negative when short). */
  difference: number | null;
}

export function attainment(input: { quota: number | null; admitted: number }): Attainment {
  const { quota, admitted } = input;
  const ratio = quota === null ? null : ratioOrNull(admitted, quota);
  return {
    quota,
    admitted,
    ratio,
    percent: ratio === null ? null : Math.round(ratio * 100),
    overPercent: ratio === null ? null : Math.round((ratio - 1) * 100),
    difference: quota === null ? null : admitted - quota,
  };
}

export const ATTAINMENT_STATUSES = ["NO_QUOTA", "ACHIEVED", "ON_TRACK", "AT_RISK", "BEHIND"] as const;
export type AttainmentStatus = (typeof ATTAINMENT_STATUSES)[number];

/**
 * Pace bands, measured against a straight line from 0 at the start of the period to the quota at its
 * end. Admissions bunch around ceremonies on anniversaries (3/2, 19/5, 2/9), so the line is only a
 * guide and the bands are wide.
 */
/** At least 90 % of the admissions the straight line expects by today: on track. */
export const ON_TRACK_MIN_PACE = 0.9;
/** From 60 % up to 90 % of the expected admissions: at risk; below 60 %: behind. */
export const AT_RISK_MIN_PACE = 0.6;
/** Less than one admission short of the line is never "behind" (early in a year the line is below 1). */
export const PACE_GRACE_ADMISSIONS = 1;

/** What the straight line expects by now: quota × fraction of the period elapsed. */
export function expectedByNow(quota: number, progress: number): number {
  return quota * Math.min(1, Math.max(0, progress));
}

/**
 * The status band. `progress` is periodProgress(period, today). A quota of 0 is achieved by any count.
 * Once the period is over (progress 1), anything short of the quota is BEHIND: no time is left.
 */
export function attainmentStatus(input: { quota: number | null; admitted: number; progress: number }): AttainmentStatus {
  const { quota, admitted, progress } = input;
  if (quota === null) return "NO_QUOTA";
  if (admitted >= quota) return "ACHIEVED";
  if (progress >= 1) return "BEHIND";
  const expected = expectedByNow(quota, progress);
  if (expected - admitted < PACE_GRACE_ADMISSIONS || admitted >= expected * ON_TRACK_MIN_PACE) return "ON_TRACK";
  if (admitted >= expected * AT_RISK_MIN_PACE) return "AT_RISK";
  return "BEHIND";
}

/**
 * A parent's own quota beside the sum of its children's. Nothing says they must add up (domain.md
 * §8.4), so both are returned with the gap; children without a quota are counted, not guessed.
 */
export interface ChildrenQuotaGap {
  parentQuota: number | null;
  childrenSum: number;
  childrenWithQuota: number;
  childrenWithoutQuota: number;
  /** childrenSum − parentQuota: positive when the children promise more than the parent's plan. */
  difference: number | null;
}

export function childrenQuotaGap(parentQuota: number | null, childQuotas: readonly (number | null)[]): ChildrenQuotaGap {
  const set = childQuotas.filter((q): q is number => q !== null);
  const childrenSum = set.reduce((sum, q) => sum + q, 0);
  return {
    parentQuota,
    childrenSum,
    childrenWithQuota: set.length,
    childrenWithoutQuota: childQuotas.length - set.length,
    difference: parentQuota === null ? null : childrenSum - parentQuota,
  };
}
