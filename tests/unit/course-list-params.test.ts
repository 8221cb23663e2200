import { describe, expect, it } from "vitest";
import { clampPage, courseDateRange, courseListQuery, courseYears, readCourseListParams } from "@/lib/services/classes/course-list-params";

describe("the class list's URL", () => {
  it("defaults to this year and the ones to come, page 1", () => {
    expect(readCourseListParams({})).toEqual({ year: "current", page: 1 });
    expect(courseListQuery({ year: "current", page: 1 })).toEqual({});
  });

  it("reads a year, 'all' and a page, and falls back to the default on anything else", () => {
    expect(readCourseListParams({ year: "2024", page: "3" })).toEqual({ year: 2024, page: 3 });
    expect(readCourseListParams({ year: "all" })).toEqual({ year: "all", page: 1 });
    expect(readCourseListParams({ year: ["2023", "2024"], page: ["2"] })).toEqual({ year: 2023, page: 2 });
    for (const year of ["24", "20245", "abc", "0999", "9999", ""]) expect(readCourseListParams({ year }).year).toBe("current");
    for (const page of ["0", "-1", "1.5", "x", "99999999"]) expect(readCourseListParams({ page }).page).toBe(1);
  });

  it("writes back only what differs from the default", () => {
    expect(courseListQuery({ year: 2025, page: 2 })).toEqual({ year: "2025", page: "2" });
    expect(courseListQuery({ year: "all", page: 1 })).toEqual({ year: "all" });
  });
});

describe("what a filter keeps", () => {
  it("keeps classes still running on 1 January of this year for 'current', the classes starting in a year for a year", () => {
    expect(courseDateRange("current", "2026-06-15")).toEqual({ endFrom: "2026-01-01" });
    expect(courseDateRange(2025, "2026-06-15")).toEqual({ startFrom: "2025-01-01", startBefore: "2026-01-01" });
    expect(courseDateRange("all", "2026-06-15")).toEqual({});
  });

  it("offers the years from the latest class (or this year) back to the earliest", () => {
    expect(courseYears("2020-02-10", "2027-03-01", "2026-06-15")).toEqual([2027, 2026, 2025, 2024, 2023, 2022, 2021, 2020]);
    expect(courseYears("2024-02-10", "2024-11-10", "2026-06-15")).toEqual([2026, 2025, 2024]);
    expect(courseYears(null, null, "2026-06-15")).toEqual([2026]);
  });

  it("turns a page past the end into the last page", () => {
    expect(clampPage(9, 45, 20)).toBe(3);
    expect(clampPage(2, 45, 20)).toBe(2);
    expect(clampPage(4, 0, 20)).toBe(1);
  });
});
