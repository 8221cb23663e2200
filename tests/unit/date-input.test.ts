import { describe, expect, it } from "vitest";
import { daysInMonth, isLeapYear, parseDateInput, readDateInput, weekdayOf } from "@/lib/domain/date-input";
import { parseFlexibleDate, zDate } from "@/lib/validation/common";

const iso = (text: string) => parseDateInput(text);
const problem = (text: string) => {
  const reading = readDateInput(text);
  return reading.ok ? `ok:${reading.iso}` : reading.problem;
};

describe("a date typed on a phone keypad", () => {
  it("reads eight digits as day, month, year", () => {
    expect(iso("11071982")).toBe("1982-07-11");
    expect(iso("01012000")).toBe("2000-01-01");
    expect(iso("31121999")).toBe("1999-12-31");
  });

  it("reads each separator: slash, dot, hyphen, space", () => {
    for (const text of ["11/07/1982", "11.07.1982", "11-07-1982", "11 07 1982"]) expect(iso(text), text).toBe("1982-07-11");
  });

  it("takes one-digit days and months when separated", () => {
    expect(iso("1.7.1982")).toBe("1982-07-01");
    expect(iso("1/7/1982")).toBe("1982-07-01");
    expect(iso("5-9-2002")).toBe("2002-09-05");
    expect(iso("5 9 2002")).toBe("2002-09-05");
    expect(iso("01.7.1982")).toBe("1982-07-01");
    expect(iso("1.07.1982")).toBe("1982-07-01");
  });

  it("forgives spaces around the text, around separators, and separators mixed", () => {
    expect(iso("  11071982\t")).toBe("1982-07-11");
    expect(iso(" 11 / 07 / 1982 ")).toBe("1982-07-11");
    expect(iso("11  07   1982")).toBe("1982-07-11");
    expect(iso("11. 07. 1982")).toBe("1982-07-11");
    expect(iso("11/07.1982")).toBe("1982-07-11");
  });

  it("keeps ISO for the API, strictly two-digit month and day", () => {
    expect(iso("1982-07-11")).toBe("1982-07-11");
    expect(iso(" 2024-02-29 ")).toBe("2024-02-29");
    expect(problem("1982-7-11")).toBe("unreadable");
    expect(problem("2024/02/01")).toBe("unreadable");
    expect(problem("2024.02.01")).toBe("unreadable");
    // The whole text is the ISO date: nothing before its year, nothing after its day.
    expect(problem("11982-07-11")).toBe("unreadable");
    expect(problem("1982-07-111")).toBe("unreadable");
    expect(problem("x1982-07-11")).toBe("unreadable");
    expect(problem("1982-07-11x")).toBe("unreadable");
    expect(problem("1982-13-01")).toBe("noSuchDay");
    expect(problem("1982-02-30")).toBe("noSuchDay");
  });

  it("refuses a two-digit year: no century rule fits every field", () => {
    expect(problem("110782")).toBe("shortYear");
    expect(problem("11/07/82")).toBe("shortYear");
    expect(problem("1.7.82")).toBe("shortYear");
    expect(problem("11 07 82")).toBe("shortYear");
  });

  it("refuses five or seven digits, which split more than one way", () => {
    expect(problem("1171982")).toBe("ambiguousDigits");
    expect(problem("1121982")).toBe("ambiguousDigits");
    expect(problem("11782")).toBe("ambiguousDigits");
  });

  it("refuses what is not a date, and tells empty apart", () => {
    expect(problem("")).toBe("empty");
    expect(problem("   ")).toBe("empty");
    for (const text of [
      "1",
      "1107",
      "110719821",
      "11/07",
      "11/07/19821",
      "111/07/1982",
      "11/007/1982",
      "a1/07/1982",
      "11//07/1982",
      "11,07,1982",
      "11_07_1982",
      "mười một",
      "11/07/1982x",
      "x11071982",
      "+11071982",
    ])
      expect(problem(text), text).toBe("unreadable");
  });

  it("refuses days that are not in the calendar, at each boundary", () => {
    expect(problem("00/07/1982")).toBe("noSuchDay");
    expect(problem("32/01/1982")).toBe("noSuchDay");
    expect(problem("31/01/1982")).toBe("ok:1982-01-31");
    expect(problem("11/00/1982")).toBe("noSuchDay");
    expect(problem("11/13/1982")).toBe("noSuchDay");
    expect(problem("11/12/1982")).toBe("ok:1982-12-11");
    expect(problem("11/01/1982")).toBe("ok:1982-01-11");
    expect(problem("31/04/2024")).toBe("noSuchDay");
    expect(problem("30/04/2024")).toBe("ok:2024-04-30");
    expect(problem("31022020")).toBe("noSuchDay");
    expect(problem("07/11/0000")).toBe("noSuchDay");
    expect(problem("07/11/0001")).toBe("ok:0001-11-07");
  });

  it("knows leap years: every fourth, not centuries, but every fourth century", () => {
    expect(iso("29/02/2024")).toBe("2024-02-29");
    expect(iso("29/02/2000")).toBe("2000-02-29");
    expect(iso("29021996")).toBe("1996-02-29");
    expect(problem("29/02/2023")).toBe("noSuchDay");
    expect(problem("29/02/1900")).toBe("noSuchDay");
    expect(problem("30/02/2024")).toBe("noSuchDay");
    expect(problem("28/02/2023")).toBe("ok:2023-02-28");
    expect([1900, 1996, 2000, 2023, 2024, 2100, 2400].map(isLeapYear)).toEqual([false, true, true, false, true, false, true]);
  });

  it("counts the days of each month", () => {
    expect(Array.from({ length: 12 }, (_, i) => daysInMonth(2023, i + 1))).toEqual([31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]);
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2024, 1)).toBe(31);
    expect(daysInMonth(2024, 13)).toBe(0);
    expect(daysInMonth(2024, 0)).toBe(0);
  });

  it("names the day of the week (0 Sunday … 6 Saturday)", () => {
    expect(weekdayOf("1982-07-11")).toBe(0);
    expect(weekdayOf("1982-07-10")).toBe(6);
    expect(weekdayOf("2026-01-05")).toBe(1);
  });
});

describe("the schemas read dates the same way", () => {
  it("parseFlexibleDate is the domain parser", () => {
    expect(parseFlexibleDate("11071982")).toBe("1982-07-11");
    expect(parseFlexibleDate("110782")).toBeNull();
  });

  it("zDate yields ISO, one 'how to type it' message for every unreadable date, and still refuses before 1900", () => {
    for (const text of ["11071982", "11.07.1982", "11-07-1982", "11 07 1982", " 11 / 07 / 1982 ", "1982-07-11"])
      expect(zDate.parse(text), text).toBe("1982-07-11");
    const message = (value: unknown) => zDate.safeParse(value).error?.issues[0]?.message;
    for (const text of ["110782", "1171982", "31/02/2001", "hôm qua"]) expect(message(text), text).toBe("invalidDate");
    expect(message("")).toBe("required");
    expect(message("   ")).toBe("required");
    expect(message(undefined)).toBe("required");
    expect(message("31/12/1899")).toBe("dateTooEarly");
    expect(zDate.parse("01/01/1900")).toBe("1900-01-01");
    expect(message("1".repeat(21))).toBe("invalidDate");
  });
});
