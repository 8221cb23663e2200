import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { dbFor } from "@/lib/db/scoped";
import { findRollHistory, findUnitDetail } from "@/lib/db/units";
import { notFound } from "@/lib/errors";
import { todayVn } from "@/lib/time";
import { zId } from "@/lib/validation/common";
import { toUnitDetail } from "./unit-dto";

/**
 * One unit of the caller's subtree with its roll in force today, committee size, flags and the
 * roll's history; NOT_FOUND for a malformed id, a missing or dissolved unit, or one outside the
 * subtree (the committees above the caller's home unit included: their pages belong to them).
 */
export async function getUnit({ actor, id, today = todayVn() }: { actor: Actor; id: string; today?: string }) {
  if (!zId.safeParse(id).success) throw notFound();
  const unit = await findUnitDetail(actor.scope, id);
  if (!unit) throw notFound();
  const history = await findRollHistory(dbFor(actor.scope), id);
  return toUnitDetail(actor, unit, history, today);
}
