import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { forbidden } from "@/lib/errors";

/**
 * The holiday table moves every deadline counted in working days, in every unit, so only roles
 * with `holiday.write` (administrators) change it; anyone signed in may read it.
 */
export function mayWriteHolidays(actor: Actor): boolean {
  return can(actor.role, "holiday.write");
}

export function assertMayWriteHolidays(actor: Actor): void {
  if (!mayWriteHolidays(actor)) throw forbidden();
}
