import fc from "fast-check";
import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { band, bandBounds } from "@/lib/domain/quotas/attainment";
import { bandLegend, childrenSumNote } from "@/lib/domain/quotas/dashboard-legend";
import type { Translate } from "@/lib/i18n/translate-type";
import en from "@/lib/i18n/messages/en.json";
import vi from "@/lib/i18n/messages/vi.json";

const tVi = createTranslator({ locale: "vi", messages: vi }) as unknown as Translate;
const tEn = createTranslator({ locale: "en", messages: en }) as unknown as Translate;

describe("band bounds", () => {
  it("are the bounds band() applies, at every point of the period", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 1, max: 400 }), fc.integer({ min: 0, max: 399 }), (p, quota, admittedRaw) => {
        const progress = p / 1000;
        const admitted = admittedRaw % quota; // under the quota: ACHIEVED is tested below
        const ratio = admitted / quota;
        const { onTrackFrom, behindBelow } = bandBounds(progress);
        const expected = ratio >= onTrackFrom ? "ON_TRACK" : ratio >= behindBelow ? "AT_RISK" : "BEHIND";
        expect(band(admitted, quota, progress)).toBe(expected);
      }),
    );
    expect(band(10, 10, 0.5)).toBe("ACHIEVED");
  });

  it("leave no room for 'at risk' early in the period, and none for 'behind' at its very start", () => {
    expect(bandBounds(1)).toEqual({ onTrackFrom: 0.85, behindBelow: 0.5 });
    expect(bandBounds(0.2).onTrackFrom).toBeCloseTo(0.05);
    expect(bandBounds(0.2).behindBelow).toBeCloseTo(0.05);
    expect(bandBounds(0.1)).toEqual({ onTrackFrom: 0, behindBelow: 0 });
  });
});

describe("the colour legend", () => {
  it("says what each band means with today's bounds, in Vietnamese and English", () => {
    const legend = bandLegend(0.75, tVi);
    expect(legend.map((l) => l.name)).toEqual(["Đạt", "Đúng tiến độ", "Có nguy cơ", "Chậm", "Chưa giao chỉ tiêu"]);
    expect(legend[0]!.meaning).toBe("từ 100%: đã kết nạp đủ hoặc vượt chỉ tiêu.");
    expect(legend[1]!.meaning).toBe("từ 60% đến dưới 100%: không thấp hơn tiến độ thời gian quá 15 điểm phần trăm.");
    expect(legend[2]!.meaning).toBe("từ 38% đến dưới 60%: thấp hơn tiến độ thời gian hơn 15 điểm phần trăm, nhưng vẫn đạt ít nhất 50% tiến độ.");
    expect(legend[3]!.meaning).toBe("dưới 38%: chưa đạt 50% tiến độ thời gian.");
    expect(legend[4]).toEqual({ band: "NO_QUOTA", name: "Chưa giao chỉ tiêu", meaning: "đơn vị chưa được giao chỉ tiêu kỳ này, nên không tính tỷ lệ." });
    expect(bandLegend(0.75, tEn)[2]).toEqual({
      band: "AT_RISK",
      name: "At risk",
      meaning: "from 38% to under 60%: more than 15 percentage points behind the time elapsed, but at least 50% of the pace.",
    });
  });

  it("says so when a range is empty at this point of the period", () => {
    const early = bandLegend(0.1, tVi);
    expect(early[1]!.meaning).toContain("từ 0% đến dưới 100%");
    expect(early[2]!.meaning).toContain("chưa có khoảng này");
    expect(early[3]!.meaning).toContain("chưa có khoảng này");
  });
});

describe("the sum of the children's quotas, in words", () => {
  it("names both figures and the difference, whichever way it goes", () => {
    expect(childrenSumNote(189, -58, tVi)).toBe("Cộng chỉ tiêu đã giao cho các đơn vị trực thuộc; ít hơn chỉ tiêu của chính đơn vị (189) là 58.");
    expect(childrenSumNote(10, 3, tVi)).toBe("Cộng chỉ tiêu đã giao cho các đơn vị trực thuộc; nhiều hơn chỉ tiêu của chính đơn vị (10) là 3.");
    expect(childrenSumNote(10, 0, tVi)).toBe("Cộng chỉ tiêu đã giao cho các đơn vị trực thuộc; bằng đúng chỉ tiêu của chính đơn vị (10).");
    expect(childrenSumNote(null, null, tVi)).toBe("Cộng chỉ tiêu đã giao cho các đơn vị trực thuộc; đơn vị chưa có chỉ tiêu để so sánh.");
    expect(childrenSumNote(189, -58, tEn)).toBe("Sum of the quotas given to the subordinate units; 58 less than the unit's own quota (189).");
  });

  it("compares nothing when either figure is missing, whichever it is", () => {
    const none = "Cộng chỉ tiêu đã giao cho các đơn vị trực thuộc; đơn vị chưa có chỉ tiêu để so sánh.";
    expect(childrenSumNote(null, -5, tVi)).toBe(none);
    expect(childrenSumNote(null, 5, tVi)).toBe(none);
    expect(childrenSumNote(10, null, tVi)).toBe(none);
  });

  it("hands the message the relation 'none' (not a value the message happens to fall back on)", () => {
    const calls: [string, unknown][] = [];
    const record: Translate = (key, params) => {
      calls.push([key, params]);
      return key;
    };
    childrenSumNote(null, null, record);
    childrenSumNote(7, -2, record);
    expect(calls).toEqual([
      ["dashboard.note.childrenSum", { relation: "none", quota: 0, gap: 0 }],
      ["dashboard.note.childrenSum", { relation: "less", quota: 7, gap: 2 }],
    ]);
  });
});
