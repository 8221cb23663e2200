import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { findAccount, updateAccountIfVersion } from "@/lib/db/accounts";
import { recordAudit } from "@/lib/db/audit";
import { dbFor } from "@/lib/db/scoped";
import { endSessions } from "@/lib/db/users";
import { notFound } from "@/lib/errors";
import { zId } from "@/lib/validation/common";
import { toAccountDto, type AccountDto } from "./account-dto";
import { assertMayManageAccounts, assertMayTouchAccount } from "./authority";
import { hashPassword, newOneTimePassword } from "./passwords";
import { staleAccount } from "./update-account";

/**
 * Gives an account of the caller's scope a new one-time password (shown this once), which the
 * person must replace at their next sign-in, and ends their sessions, in one transaction. Not for
 * an account above the caller's role (superior staff cannot take over an administrator's account).
 * Resetting one's own password is allowed: it ends one's own sessions too.
 */
export async function resetPassword({ actor, id }: { actor: Actor; id: string }): Promise<{ account: AccountDto; oneTimePassword: string }> {
  assertMayManageAccounts(actor);
  if (!zId.safeParse(id).success) throw notFound();
  const db = dbFor(actor.scope);
  const current = await findAccount(db, id);
  if (!current) throw notFound();
  assertMayTouchAccount(actor, current.role);

  const oneTimePassword = newOneTimePassword(current.username);
  const passwordHash = await hashPassword(oneTimePassword);
  const row = await db.$transaction(async (tx) => {
    // The version read a moment ago: an edit in between makes this a 409 rather than a surprise.
    const updated = await updateAccountIfVersion(tx, id, current.version, { passwordHash, mustChangePassword: true });
    if (!updated) throw staleAccount();
    await endSessions(id, tx);
    await recordAudit(tx, { actorId: actor.userId, kind: "ACCOUNT", action: "PASSWORD_RESET", unitId: updated.unitId, entityId: id });
    return updated;
  });
  return { account: toAccountDto(row, actor), oneTimePassword };
}
