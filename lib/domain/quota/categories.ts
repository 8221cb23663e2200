import { completedYears, type IsoDate } from "./dates";

/**
 * Report categories of an admission (domain.md Part 1 "Quotas…", §8.3). One admission can fall in
 * several (a woman, Youth Union member, student under 30), so shares need not add up to 100 %.
 */
export const ADMISSION_CATEGORIES = [
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
export type AdmissionCategory = (typeof ADMISSION_CATEGORIES)[number];

/** Age bands of the reports; under 18 has none (it cannot be admitted; the eligibility rules flag it). */
export const AGE_BANDS = ["AGE_18_30", "AGE_31_40", "AGE_41_50", "AGE_51_60", "AGE_OVER_60"] as const;
export type AgeBand = (typeof AGE_BANDS)[number];

export type OccupationGroup =
  | "STUDENT"
  | "WORKER"
  | "FARMER"
  | "INTELLECTUAL"
  | "CIVIL_SERVANT"
  | "ARMED_FORCES"
  | "NON_STATE_EMPLOYEE"
  | "PRIVATE_OWNER"
  | "OTHER";

export interface CategoryFacts {
  sex: "MALE" | "FEMALE";
  /** As recorded ("Kinh", "Tày", "H'Mông"…); empty when unknown. */
  ethnicity: string;
  /** As recorded; null, empty or "Không" (none) when the person has no religion. */
  religion: string | null;
  youthUnionMember: boolean;
  birthDate: IsoDate;
  occupationGroup: OccupationGroup;
  readmission: boolean;
}

export interface CategoryProfile {
  categories: AdmissionCategory[];
  ageBand: AgeBand | null;
  /** Completed years at the reference date. */
  age: number;
}

/**
 * Youth: "30 or under", the same bound as the 18–30 band and the Youth Union age (16–30), so the
 * "under 30" figure and the 18–30 band agree. Reports write both "dưới 30" and "18–30" for it.
 */
export const YOUTH_MAX_AGE = 30;

const OCCUPATION_CATEGORY: Record<OccupationGroup, AdmissionCategory | null> = {
  STUDENT: "STUDENT",
  WORKER: "WORKER",
  FARMER: "FARMER",
  INTELLECTUAL: "INTELLECTUAL",
  CIVIL_SERVANT: "CIVIL_SERVANT",
  ARMED_FORCES: "ARMED_FORCES",
  NON_STATE_EMPLOYEE: "NON_STATE_ENTERPRISE",
  PRIVATE_OWNER: "PRIVATE_OWNER",
  OTHER: null,
};

// Compare recorded text without case, accents or spacing ("Không", "không ", "KHONG" are one value).
const fold = (text: string) =>
  text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/đ/gi, "d").toLowerCase().replace(/\s+/g, " ").trim();

/** The majority group is recorded as "Kinh" (sometimes "Việt" or "Kinh (Việt)"). */
const MAJORITY_ETHNICITY = new Set(["kinh", "viet", "kinh (viet)", "viet (kinh)"]);
/** Ways forms record "no religion". */
const NO_RELIGION = new Set(["", "khong", "khong co", "khong ton giao", "none", "no", "-"]);

export function isEthnicMinority(ethnicity: string): boolean {
  const f = fold(ethnicity);
  return f !== "" && !MAJORITY_ETHNICITY.has(f);
}

export function isReligious(religion: string | null): boolean {
  return religion !== null && !NO_RELIGION.has(fold(religion));
}

export function ageBandOf(age: number): AgeBand | null {
  if (age < 18) return null;
  if (age <= 30) return "AGE_18_30";
  if (age <= 40) return "AGE_31_40";
  if (age <= 50) return "AGE_41_50";
  if (age <= 60) return "AGE_51_60";
  return "AGE_OVER_60";
}

/** The categories of one admission at `referenceDate` (the admission decision date; age is taken then). */
export function categoriesOf(facts: CategoryFacts, referenceDate: IsoDate): CategoryProfile {
  const age = completedYears(facts.birthDate, referenceDate);
  const occupation = OCCUPATION_CATEGORY[facts.occupationGroup];
  const checks: [AdmissionCategory, boolean][] = [
    ["WOMEN", facts.sex === "FEMALE"],
    ["ETHNIC_MINORITY", isEthnicMinority(facts.ethnicity)],
    ["RELIGIOUS", isReligious(facts.religion)],
    ["YOUTH_UNION", facts.youthUnionMember],
    ["UNDER_30", age <= YOUTH_MAX_AGE],
  ];
  const categories = checks.filter(([, yes]) => yes).map(([c]) => c);
  if (occupation) categories.push(occupation);
  if (facts.readmission) categories.push("READMISSION");
  return { categories, ageBand: ageBandOf(age), age };
}
