import type { Translate } from "@/lib/i18n/translate-type";
import { BEHIND_FRACTION_OF_PACE, PACE_TOLERANCE, bandBounds, type Band } from "./attainment";

/** Percent as the table shows it (whole numbers), so a legend bound and a row's figure round alike. */
const percent = (ratio: number) => Math.round(ratio * 100);

/** The bands in the order a reader meets them, best first. */
export const LEGEND_BANDS: readonly Band[] = ["ACHIEVED", "ON_TRACK", "AT_RISK", "BEHIND", "NO_QUOTA"];

/**
 * The colour key of the attainment column in words: what each band means at this point of the
 * period, with the bounds `band` applies (no hover needed, so it works on a phone).
 */
export function bandLegend(progress: number, t: Translate): { band: Band; name: string; meaning: string }[] {
  const { onTrackFrom, behindBelow } = bandBounds(progress);
  const from = percent(onTrackFrom);
  const to = percent(behindBelow);
  const common = { tolerance: percent(PACE_TOLERANCE), fraction: percent(BEHIND_FRACTION_OF_PACE) };
  const meaning: Record<Band, string> = {
    ACHIEVED: t("dashboard.legend.ACHIEVED"),
    ON_TRACK: t("dashboard.legend.ON_TRACK", { ...common, from }),
    AT_RISK: onTrackFrom > behindBelow ? t("dashboard.legend.AT_RISK", { ...common, from: to, to: from }) : t("dashboard.legend.AT_RISK_NONE", common),
    BEHIND: behindBelow > 0 ? t("dashboard.legend.BEHIND", { ...common, to }) : t("dashboard.legend.BEHIND_NONE", common),
    NO_QUOTA: t("dashboard.legend.NO_QUOTA"),
  };
  return LEGEND_BANDS.map((band) => ({ band, name: t(`dashboard.band.${band}`), meaning: meaning[band] }));
}

/**
 * "Tổng chỉ tiêu đơn vị trực thuộc" in words: the sum of the children's quotas against the unit's
 * own, and by how much they differ (children's quotas need not add up to the parent's).
 */
export function childrenSumNote(quota: number | null, difference: number | null, t: Translate): string {
  const relation = quota === null || difference === null ? "none" : difference < 0 ? "less" : difference > 0 ? "more" : "equal";
  return t("dashboard.note.childrenSum", { relation, quota: quota ?? 0, gap: Math.abs(difference ?? 0) });
}
