import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import type { RoleCode } from "@/lib/domain/codes";
import { AppError, forbidden } from "@/lib/errors";
import { msg } from "@/lib/validation/messages";

/**
 * Who may manage which accounts. The permission table says who manages accounts at all
 * (account.manage: administrators and superior committee staff); the scope says whose (accounts
 * whose home unit lies in the caller's tree; the scoped client finds no other); the ranks below say
 * which roles a manager may hand out or touch.
 */

/** Higher is more. An unknown role ranks nowhere: deny by default. */
const RANK: Record<RoleCode, number> = { ADMIN: 5, SUPERIOR_STAFF: 4, GRASSROOTS_STAFF: 3, BRANCH_SECRETARY: 2, VIEWER: 1 };

function rank(role: string): number {
  return Object.hasOwn(RANK, role) ? RANK[role as RoleCode] : 0;
}

export function mayManageAccounts(actor: Actor): boolean {
  return can(actor.role, "account.manage");
}

export function assertMayManageAccounts(actor: Actor): void {
  if (!mayManageAccounts(actor)) throw forbidden();
}

/**
 * Whether the caller may give an account `role`: never a role above their own (superior staff hand
 * out at most SUPERIOR_STAFF, never ADMIN).
 */
export function mayGrantRole(actorRole: string, role: string): boolean {
  const wanted = rank(role);
  return wanted > 0 && wanted <= rank(actorRole);
}

/** The roles the caller may hand out, highest first (the forms' choices). */
export function grantableRoles(actorRole: string): RoleCode[] {
  return (Object.keys(RANK) as RoleCode[]).filter((role) => mayGrantRole(actorRole, role));
}

/**
 * Whether the caller may change an account that has `role` now: not one above their own (superior
 * staff cannot reset an administrator's password and sign in with it).
 */
export function mayTouchAccount(actorRole: string, targetRole: string): boolean {
  return rank(targetRole) <= rank(actorRole) && rank(actorRole) > 0;
}

export function roleAboveOwn(path = "role"): AppError {
  return new AppError("FORBIDDEN", "ROLE_ABOVE_OWN", [{ path, message: msg("roleAboveOwn"), code: "ROLE_ABOVE_OWN" }]);
}

export function assertMayGrantRole(actor: Actor, role: RoleCode): void {
  if (!mayGrantRole(actor.role, role)) throw roleAboveOwn();
}

export function assertMayTouchAccount(actor: Actor, targetRole: RoleCode): void {
  if (!mayTouchAccount(actor.role, targetRole)) throw new AppError("FORBIDDEN", "ACCOUNT_ABOVE_OWN");
}
