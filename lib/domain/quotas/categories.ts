/** The report categories of the statistical returns (domain.md §8.3) and who falls in them. */
export const CATEGORIES = [
  "WOMEN",
  "ETHNIC_MINORITY",
  "RELIGIOUS",
  "YOUTH_UNION",
  "UNDER_30",
  "STUDENT",
  "WORKER",
  "FARMER",
  "INTELLECTUAL",
  "CIVIL_SERVANT",
  "ARMED_FORCES",
  "NON_STATE_ENTERPRISE",
  "PRIVATE_OWNER",
  "READMISSION",
] as const;
export type Category = (typeof CATEGORIES)[number];

export const AGE_BANDS = ["18_30", "31_40", "41_50", "51_60", "OVER_60"] as const;
export type AgeBand = (typeof AGE_BANDS)[number];

export interface CategorySubject {
  sex: "MALE" | "FEMALE";
  ethnicity: string;
  religion: string | null;
  youthUnionMember: boolean;
  occupationGroup: string;
  readmission: boolean;
  returningConscript: boolean;
  /** Whole years of age on the decision date. */
  ageAtDecision: number;
}

const OCCUPATION_CATEGORY: Record<string, Category> = {
  STUDENT: "STUDENT",
  WORKER: "WORKER",
  FARMER: "FARMER",
  INTELLECTUAL: "INTELLECTUAL",
  CIVIL_SERVANT: "CIVIL_SERVANT",
  ARMED_FORCES: "ARMED_FORCES",
  NON_STATE_EMPLOYEE: "NON_STATE_ENTERPRISE",
  PRIVATE_OWNER: "PRIVATE_OWNER",
};

export function categoriesOf(s: CategorySubject): Category[] {
  const out: Category[] = [];
  if (s.sex === "FEMALE") out.push("WOMEN");
  // Kinh is the majority; every other ethnicity counts as an ethnic minority.
  if (s.ethnicity.trim().toLowerCase() !== "kinh") out.push("ETHNIC_MINORITY");
  if (s.religion) out.push("RELIGIOUS");
  if (s.youthUnionMember) out.push("YOUTH_UNION");
  if (s.ageAtDecision <= 30) out.push("UNDER_30");
  const occupation = OCCUPATION_CATEGORY[s.occupationGroup];
  if (occupation) out.push(occupation);
  if (s.returningConscript && occupation !== "ARMED_FORCES") out.push("ARMED_FORCES");
  if (s.readmission) out.push("READMISSION");
  return out;
}

/** The report's age band for the age on the decision date (report-matrix.ts); "dưới 30" in the reports is the 18–30 band. */
export function ageBand(age: number): AgeBand {
  if (age <= 30) return "18_30";
  if (age <= 40) return "31_40";
  if (age <= 50) return "41_50";
  if (age <= 60) return "51_60";
  return "OVER_60";
}

/** Count and share of the admitted per category ("women 438/652 = 67 %"). */
export function categoryBreakdown(subjects: CategorySubject[]): { category: Category; count: number; share: number }[] {
  const total = subjects.length;
  return CATEGORIES.map((category) => {
    const count = subjects.filter((s) => categoriesOf(s).includes(category)).length;
    return { category, count, share: total ? count / total : 0 };
  });
}
