import { describe, expect, it } from "vitest";
import { parsePeriod, periodContains, periodDaysLeft, periodProgress, periodTitle, type Period } from "@/lib/domain/quota";

function ok(text: string, bounds?: { from?: string; to?: string }): Period {
  const r = parsePeriod(text, bounds);
  if (!r.ok) throw new Error(`expected ${text} to parse: ${r.error.code}`);
  return r.period;
}

describe("parsePeriod", () => {
  it("reads a calendar year", () => {
    expect(ok("2025")).toEqual({ kind: "YEAR", startYear: 2025, endYear: 2025, from: "2025-01-01", to: "2025-12-31", label: "2025" });
    expect(ok(" 2021 ").from).toBe("2021-01-01");
  });

  it("reads a term with both congress years included, written with a hyphen or a dash", () => {
    expect(ok("2020-2025")).toEqual({ kind: "TERM", startYear: 2020, endYear: 2025, from: "2020-01-01", to: "2025-12-31", label: "2020–2025" });
    expect(ok("2015 – 2020").kind).toBe("TERM");
    expect(ok("2015—2020").endYear).toBe(2020);
  });

  it("narrows a term to the congress dates when given", () => {
    const p = ok("2020-2025", { from: "2020-06-15", to: "2025-05-20" });
    expect([p.from, p.to]).toEqual(["2020-06-15", "2025-05-20"]);
  });

  it("answers with codes", () => {
    const code = (text: string, bounds?: { from?: string; to?: string }) => {
      const r = parsePeriod(text, bounds);
      return r.ok ? null : r.error.code;
    };
    expect(code("abc")).toBe("PERIOD_FORMAT");
    expect(code("")).toBe("PERIOD_FORMAT");
    expect(code("25")).toBe("PERIOD_FORMAT");
    expect(code("2020/2025")).toBe("PERIOD_FORMAT");
    expect(code("2020-2024")).toBe("PERIOD_TERM_LENGTH");
    expect(code("2025-2020")).toBe("PERIOD_TERM_LENGTH");
    expect(code("1989")).toBe("PERIOD_YEAR_RANGE");
    expect(code("2100-2105")).toBe("PERIOD_YEAR_RANGE");
    expect(code("2100")).toBeNull();
    expect(code("2020-2025", { from: "2019-12-31" })).toBe("PERIOD_BOUNDS");
    expect(code("2020-2025", { from: "2024-01-01", to: "2023-01-01" })).toBe("PERIOD_BOUNDS");
    expect(code("2025", { to: "2025-02-30" })).toBe("PERIOD_BOUNDS");
  });

  it("gives the error its parameters", () => {
    const r = parsePeriod("2020-2023");
    expect(r.ok ? null : r.error).toEqual({ code: "PERIOD_TERM_LENGTH", params: { years: 5, startYear: 2020, endYear: 2023 } });
  });

  it("names the period by a message code", () => {
    expect(periodTitle(ok("2025"))).toEqual({ code: "PERIOD_YEAR", params: { year: 2025 } });
    expect(periodTitle(ok("2020-2025"))).toEqual({ code: "PERIOD_TERM", params: { startYear: 2020, endYear: 2025 } });
  });
});

describe("periodProgress and periodContains", () => {
  const year = ok("2025");

  it("counts today as elapsed and clamps to 0..1", () => {
    expect(periodProgress(year, "2024-12-31")).toBe(0);
    expect(periodProgress(year, "2025-01-01")).toBeCloseTo(1 / 365);
    expect(periodProgress(year, "2025-07-02")).toBeCloseTo(183 / 365);
    expect(periodProgress(year, "2025-12-31")).toBe(1);
    expect(periodProgress(year, "2030-01-01")).toBe(1);
    expect(periodProgress(year, "2000-01-01")).toBe(0);
  });

  it("runs a term over its whole range (leap days included)", () => {
    const term = ok("2020-2025");
    expect(periodProgress(term, "2022-12-31")).toBeCloseTo((366 + 365 + 365) / (366 + 365 * 4 + 366));
  });

  it("contains both end days", () => {
    expect(periodContains(year, "2025-01-01")).toBe(true);
    expect(periodContains(year, "2025-12-31")).toBe(true);
    expect(periodContains(year, "2026-01-01")).toBe(false);
    expect(periodContains(ok("2020-2025"), "2025-06-30")).toBe(true);
    expect(periodContains(ok("2020-2025", { to: "2025-05-20" }), "2025-06-30")).toBe(false);
  });

  it("counts the days still to come", () => {
    expect(periodDaysLeft(year, "2025-12-31")).toBe(0);
    expect(periodDaysLeft(year, "2025-12-01")).toBe(30);
    expect(periodDaysLeft(year, "2024-06-01")).toBe(365);
    expect(periodDaysLeft(year, "2026-06-01")).toBe(0);
  });
});
