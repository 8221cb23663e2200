import type { RoleCode } from "@/lib/domain/codes";

/**
 * Who may do what, as one table the compiler checks: adding a role without deciding its
 * permissions does not compile. Which units a permission applies to is the scope's job (scope.ts).
 */
export const PERMISSIONS = [
  "candidate.read",
  "candidate.write",
  "unit.read",
  "quota.read",
  "quota.write",
  "quota.propose",
  "quota.unlock", // reopen a period whose report was final: administrators only
  "committee.record", // resolutions of committees, decisions, awareness tests, classes
  "holiday.write",
  "account.manage", // accounts whose home unit is in the scope: administrators (all) and superior staff
] as const;
export type Permission = (typeof PERMISSIONS)[number];

const ROLE_PERMISSIONS = {
  ADMIN: PERMISSIONS,
  SUPERIOR_STAFF: ["candidate.read", "candidate.write", "unit.read", "quota.read", "quota.write", "committee.record", "account.manage"],
  GRASSROOTS_STAFF: ["candidate.read", "candidate.write", "unit.read", "quota.read", "quota.write", "quota.propose", "committee.record"],
  BRANCH_SECRETARY: ["candidate.read", "candidate.write", "unit.read", "quota.read", "quota.propose"],
  VIEWER: ["candidate.read", "unit.read", "quota.read"],
} as const satisfies Record<RoleCode, readonly Permission[]>;

/** Deny by default: an unknown role (say, from an old session) has no permission at all. */
export function can(role: string, permission: Permission): boolean {
  // Own keys only: a role named like an Object.prototype member ("constructor", "__proto__") is unknown too.
  const granted = Object.hasOwn(ROLE_PERMISSIONS, role) ? (ROLE_PERMISSIONS as Record<string, readonly Permission[]>)[role] : undefined;
  return granted?.includes(permission) ?? false;
}

/** Roles that may change data in their scope (everyone but the viewer). */
export function canWriteAnything(role: string): boolean {
  return can(role, "candidate.write");
}
