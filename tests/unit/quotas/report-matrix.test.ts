import { describe, expect, it } from "vitest";
import { categoryMatrix, countLine, REPORT_COLUMNS, type ReportColumn, type ReportSubject } from "@/lib/domain/quotas/report-matrix";

const person: ReportSubject = {
  unitId: "A",
  sex: "MALE",
  ethnicity: "Kinh",
  religion: null,
  youthUnionMember: false,
  occupationGroup: "OTHER",
  readmission: false,
  returningConscript: false,
  ageAtDecision: 35,
  educationLevel: "UPPER_SECONDARY",
};

const key = (c: ReportColumn) => (c.kind === "collegeOrAbove" ? "COLLEGE_OR_ABOVE" : `${c.kind}:${c.key}`);
/** A line's counts by column name, zero columns left out, so the expectations read as the report does. */
const nonZero = (counts: number[]) => Object.fromEntries(REPORT_COLUMNS.map((c, i) => [key(c), counts[i]!] as const).filter(([, n]) => n > 0));

describe("report columns", () => {
  it("lists categories, the five age bands and the education levels, without a second under-30 column", () => {
    const keys = REPORT_COLUMNS.map(key);
    expect(keys.slice(0, 2)).toEqual(["category:WOMEN", "category:ETHNIC_MINORITY"]);
    expect(keys).not.toContain("category:UNDER_30");
    expect(keys.filter((k) => k.startsWith("ageBand:"))).toEqual(["ageBand:18_30", "ageBand:31_40", "ageBand:41_50", "ageBand:51_60", "ageBand:OVER_60"]);
    expect(keys.filter((k) => k.startsWith("education:"))).toHaveLength(8);
    expect(keys.at(-1)).toBe("COLLEGE_OR_ABOVE");
  });
});

describe("countLine", () => {
  it("puts each person in every category that applies, one age band and one education level", () => {
    const woman = {
      ...person,
      sex: "FEMALE" as const,
      youthUnionMember: true,
      occupationGroup: "STUDENT",
      ageAtDecision: 20,
      educationLevel: "UNIVERSITY" as const,
    };
    const veteran = { ...person, ethnicity: "Tày", returningConscript: true, readmission: true, ageAtDecision: 61, educationLevel: "VOCATIONAL" as const };
    const line = countLine([woman, veteran, person]);
    expect(line.total).toBe(3);
    expect(nonZero(line.counts)).toEqual({
      "category:WOMEN": 1,
      "category:ETHNIC_MINORITY": 1,
      "category:YOUTH_UNION": 1,
      "category:STUDENT": 1,
      "category:ARMED_FORCES": 1,
      "category:READMISSION": 1,
      "ageBand:18_30": 1,
      "ageBand:31_40": 1,
      "ageBand:OVER_60": 1,
      "education:UPPER_SECONDARY": 1,
      "education:VOCATIONAL": 1,
      "education:UNIVERSITY": 1,
      COLLEGE_OR_ABOVE: 1,
    });
  });

  it("draws the age bands at 30/31, 40/41, 50/51 and 60/61", () => {
    const ages = [30, 31, 40, 41, 50, 51, 60, 61].map((ageAtDecision) => ({ ...person, ageAtDecision }));
    expect(nonZero(countLine(ages).counts)).toMatchObject({
      "ageBand:18_30": 1,
      "ageBand:31_40": 2,
      "ageBand:41_50": 2,
      "ageBand:51_60": 2,
      "ageBand:OVER_60": 1,
    });
  });

  it("counts college, university, master and doctorate as college or above, but not vocational", () => {
    const levels = (["VOCATIONAL", "COLLEGE", "UNIVERSITY", "MASTER", "DOCTORATE"] as const).map((educationLevel) => ({ ...person, educationLevel }));
    expect(nonZero(countLine(levels).counts).COLLEGE_OR_ABOVE).toBe(4);
  });

  it("is all zeros for nobody", () => {
    expect(countLine([])).toEqual({ total: 0, counts: REPORT_COLUMNS.map(() => 0) });
  });
});

describe("categoryMatrix", () => {
  const women = REPORT_COLUMNS.findIndex((c) => c.kind === "category" && c.key === "WOMEN");
  const subjects: ReportSubject[] = [
    { ...person, unitId: "A", sex: "FEMALE" },
    { ...person, unitId: "A" },
    { ...person, unitId: "A", sex: "FEMALE", ageAtDecision: 45 },
    { ...person, unitId: "P", sex: "FEMALE" }, // the parent's own candidate
    { ...person, unitId: "C", ageAtDecision: 25 },
  ];

  it("gives a row per listed unit in order, zero rows included, the parent's direct row and the total", () => {
    const m = categoryMatrix(subjects, ["C", "A", "B"], "P");
    expect(m.units.map((u) => [u.unitId, u.total, u.counts[women]])).toEqual([
      ["C", 1, 0],
      ["A", 3, 2],
      ["B", 0, 0],
    ]);
    expect([m.direct?.total, m.direct?.counts[women]]).toEqual([1, 1]);
    expect([m.total.total, m.total.counts[women]]).toEqual([5, 3]);
  });

  it("makes the unit rows and the direct row add up to the total in every column", () => {
    const m = categoryMatrix(subjects, ["A", "B", "C"], "P");
    const lines = [...m.units, m.direct!];
    expect(lines.reduce((n, l) => n + l.total, 0)).toBe(m.total.total);
    REPORT_COLUMNS.forEach((_, i) => expect(lines.reduce((n, l) => n + l.counts[i]!, 0)).toBe(m.total.counts[i]));
  });

  it("has no direct row when the parent admitted nobody itself, and ignores the parent if listed as a unit", () => {
    const m = categoryMatrix(
      subjects.filter((s) => s.unitId !== "P"),
      ["P", "A", "C"],
      "P",
    );
    expect(m.direct).toBeNull();
    expect(m.units.map((u) => u.unitId)).toEqual(["A", "C"]);
    expect(m.total.total).toBe(4);
  });
});
