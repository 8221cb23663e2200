import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { ZAdmittedMembersQuery, ZCandidateExportQuery, ZChecklistQuery, ZListQuery, zMonth } from "@/lib/validation/paperwork";

const ID = "3f1c1f0e-8a55-4a53-9c55-2b1e0e6f2a11";
const OTHER_ID = "9b2d7c1a-4e6f-4a8b-9c0d-1e2f3a4b5c6d";

/** The failed fields of a parse, each with its message key ("uuid", "tooLong|max=100"…); {} when it passed. */
function errors(schema: z.ZodType, input: unknown): Record<string, string> {
  const result = schema.safeParse(input);
  return Object.fromEntries((result.error?.issues ?? []).map((i) => [i.path.join("."), i.message]));
}

describe("ZChecklistQuery", () => {
  it("accepts no parameter at all", () => {
    expect(ZChecklistQuery.parse({})).toEqual({});
  });
  it("takes one candidate, a class, a ceremony or the list's filters, with the file's kind", () => {
    expect(ZChecklistQuery.parse({ candidateId: ID, kind: "CONVERSION" })).toEqual({ candidateId: ID, kind: "CONVERSION" });
    expect(ZChecklistQuery.parse({ classId: ID })).toEqual({ classId: ID });
    expect(ZChecklistQuery.parse({ ceremony: "1", unitId: ID })).toEqual({ ceremony: "1", unitId: ID });
    expect(ZChecklistQuery.parse({ unitId: ID, stage: "PROBATION", q: "An", kind: "ADMISSION" })).toEqual({
      unitId: ID,
      stage: "PROBATION",
      q: "An",
      kind: "ADMISSION",
    });
  });
  it("takes a blank unit, stage or search (a form's 'all' option) as absent", () => {
    const parsed = ZChecklistQuery.parse({ unitId: "", stage: "", q: "" });
    expect(parsed).toEqual({});
    expect(parsed.unitId).toBeUndefined();
    expect(parsed.stage).toBeUndefined();
    expect(parsed.q).toBeUndefined();
  });
  it("cleans the search text: NFC, trimmed", () => {
    expect(ZChecklistQuery.parse({ q: "  Nguye\u0302\u0303n  " }).q).toBe("Nguyễn");
    // Spaces only are not blank before trimming: an empty search, which filters nothing.
    expect(ZChecklistQuery.parse({ q: "   " }).q).toBe("");
  });
  it("limits the search to 100 characters", () => {
    expect(errors(ZChecklistQuery, { q: "a".repeat(100) })).toEqual({});
    expect(errors(ZChecklistQuery, { q: "a".repeat(101) })).toEqual({ q: "tooLong|max=100" });
  });
  it("refuses an unknown stage, kind or ceremony flag, and an id that is no UUID", () => {
    expect(errors(ZChecklistQuery, { stage: "MEMBER", kind: "OTHER", ceremony: "true", unitId: "42", candidateId: "x", classId: "y" })).toEqual({
      stage: "invalidOption",
      kind: "invalidOption",
      ceremony: "invalidOption",
      unitId: "uuid",
      candidateId: "uuid",
      classId: "uuid",
    });
  });
  it("does not take a blank candidate or class as absent", () => {
    // Only the list filters have an "all" option; a blank candidate or class is a broken link.
    expect(errors(ZChecklistQuery, { candidateId: "", classId: "" })).toEqual({ candidateId: "required", classId: "required" });
  });
  it("accepts every stage", () => {
    for (const stage of ["SOURCE", "CEREMONY", "OFFICIAL", "DROPPED", "STRUCK_OFF"]) expect(ZChecklistQuery.parse({ stage }).stage).toBe(stage);
  });
});

describe("zMonth", () => {
  it("accepts a calendar month as YYYY-MM", () => {
    for (const month of ["2026-12", "2026-01", "2024-02", "1900-01", "2099-12", "1990-10"]) expect(zMonth.parse(month)).toBe(month);
  });
  it("refuses a month that is not 01–12", () => {
    expect(errors(zMonth, "2026-13")).toEqual({ "": "monthFormat" });
    expect(errors(zMonth, "2026-00")).toEqual({ "": "monthFormat" });
    expect(errors(zMonth, "2026-20")).toEqual({ "": "monthFormat" });
  });
  it("refuses a year outside 1900–2099", () => {
    expect(errors(zMonth, "1899-12")).toEqual({ "": "monthFormat" });
    expect(errors(zMonth, "2100-01")).toEqual({ "": "monthFormat" });
  });
  it("refuses any other shape", () => {
    for (const text of ["2026-1", "26-12", "2026/12", "2026-12-01", " 2026-12", "2026-12 ", "12-2026", "202612", ""]) {
      expect(errors(zMonth, text), text).toEqual({ "": "monthFormat" });
    }
  });
  it("says 'required' for a value that is not text", () => {
    expect(errors(zMonth, undefined)).toEqual({ "": "required" });
    expect(errors(zMonth, 202612)).toEqual({ "": "required" });
  });
});

