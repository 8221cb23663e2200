/**
 * One colour per attainment band, the same in the table, the legend and the chart; a band is
 * always named in words beside its colour. Each has at least 3:1 contrast with white (a bar is a
 * graphic that carries meaning, WCAG 1.4.11); "no quota" draws no bar.
 */
export const BAND_COLOURS: Record<string, string> = {
  ACHIEVED: "#047857",
  ON_TRACK: "#0369a1",
  AT_RISK: "#d97706",
  BEHIND: "#b91c1c",
  NO_QUOTA: "#a8a29e",
};
