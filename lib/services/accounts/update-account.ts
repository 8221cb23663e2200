import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { countOtherActiveAdministrators, findAccount, lockAdministrators, updateAccountIfVersion, type AccountRow } from "@/lib/db/accounts";
import { recordAudit } from "@/lib/db/audit";
import { dbFor } from "@/lib/db/scoped";
import { findUnitInScope } from "@/lib/db/units";
import { endSessions } from "@/lib/db/users";
import { AppError, conflict, notFound } from "@/lib/errors";
import { zId } from "@/lib/validation/common";
import { ZAccountPatch } from "@/lib/validation/account";
import { msg } from "@/lib/validation/messages";
import { parseOrThrow } from "@/lib/validation/parse";
import { toAccountDto, type AccountDto } from "./account-dto";
import { assertMayGrantRole, assertMayManageAccounts, assertMayTouchAccount } from "./authority";

export const staleAccount = () => conflict("STALE_VERSION", [{ path: "version", message: msg("staleVersion") }]);
export const lastAdministrator = (path: "role" | "active") => conflict("LAST_ADMIN", [{ path, message: msg("lastAdmin"), code: "LAST_ADMIN" }]);

type Field = "fullName" | "role" | "unitId" | "active";
type Changes = Partial<Record<Field, { from: string | boolean; to: string | boolean }>>;

/** Who may not do what to their own account: change its role, or deactivate it. */
function assertNotOwnRoleOrActive(actor: Actor, id: string, changes: Changes): void {
  if (id !== actor.userId) return;
  if (changes.role) throw new AppError("FORBIDDEN", "OWN_ROLE", [{ path: "role", message: msg("ownRole"), code: "OWN_ROLE" }]);
  if (changes.active) throw new AppError("FORBIDDEN", "OWN_DEACTIVATION", [{ path: "active", message: msg("ownDeactivation"), code: "OWN_DEACTIVATION" }]);
}

/**
 * Edits an account of the caller's scope: name, role, home unit, active. The body carries the
 * version it was read at (a stale one changes nothing: 409). Rules: nobody changes their own role
 * or deactivates themselves; nobody gives (or touches an account with) a role above their own; the
 * new home unit must be in the caller's scope (else 404, as for an account outside it); the last
 * active administrator is neither demoted nor deactivated (409 LAST_ADMIN), also when two
 * administrators demote each other at the same moment (lib/db/accounts.ts lockAdministrators).
 * Deactivating ends the person's sessions in the same transaction.
 */
export async function updateAccount({ actor, id, input }: { actor: Actor; id: string; input: unknown }): Promise<AccountDto> {
  assertMayManageAccounts(actor);
  if (!zId.safeParse(id).success) throw notFound();
  const db = dbFor(actor.scope);
  const current = await findAccount(db, id);
  if (!current) throw notFound();
  const { version, ...fields } = parseOrThrow(ZAccountPatch, input);
  assertMayTouchAccount(actor, current.role);

  const changes: Changes = {};
  for (const field of ["fullName", "role", "unitId", "active"] as const) {
    const to = fields[field];
    if (to !== undefined && to !== current[field]) changes[field] = { from: current[field], to };
  }
  assertNotOwnRoleOrActive(actor, id, changes);
  if (fields.role !== undefined && changes.role) assertMayGrantRole(actor, fields.role);
  if (fields.unitId !== undefined && changes.unitId) {
    if (!(await findUnitInScope(actor.scope, fields.unitId)) || !actor.scope.writable.has(fields.unitId)) throw notFound();
  }

  const losesAdministrator = current.role === "ADMIN" && current.active && (changes.role !== undefined || changes.active?.to === false);
  const row = await db.$transaction(async (tx): Promise<AccountRow> => {
    if (losesAdministrator) {
      await lockAdministrators(tx);
      if ((await countOtherActiveAdministrators(tx, id)) === 0) throw lastAdministrator(changes.role ? "role" : "active");
    }
    if (!Object.keys(changes).length) {
      // Nothing to change: still a 409 if the caller's copy is stale, so that they reload.
      const now = await findAccount(tx, id);
      if (!now) throw notFound();
      if (now.version !== version) throw staleAccount();
      return now;
    }
    const data = {
      ...(changes.fullName ? { fullName: fields.fullName } : {}),
      ...(changes.role ? { role: fields.role } : {}),
      ...(changes.unitId ? { unitId: fields.unitId } : {}),
      ...(changes.active ? { active: fields.active } : {}),
    };
    const updated = await updateAccountIfVersion(tx, id, version, data);
    if (!updated) throw staleAccount();
    if (changes.active?.to === false) await endSessions(id, tx);
    await recordAudit(tx, {
      actorId: actor.userId,
      kind: "ACCOUNT",
      action: changes.active ? (changes.active.to ? "REACTIVATED" : "DEACTIVATED") : "UPDATED",
      // The account's home unit after the change: whose scope may read the entry.
      unitId: updated.unitId,
      entityId: id,
      changes,
    });
    return updated;
  });
  return toAccountDto(row, actor);
}
