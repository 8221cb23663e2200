import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { canWrite } from "@/lib/auth/scope-rules";

export type QuotaAuthority = "APPROVE" | "PROPOSE" | null;

/** Whether the caller may set (approve) the unit's quota, or only propose it. */
export function quotaAuthority(actor: Actor, unitId: string): QuotaAuthority {
  if (!canWrite(actor.scope, unitId)) return null;
  // Quotas come from above: a committee sets them for the units under it; its own comes from its
  // superior (the bloc's own figure, assigned by the province, is entered by its staff).
  const ownUnit = unitId === actor.unitId && actor.role !== "ADMIN" && actor.role !== "SUPERIOR_STAFF";
  if (can(actor.role, "quota.write") && !ownUnit) return "APPROVE";
  return can(actor.role, "quota.propose") || can(actor.role, "quota.write") ? "PROPOSE" : null;
}

/**
 * Locking a period takes the authority that sets its figures (a unit cannot freeze the quota its
 * superior has yet to give it); reopening a final report is for administrators alone.
 */
export function mayLock(actor: Actor, unitId: string): boolean {
  return quotaAuthority(actor, unitId) === "APPROVE";
}

export function mayUnlock(actor: Actor): boolean {
  return can(actor.role, "quota.unlock");
}
