import { ADMISSION_CATEGORIES, AGE_BANDS, type AdmissionCategory, type AgeBand, type CategoryProfile } from "./categories";
import { ratioOrNull } from "./stats";

/** Counts per category and age band over a set of admissions (profiles from categoriesOf). */
export interface CategoryTally {
  total: number;
  byCategory: Record<AdmissionCategory, number>;
  byAgeBand: Record<AgeBand, number>;
}

const zeros = <K extends string>(keys: readonly K[]) => Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;

export function tallyCategories(profiles: readonly Pick<CategoryProfile, "categories" | "ageBand">[]): CategoryTally {
  const byCategory = zeros(ADMISSION_CATEGORIES);
  const byAgeBand = zeros(AGE_BANDS);
  for (const p of profiles) {
    // A category listed twice for one person still counts once.
    for (const c of new Set(p.categories)) byCategory[c] += 1;
    if (p.ageBand) byAgeBand[p.ageBand] += 1;
  }
  return { total: profiles.length, byCategory, byAgeBand };
}

export interface CategoryAttainment {
  category: AdmissionCategory;
  count: number;
  /** count ÷ all admitted (women 438 of 652 = 0.67); null when nobody was admitted. */
  share: number | null;
  target: number | null;
  /** count ÷ target; null without a target (or a target of 0). */
  ratio: number | null;
  /** count − target. */
  difference: number | null;
}

/**
 * One row per category: its count, its share of all admissions and, where the quota sets a target for
 * it, attainment against that target.
 */
export function categoryAttainment(
  tally: Pick<CategoryTally, "total" | "byCategory">,
  targets: Partial<Record<AdmissionCategory, number>> = {},
): CategoryAttainment[] {
  return ADMISSION_CATEGORIES.map((category) => {
    const count = tally.byCategory[category];
    const target = targets[category] ?? null;
    return {
      category,
      count,
      share: ratioOrNull(count, tally.total),
      target,
      ratio: target === null ? null : ratioOrNull(count, target),
      difference: target === null ? null : count - target,
    };
  });
}

/** Share of each age band among all admissions (18–30: 213 of 333 = 0.64). */
export function ageBandShares(tally: Pick<CategoryTally, "total" | "byAgeBand">): { band: AgeBand; count: number; share: number | null }[] {
  return AGE_BANDS.map((band) => ({ band, count: tally.byAgeBand[band], share: ratioOrNull(tally.byAgeBand[band], tally.total) }));
}
