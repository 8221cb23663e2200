import { describe, expect, it } from "vitest";
import { createTranslator } from "use-intl";
import {
  ADMISSION_CATEGORIES,
  AGE_BANDS,
  ATTAINMENT_STATUSES,
  ESTIMATE_SOURCES,
  FORECAST_METHOD,
  forecastUnits,
  parsePeriod,
  PERIOD_ERROR_CODES,
  QUOTA_ERROR_CODES,
  QUOTA_MESSAGES,
  REASON_CODES,
  validateCategoryTargets,
  validateQuotaBasis,
  type Period,
  type QuotaMessageCode,
  type Transition,
} from "@/lib/domain/quota";

const ALL_CODES: QuotaMessageCode[] = [
  "PERIOD_YEAR",
  "PERIOD_TERM",
  ...PERIOD_ERROR_CODES,
  ...QUOTA_ERROR_CODES,
  ...ATTAINMENT_STATUSES,
  ...ADMISSION_CATEGORIES,
  ...AGE_BANDS,
  ...REASON_CODES,
  ...ESTIMATE_SOURCES,
  FORECAST_METHOD.code,
];

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe("quota messages", () => {
  it("has a Vietnamese and an English text for every code, and nothing else", () => {
    expect(new Set(ALL_CODES).size).toBe(ALL_CODES.length); // codes are unique across groups
    expect(Object.keys(QUOTA_MESSAGES.vi).sort()).toEqual([...ALL_CODES].sort());
    expect(Object.keys(QUOTA_MESSAGES.en).sort()).toEqual([...ALL_CODES].sort());
  });

  it("uses the same placeholders in both languages, full Vietnamese diacritics, and no ICU-escaping apostrophe", () => {
    for (const code of ALL_CODES) {
      const vi = QUOTA_MESSAGES.vi[code];
      const en = QUOTA_MESSAGES.en[code];
      expect(placeholders(vi), code).toEqual(placeholders(en));
      expect(/[^\x00-\x7F]/.test(vi.replace(/[“”–—’]/g, "")), `${code} has Vietnamese letters`).toBe(true);
      expect(vi + en, code).not.toContain("'");
    }
  });

  it("renders every message through the app's ICU formatter", () => {
    for (const locale of ["vi", "en"] as const) {
      const t = createTranslator({ locale, messages: { quota: QUOTA_MESSAGES[locale] }, namespace: "quota" });
      for (const code of ALL_CODES) {
        const params = Object.fromEntries(placeholders(QUOTA_MESSAGES[locale][code]).map((p) => [p, 7]));
        const text = t(code, params);
        expect(text, code).not.toMatch(/[{}]/);
      }
    }
    const t = createTranslator({ locale: "vi", messages: { quota: QUOTA_MESSAGES.vi } });
    expect(t("quota.PERIOD_TERM", { startYear: 2020, endYear: 2025 })).toBe("Nhiệm kỳ 2020–2025");
  });

  it("gets from the code every parameter its message needs", () => {
    const needs = (code: keyof typeof QUOTA_MESSAGES.vi, params: Record<string, unknown>) =>
      expect(Object.keys(params), code).toEqual(expect.arrayContaining(placeholders(QUOTA_MESSAGES.en[code])));

    for (const text of ["x", "1989", "2020-2021"]) {
      const r = parsePeriod(text);
      if (!r.ok) needs(r.error.code, r.error.params);
    }
    const bounds = parsePeriod("2025", { from: "2026-01-01" });
    if (!bounds.ok) needs(bounds.error.code, bounds.error.params);
    for (const e of [
      ...validateQuotaBasis({ kind: "COUNT", count: -1 }),
      ...validateQuotaBasis({ kind: "COUNT", count: 1.5 }),
      ...validateQuotaBasis({ kind: "PERCENT_OF_MEMBERS", percent: 0, baseMembers: -1 }),
      ...validateQuotaBasis({ kind: "PERCENT_OF_MEMBERS", percent: 200, baseMembers: 1 }),
      ...validateCategoryTargets({ WOMEN: 20 }, 10),
    ]) {
      needs(e.code, e.params);
    }
    needs(FORECAST_METHOD.code, FORECAST_METHOD.params);

    const r = parsePeriod("2025");
    if (!r.ok) throw new Error(r.error.code);
    const period: Period = r.period;
    const rep = (unitId: string, fromStage: Transition["fromStage"], toStage: Transition["toStage"], n: number): Transition[] =>
      Array.from({ length: n }, () => ({ unitId, fromStage, toStage, days: 20 }));
    const transitions = [
      ...rep("A", "BRANCH_VOTE", "SUPERIOR_DECISION", 9),
      ...rep("A", "SUPERIOR_DECISION", "CEREMONY", 9),
      ...rep("C", "BRANCH_VOTE", "SUPERIOR_DECISION", 1),
      ...rep("C", "BRANCH_VOTE", "DROPPED", 9),
    ];
    const forecasts = forecastUnits({
      period,
      today: "2025-12-20",
      transitions,
      live: [
        ...Array.from({ length: 12 }, () => ({ unitId: "C", stage: "BRANCH_VOTE" as const, stageSince: "2025-12-20" })),
        { unitId: "B", stage: "SUPERIOR_DECISION", stageSince: "2025-01-01" },
        ...Array.from({ length: 3 }, () => ({ unitId: "D", stage: "BRANCH_VOTE" as const, stageSince: "2025-12-20" })),
      ],
      admittedSoFar: {},
      quotas: { A: 3, B: 5, C: 10, D: 1 },
    });
    const seen = new Set<string>();
    for (const f of forecasts) {
      for (const reason of f.reasons) {
        needs(reason.code, reason.params);
        seen.add(reason.code);
      }
    }
    expect([...seen].sort()).toEqual(
      ["BEHIND_PACE", "LOW_CONVERSION", "NOT_ENOUGH_TIME", "NO_PIPELINE", "PIPELINE_TOO_SMALL", "STUCK_AT_SUPERIOR_DECISION", "TOO_FEW_IN_TRAINING"].sort(),
    );
  });
});
