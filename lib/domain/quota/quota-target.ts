/**
 * What a quota asks for. Most quotas are a count ("admit ≥ 15"); some are a norm on the membership
 * ("each year admit ≥ 3 % of the members counted at the start of the term", Thái Nguyên bloc,
 * domain.md §8.1). Both reduce to a target count here.
 */
export type QuotaBasis =
  | { kind: "COUNT"; count: number }
  /** `baseMembers`: the head count the norm refers to (members at the start of the period, or of the term). */
  | { kind: "PERCENT_OF_MEMBERS"; percent: number; baseMembers: number };

export const QUOTA_ERROR_CODES = [
  "QUOTA_NOT_A_NUMBER",
  "QUOTA_NEGATIVE",
  "QUOTA_NOT_INTEGER",
  "QUOTA_PERCENT_NOT_POSITIVE",
  "QUOTA_PERCENT_OVER_100",
  "QUOTA_BASE_INVALID",
  "QUOTA_CATEGORY_OVER_TOTAL",
] as const;
export type QuotaErrorCode = (typeof QUOTA_ERROR_CODES)[number];

export interface QuotaError {
  code: QuotaErrorCode;
  /** Which field is wrong ("count", "percent", "baseMembers", or a category code). */
  field: string;
  params: Record<string, string | number>;
}

export const MAX_QUOTA_PERCENT = 100;

function countErrors(value: number, field: string): QuotaError[] {
  if (!Number.isFinite(value)) return [{ code: "QUOTA_NOT_A_NUMBER", field, params: {} }];
  if (value < 0) return [{ code: "QUOTA_NEGATIVE", field, params: { value } }];
  if (!Number.isInteger(value)) return [{ code: "QUOTA_NOT_INTEGER", field, params: { value } }];
  return [];
}

/** Every problem with a quota basis, as codes (empty = valid). A count of 0 is a valid (if odd) quota. */
export function validateQuotaBasis(basis: QuotaBasis): QuotaError[] {
  if (basis.kind === "COUNT") return countErrors(basis.count, "count");
  const errors: QuotaError[] = [];
  const p = basis.percent;
  if (!Number.isFinite(p)) errors.push({ code: "QUOTA_NOT_A_NUMBER", field: "percent", params: {} });
  else if (p <= 0) errors.push({ code: "QUOTA_PERCENT_NOT_POSITIVE", field: "percent", params: { value: p } });
  else if (p > MAX_QUOTA_PERCENT) errors.push({ code: "QUOTA_PERCENT_OVER_100", field: "percent", params: { value: p, max: MAX_QUOTA_PERCENT } });
  if (countErrors(basis.baseMembers, "baseMembers").length > 0) {
    errors.push({ code: "QUOTA_BASE_INVALID", field: "baseMembers", params: { value: basis.baseMembers } });
  }
  return errors;
}

/**
 * Category targets (women, Youth Union…) are counts. Each category is a subset of all admissions, so
 * a category target above the total target cannot be what the plan meant: it is flagged too.
 */
export function validateCategoryTargets(targets: Readonly<Record<string, number>>, totalTarget: number | null): QuotaError[] {
  return Object.entries(targets).flatMap(([category, value]) => {
    const errors = countErrors(value, category);
    if (errors.length > 0) return errors;
    return totalTarget !== null && value > totalTarget
      ? [{ code: "QUOTA_CATEGORY_OVER_TOTAL" as const, field: category, params: { value, total: totalTarget } }]
      : [];
  });
}

// Floating-point slack: 3 % of 100 computes as 3.0000000000000004 and must not round up to 4.
const EPSILON = 1e-9;

/**
 * The target count. A percentage norm is a floor ("at least 3 %"), so the target is ROUNDED UP:
 * 3 % of 5,356 = 160.68 → 161, and 3 % of 5,340 = 160.2 → 161 too, because 160 admissions would be
 * below 3 %. Only rounding up makes "admitted ≥ target" mean the same as "admitted ≥ p % of members".
 * Returns null for an invalid basis.
 */
export function quotaTarget(basis: QuotaBasis): number | null {
  if (validateQuotaBasis(basis).length > 0) return null;
  if (basis.kind === "COUNT") return basis.count;
  return Math.ceil((basis.percent * basis.baseMembers) / 100 - EPSILON);
}
