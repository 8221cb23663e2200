import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { lockOwnCredentials, writeOwnPassword } from "@/lib/db/accounts";
import { recordAudit } from "@/lib/db/audit";
import { dbFor } from "@/lib/db/scoped";
import { endSessions } from "@/lib/db/users";
import { unauthenticated, validationFailed } from "@/lib/errors";
import { ownPasswordSchema } from "@/lib/validation/account";
import { msg } from "@/lib/validation/messages";
import { parseOrThrow } from "@/lib/validation/parse";
import { hashPassword, passwordMatches } from "./passwords";

/**
 * The signed-in person replaces their own password (a one-time one included): the current password
 * must be right, the new one must obey the policy and differ from it. In one transaction, with the
 * person's row locked: the new hash, mustChangePassword cleared, every session ended (the caller
 * re-issues the current one with the version returned, session-cookie.ts) and the audit entry.
 *
 * `sessionVersion`: the version the request's session token carries, when known. If the sessions
 * were ended in the meantime (signed out elsewhere, reset or deactivated by a manager), nothing
 * changes and the answer is 401: a session that has just been ended must not come back to life by
 * changing the password.
 */
export async function changeOwnPassword({
  actor,
  input,
  sessionVersion,
}: {
  actor: Actor;
  input: unknown;
  sessionVersion?: number;
}): Promise<{ sessionVersion: number }> {
  const { currentPassword, newPassword } = parseOrThrow(ownPasswordSchema(actor.username), input);
  const newHash = await hashPassword(newPassword);
  return dbFor(actor.scope).$transaction(async (tx) => {
    const own = await lockOwnCredentials(tx, actor.userId);
    if (!own || (sessionVersion !== undefined && own.sessionVersion !== sessionVersion)) throw unauthenticated();
    if (!(await passwordMatches(currentPassword, own.passwordHash))) {
      throw validationFailed([{ path: "currentPassword", message: msg("wrongPassword"), code: "WRONG_PASSWORD" }]);
    }
    await writeOwnPassword(tx, actor.userId, newHash);
    const version = await endSessions(actor.userId, tx);
    if (version === null) throw unauthenticated();
    await recordAudit(tx, { actorId: actor.userId, kind: "ACCOUNT", action: "PASSWORD_CHANGED", unitId: own.unitId, entityId: actor.userId });
    return { sessionVersion: version };
  });
}
