import { describe, expect, it } from "vitest";
import {
  ageBandOf,
  ageBandShares,
  categoriesOf,
  categoryAttainment,
  isEthnicMinority,
  isReligious,
  tallyCategories,
  type CategoryFacts,
} from "@/lib/domain/quota";

const base: CategoryFacts = {
  sex: "MALE",
  ethnicity: "Kinh",
  religion: null,
  youthUnionMember: false,
  birthDate: "1985-06-15",
  occupationGroup: "OTHER",
  readmission: false,
};

describe("categoriesOf", () => {
  it("gives nothing for a Kinh man of 39 without religion or union, in another occupation", () => {
    expect(categoriesOf(base, "2025-01-10")).toEqual({ categories: [], ageBand: "AGE_31_40", age: 39 });
  });

  it("maps every field to its category", () => {
    const p = categoriesOf(
      { sex: "FEMALE", ethnicity: "Tày", religion: "Công giáo", youthUnionMember: true, birthDate: "2003-04-01", occupationGroup: "STUDENT", readmission: true },
      "2025-05-19",
    );
    expect(p.categories).toEqual(["WOMEN", "ETHNIC_MINORITY", "RELIGIOUS", "YOUTH_UNION", "UNDER_30", "STUDENT", "READMISSION"]);
    expect(p.ageBand).toBe("AGE_18_30");
  });

  it("maps the occupation groups", () => {
    const cat = (occupationGroup: CategoryFacts["occupationGroup"]) => categoriesOf({ ...base, occupationGroup }, "2025-01-10").categories;
    expect(cat("NON_STATE_EMPLOYEE")).toEqual(["NON_STATE_ENTERPRISE"]);
    expect(cat("PRIVATE_OWNER")).toEqual(["PRIVATE_OWNER"]);
    expect(cat("ARMED_FORCES")).toEqual(["ARMED_FORCES"]);
    expect(cat("CIVIL_SERVANT")).toEqual(["CIVIL_SERVANT"]);
    expect(cat("OTHER")).toEqual([]);
  });

  it("takes the age at the reference date: 30 is still youth, 31 is not", () => {
    const at = (on: string) => categoriesOf({ ...base, birthDate: "1995-03-10" }, on);
    expect(at("2026-03-09")).toMatchObject({ age: 30, ageBand: "AGE_18_30" });
    expect(at("2026-03-09").categories).toContain("UNDER_30");
    expect(at("2026-03-10")).toMatchObject({ age: 31, ageBand: "AGE_31_40" });
    expect(at("2026-03-10").categories).not.toContain("UNDER_30");
  });

  it("counts a 29 February birthday as reached on 28 February, like the eligibility rules", () => {
    expect(categoriesOf({ ...base, birthDate: "2000-02-29" }, "2018-02-28").age).toBe(18);
    expect(categoriesOf({ ...base, birthDate: "2000-02-29" }, "2018-02-27").age).toBe(17);
  });

  it("reads the recorded ethnicity and religion loosely", () => {
    expect(isEthnicMinority("Kinh")).toBe(false);
    expect(isEthnicMinority(" kinh ")).toBe(false);
    expect(isEthnicMinority("Việt")).toBe(false);
    expect(isEthnicMinority("")).toBe(false);
    expect(isEthnicMinority("H'Mông")).toBe(true);
    expect(isEthnicMinority("Ê Đê")).toBe(true);
    expect(isReligious(null)).toBe(false);
    expect(isReligious("Không")).toBe(false);
    expect(isReligious("không")).toBe(false);
    expect(isReligious("")).toBe(false);
    expect(isReligious("Phật giáo")).toBe(true);
  });

  it("bands ages like the reports", () => {
    expect([17, 18, 30, 31, 40, 41, 50, 51, 60, 61].map(ageBandOf)).toEqual([
      null,
      "AGE_18_30",
      "AGE_18_30",
      "AGE_31_40",
      "AGE_31_40",
      "AGE_41_50",
      "AGE_41_50",
      "AGE_51_60",
      "AGE_51_60",
      "AGE_OVER_60",
    ]);
  });
});

describe("per-category attainment", () => {
  it("reproduces Bắc Ninh: 438 women of 652 admitted is 67 %", () => {
    const profiles = [
      ...Array.from({ length: 438 }, () => ({ categories: ["WOMEN" as const], ageBand: "AGE_18_30" as const })),
      ...Array.from({ length: 214 }, () => ({ categories: [], ageBand: "AGE_31_40" as const })),
    ];
    const tally = tallyCategories(profiles);
    expect(tally.total).toBe(652);
    const women = categoryAttainment(tally, { WOMEN: 400 }).find((r) => r.category === "WOMEN");
    expect(Math.round((women?.share ?? 0) * 100)).toBe(67);
    expect(women).toMatchObject({ count: 438, target: 400, difference: 38 });
    expect(women?.ratio).toBeCloseTo(438 / 400);
    expect(ageBandShares(tally).find((b) => b.band === "AGE_18_30")?.count).toBe(438);
  });

  it("returns every category, with null share when nobody was admitted", () => {
    const rows = categoryAttainment(tallyCategories([]));
    expect(rows).toHaveLength(14);
    expect(rows.every((r) => r.count === 0 && r.share === null && r.target === null)).toBe(true);
  });

  it("counts one person once per category even if listed twice", () => {
    const tally = tallyCategories([{ categories: ["WOMEN", "WOMEN"], ageBand: null }]);
    expect(tally.byCategory.WOMEN).toBe(1);
  });

  it("reproduces Quảng Trị Q1/2024: 213 of 333 aged 18–30 is 64 %", () => {
    const tally = tallyCategories([
      ...Array.from({ length: 213 }, () => ({ categories: [], ageBand: "AGE_18_30" as const })),
      ...Array.from({ length: 120 }, () => ({ categories: [], ageBand: "AGE_31_40" as const })),
    ]);
    expect(Math.round((ageBandShares(tally)[0].share ?? 0) * 100)).toBe(64);
  });
});
