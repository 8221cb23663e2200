import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { attainmentChartHeight, barChartHeight, monthTick, nameAxisWidth, paceSeries } from "@/components/dashboard/chart-data";
import type { Translate } from "@/lib/i18n/translate-type";
import en from "@/lib/i18n/messages/en.json";
import vi from "@/lib/i18n/messages/vi.json";

const tVi = createTranslator({ locale: "vi", messages: vi }) as unknown as Translate;
const tEn = createTranslator({ locale: "en", messages: en }) as unknown as Translate;

describe("the pace chart's months", () => {
  it("reads as the reader writes a month, not as an ISO string", () => {
    expect(monthTick("2026-02", tVi)).toBe("T2/2026");
    expect(monthTick("2026-12", tVi)).toBe("T12/2026");
    expect(monthTick("2026-02", tEn)).toBe("Feb 2026");
    expect(monthTick("2030-09", tEn)).toBe("Sep 2030");
  });

  it("stops the admissions line at this month and keeps the pace line to the end", () => {
    const pace = [
      { month: "2026-01", cumulative: 2, pace: 1 },
      { month: "2026-02", cumulative: 5, pace: 2 },
      { month: "2026-03", cumulative: 5, pace: 3 },
    ];
    expect(paceSeries(pace, "2026-02", tVi)).toEqual([
      { month: "T1/2026", cumulative: 2, pace: 1 },
      { month: "T2/2026", cumulative: 5, pace: 2 },
      { month: "T3/2026", cumulative: null, pace: 3 },
    ]);
  });
});

describe("chart sizes", () => {
  it("are known from the data alone, so the page can reserve them before the chart loads", () => {
    expect(attainmentChartHeight(2)).toBe(220);
    expect(attainmentChartHeight(13)).toBe(13 * 32 + 40);
    expect(barChartHeight(10)).toBe(360);
  });

  it("give the names less room on a phone's card and no more than 190 px on a laptop", () => {
    expect(nameAxisWidth(326)).toBe(137);
    expect(nameAxisWidth(1000)).toBe(190);
    expect(nameAxisWidth(150)).toBe(96);
  });
});