describe("ZListQuery", () => {
  it("takes a unit, a class, a month and the spreadsheet format, all optional", () => {
    expect(ZListQuery.parse({})).toEqual({});
    expect(ZListQuery.parse({ unitId: ID, classId: OTHER_ID, month: "2026-12", format: "xlsx" })).toEqual({
      unitId: ID,
      classId: OTHER_ID,
      month: "2026-12",
      format: "xlsx",
    });
  });
  it("takes a blank unit, class or month as absent", () => {
    const parsed = ZListQuery.parse({ unitId: "", classId: "", month: "" });
    expect(parsed).toEqual({});
    expect(parsed.unitId).toBeUndefined();
    expect(parsed.classId).toBeUndefined();
    expect(parsed.month).toBeUndefined();
  });
  it("refuses a malformed unit, class or month, and any format but xlsx", () => {
    expect(errors(ZListQuery, { unitId: "x", classId: "y", month: "2026-13", format: "csv" })).toEqual({
      unitId: "uuid",
      classId: "uuid",
      month: "monthFormat",
      format: "invalidOption",
    });
  });
  it("takes only an empty string as blank, not spaces", () => {
    expect(errors(ZListQuery, { month: " " })).toEqual({ month: "monthFormat" });
  });
});

describe("ZCandidateExportQuery", () => {
  it("exports a spreadsheet by default", () => {
    expect(ZCandidateExportQuery.parse({})).toEqual({ format: "xlsx" });
  });
  it("exports xlsx or csv, nothing else", () => {
    expect(ZCandidateExportQuery.parse({ format: "csv" }).format).toBe("csv");
    expect(ZCandidateExportQuery.parse({ format: "xlsx" }).format).toBe("xlsx");
    expect(errors(ZCandidateExportQuery, { format: "pdf" })).toEqual({ format: "invalidOption" });
  });
  it("takes the candidate list's filters, blanks as absent", () => {
    expect(ZCandidateExportQuery.parse({ unitId: "", stage: "", q: "" })).toEqual({ format: "xlsx" });
    expect(ZCandidateExportQuery.parse({ unitId: ID, stage: "BRANCH_VOTE", q: " Bình " })).toEqual({
      unitId: ID,
      stage: "BRANCH_VOTE",
      q: "Bình",
      format: "xlsx",
    });
    expect(errors(ZCandidateExportQuery, { stage: "X", unitId: "1" })).toEqual({ stage: "invalidOption", unitId: "uuid" });
  });
});

describe("ZAdmittedMembersQuery", () => {
  it("needs a period", () => {
    expect(errors(ZAdmittedMembersQuery, {})).toEqual({ period: "required" });
  });
  it("reads a year or a five-year term into its dates, with the spreadsheet format by default", () => {
    expect(ZAdmittedMembersQuery.parse({ period: "2025" })).toEqual({
      period: { kind: "YEAR", startYear: 2025, endYear: 2025, from: "2025-01-01", to: "2025-12-31", label: expect.any(String) },
      format: "xlsx",
    });
    expect(ZAdmittedMembersQuery.parse({ period: "2020-2025", unitId: ID }).period).toMatchObject({ kind: "TERM", from: "2020-01-01", to: "2025-12-31" });
  });
  it("refuses a malformed period and a term that is not five years", () => {
    expect(errors(ZAdmittedMembersQuery, { period: "năm 2025" })).toEqual({ period: "periodFormat" });
    expect(errors(ZAdmittedMembersQuery, { period: "2020-2024" })).toEqual({ period: "periodTermLength" });
  });
  it("takes a blank unit as absent and refuses any format but xlsx", () => {
    expect(ZAdmittedMembersQuery.parse({ period: "2025", unitId: "" }).unitId).toBeUndefined();
    expect(errors(ZAdmittedMembersQuery, { period: "2025", unitId: "x" })).toEqual({ unitId: "uuid" });
    expect(errors(ZAdmittedMembersQuery, { period: "2025", format: "csv" })).toEqual({ format: "invalidOption" });
  });
});
