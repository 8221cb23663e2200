/**
 * Code lists shared by forms, API and database (the Prisma enums mirror these; lib/db/enum-parity.ts
 * makes `tsc --noEmit` fail when they drift apart). Labels live in the i18n messages.
 */
export const UNIT_KINDS = ["SUPERIOR_COMMITTEE", "GRASSROOTS_COMMITTEE", "GRASSROOTS_BRANCH", "PARTIAL_COMMITTEE", "BRANCH"] as const;
export type UnitKindCode = (typeof UNIT_KINDS)[number];

/** Units that hold candidates: a branch under a committee, or a grassroots branch. */
export const CANDIDATE_UNIT_KINDS: readonly UnitKindCode[] = ["BRANCH", "GRASSROOTS_BRANCH"];

export const ROLES = ["ADMIN", "SUPERIOR_STAFF", "GRASSROOTS_STAFF", "BRANCH_SECRETARY", "VIEWER"] as const;
export type RoleCode = (typeof ROLES)[number];

export const SEXES = ["MALE", "FEMALE"] as const;
export type SexCode = (typeof SEXES)[number];

export const EDUCATION_LEVELS = ["PRIMARY", "LOWER_SECONDARY", "UPPER_SECONDARY", "VOCATIONAL", "COLLEGE", "UNIVERSITY", "MASTER", "DOCTORATE"] as const;
export type EducationLevelCode = (typeof EDUCATION_LEVELS)[number];

export const OCCUPATION_GROUPS = [
  "STUDENT",
  "WORKER",
  "FARMER",
  "INTELLECTUAL",
  "CIVIL_SERVANT",
  "ARMED_FORCES",
  "NON_STATE_EMPLOYEE",
  "PRIVATE_OWNER",
  "OTHER",
] as const;
export type OccupationGroupCode = (typeof OCCUPATION_GROUPS)[number];
