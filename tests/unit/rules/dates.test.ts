import { describe, expect, it } from "vitest";
import { addMonths, wholeMonthsBetween } from "@/lib/domain/rules/dates";
import { addWorkingDays, isWorkingDay, workingDaysBetween } from "@/lib/domain/rules/working-days";
import { ruleSetFor } from "@/lib/domain/rules/rule-sets";
import { demoHolidays } from "@/prisma/demo/holidays";

const holidays = new Set(demoHolidays().map((h) => h.date));

describe("calendar months", () => {
  it("clamps to the end of a shorter month", () => {
    expect(addMonths("2025-01-31", 1)).toBe("2025-02-28");
    expect(addMonths("2024-02-29", 12)).toBe("2025-02-28");
    expect(addMonths("2021-03-10", 60)).toBe("2026-03-10");
  });
  it("counts whole months like an age: 18 y 0 m on the 18th birthday, 17 y 11 m the day before", () => {
    expect(wholeMonthsBetween("2008-03-15", "2026-03-15")).toBe(216);
    expect(wholeMonthsBetween("2008-03-15", "2026-03-14")).toBe(215);
    expect(wholeMonthsBetween("2000-01-31", "2000-02-29")).toBe(1);
  });
});

describe("working days", () => {
  it("skips weekends and public holidays", () => {
    expect(isWorkingDay("2026-11-23", holidays)).toBe(true); // Monday
    expect(isWorkingDay("2026-11-22", holidays)).toBe(false); // Sunday
    expect(isWorkingDay("2026-09-02", holidays)).toBe(false); // National Day
    expect(addWorkingDays("2026-11-20", 1, holidays)).toBe("2026-11-23"); // Friday + 1 = Monday
  });
  it("carries a deadline across Tết 2026", () => {
    // From Friday 13/02/2026, Tết takes 16–20/02; the first working day after is Monday 23/02.
    expect(addWorkingDays("2026-02-13", 1, holidays)).toBe("2026-02-23");
    // 30 working days after 02/02/2026 land 5 working days later than without Tết.
    const withTet = addWorkingDays("2026-02-02", 30, holidays);
    const without = addWorkingDays("2026-02-02", 30, new Set());
    expect(withTet).toBe("2026-03-23");
    expect(workingDaysBetween(without, withTet, new Set())).toBe(5);
  });
});

describe("rule sets", () => {
  it("keeps the 2021 set for a process begun before 1 July 2025", () => {
    expect(ruleSetFor("2025-06-30").code).toBe("QD24-2021");
    expect(ruleSetFor("2025-07-01").code).toBe("QD294-2025");
    expect(ruleSetFor("2019-01-01").code).toBe("QD24-2021");
  });
});
