import { daysBetween, endOfMonth, monthKey, monthsFromTo, type IsoDate, type MonthKey } from "./dates";
import { periodLengthDays, type Period } from "./period";

/**
 * Admissions month by month against the pace the quota needs: cumulative actual beside a straight
 * line from 0 at the start of the period to the quota on its last day, and how many admissions each
 * remaining month must bring to still reach the quota.
 */
export interface PaceInput {
  period: Period;
  quota: number | null;
  /** Admission decisions per month ("2025-03" → 4), already limited to dates inside the period. */
  monthly: Readonly<Record<MonthKey, number>>;
  today: IsoDate;
}

export interface PaceMonth {
  month: MonthKey;
  /** Admissions in the month; null for months after today's (not happened yet). */
  admitted: number | null;
  cumulative: number | null;
  /** The straight line at the month's last day (or the period's last day); null without a quota. */
  pace: number | null;
}

export interface Pace {
  months: PaceMonth[];
  admittedSoFar: number;
  /** Admissions still needed (0 once reached); null without a quota. */
  remaining: number | null;
  /** Months of the period not yet over, today's month included (it can still bring admissions). */
  monthsRemaining: number;
  /** remaining ÷ monthsRemaining; null without a quota or when no month is left. */
  neededPerRemainingMonth: number | null;
}

export function paceOf(input: PaceInput): Pace {
  const { period, quota, monthly, today } = input;
  const length = periodLengthDays(period);
  const current = monthKey(today);
  let cumulative = 0;
  const months = monthsFromTo(period.from, period.to).map((month): PaceMonth => {
    const monthEnd = endOfMonth(`${month}-01`);
    const lineEnd = monthEnd < period.to ? monthEnd : period.to;
    const pace = quota === null ? null : (quota * (daysBetween(period.from, lineEnd) + 1)) / length;
    if (month > current) return { month, admitted: null, cumulative: null, pace };
    const admitted = monthly[month] ?? 0;
    cumulative += admitted;
    return { month, admitted, cumulative, pace };
  });
  const monthsRemaining = months.filter((m) => m.month >= current).length;
  const remaining = quota === null ? null : Math.max(0, quota - cumulative);
  return {
    months,
    admittedSoFar: cumulative,
    remaining,
    monthsRemaining,
    neededPerRemainingMonth: remaining === null || monthsRemaining === 0 ? null : remaining / monthsRemaining,
  };
}
