import { describe, expect, it } from "vitest";
import { LIST_KINDS, MAX_PRINT_BATCH, byName, conversionDueOn, inRange, monthRange, voteResult } from "@/lib/domain/print/lists";

describe("the printable lists", () => {
  it("are the class roster, the proposals, the ceremony and the conversions due", () => {
    expect(LIST_KINDS).toEqual(["roster", "proposals", "ceremony", "conversion-due"]);
  });
  it("refuse a print batch of more than 500 papers", () => {
    expect(MAX_PRINT_BATCH).toBe(500);
  });
});

describe("byName", () => {
  it("orders by given name (the last word), then by full name", () => {
    const rows = [
      { fullName: "Nguyễn Thị Bình" },
      { fullName: "Trần Văn An" },
      { fullName: "Phạm Minh Đức" },
      { fullName: "Lê Văn An" },
      { fullName: "Hoàng Dũng" },
    ];
    expect(byName(rows).map((r) => r.fullName)).toEqual(["Lê Văn An", "Trần Văn An", "Nguyễn Thị Bình", "Hoàng Dũng", "Phạm Minh Đức"]);
  });
  it("sorts Vietnamese letters in their own order (a, ă, â; d, đ), not by code point", () => {
    const rows = [{ fullName: "Lê Thị Ân" }, { fullName: "Lê Văn Ăn" }, { fullName: "Lê Văn Bảo" }, { fullName: "Lê Văn An" }];
    expect(byName(rows).map((r) => r.fullName)).toEqual(["Lê Văn An", "Lê Văn Ăn", "Lê Thị Ân", "Lê Văn Bảo"]);
  });
  it("keeps the rows whole and leaves the input as it was", () => {
    const rows = [
      { id: 1, fullName: "Trần Văn Bình" },
      { id: 2, fullName: "Trần Văn An" },
    ];
    const sorted = byName(rows);
    expect(sorted).toEqual([
      { id: 2, fullName: "Trần Văn An" },
      { id: 1, fullName: "Trần Văn Bình" },
    ]);
    expect(sorted[0]).toBe(rows[1]);
    expect(rows.map((r) => r.id)).toEqual([1, 2]);
    expect(byName([])).toEqual([]);
  });
});

describe("conversionDueOn", () => {
  it("is 12 months after the ceremony", () => {
    expect(conversionDueOn("2025-08-15", "QD294-2025")).toBe("2026-08-15");
    expect(conversionDueOn("2025-12-31", "QD294-2025")).toBe("2026-12-31");
  });
  it("falls on the month's last day when the ceremony's day does not exist a year later", () => {
    expect(conversionDueOn("2024-02-29", "QD24-2021")).toBe("2025-02-28");
  });
});

describe("monthRange", () => {
  it("runs from the first to the last day of the month", () => {
    expect(monthRange("2026-12")).toEqual({ from: "2026-12-01", to: "2026-12-31" });
    expect(monthRange("2026-01")).toEqual({ from: "2026-01-01", to: "2026-01-31" });
    expect(monthRange("2026-04")).toEqual({ from: "2026-04-01", to: "2026-04-30" });
  });
  it("ends February on the 29th in a leap year and on the 28th otherwise", () => {
    expect(monthRange("2024-02")).toEqual({ from: "2024-02-01", to: "2024-02-29" });
    expect(monthRange("2026-02")).toEqual({ from: "2026-02-01", to: "2026-02-28" });
    expect(monthRange("2000-02")).toEqual({ from: "2000-02-01", to: "2000-02-29" });
    expect(monthRange("1900-02")).toEqual({ from: "1900-02-01", to: "1900-02-28" });
  });
});

describe("inRange", () => {
  const december = { from: "2026-12-01", to: "2026-12-31" };
  it("includes both ends", () => {
    expect(inRange("2026-12-01", december)).toBe(true);
    expect(inRange("2026-12-31", december)).toBe(true);
    expect(inRange("2026-12-15", december)).toBe(true);
  });
  it("excludes the days before and after", () => {
    expect(inRange("2026-11-30", december)).toBe(false);
    expect(inRange("2027-01-01", december)).toBe(false);
  });
  it("holds a one-day range's day only", () => {
    const day = { from: "2026-12-01", to: "2026-12-01" };
    expect(inRange("2026-12-01", day)).toBe(true);
    expect(inRange("2026-12-02", day)).toBe(false);
    expect(inRange("2026-11-30", day)).toBe(false);
  });
});

describe("voteResult", () => {
  it("shows the votes for over the roll, with the share in whole percent", () => {
    expect(voteResult({ votesFor: 8, membersOnRoll: 10 })).toBe("8/10 (80%)");
    expect(voteResult({ votesFor: 3, membersOnRoll: 3 })).toBe("3/3 (100%)");
  });
  it("rounds the share down, never up to a majority it did not reach", () => {
    expect(voteResult({ votesFor: 2, membersOnRoll: 3 })).toBe("2/3 (66%)");
    expect(voteResult({ votesFor: 1, membersOnRoll: 3 })).toBe("1/3 (33%)");
    expect(voteResult({ votesFor: 199, membersOnRoll: 200 })).toBe("199/200 (99%)");
  });
  it("shows 0% on an empty roll", () => {
    expect(voteResult({ votesFor: 0, membersOnRoll: 0 })).toBe("0/0 (0%)");
  });
  it("is blank without a vote", () => {
    expect(voteResult(null)).toBe("");
  });
});
