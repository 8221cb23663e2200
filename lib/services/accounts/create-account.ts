import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { insertAccount, isUsernameViolation, usernameTaken } from "@/lib/db/accounts";
import { recordAudit } from "@/lib/db/audit";
import { dbFor } from "@/lib/db/scoped";
import { findUnitInScope } from "@/lib/db/units";
import { conflict, notFound, type AppError } from "@/lib/errors";
import { ZAccountCreate } from "@/lib/validation/account";
import { msg } from "@/lib/validation/messages";
import { parseOrThrow } from "@/lib/validation/parse";
import { toAccountDto, type AccountDto } from "./account-dto";
import { assertMayGrantRole, assertMayManageAccounts } from "./authority";
import { hashPassword, newOneTimePassword } from "./passwords";

export function usernameTakenError(path = "username"): AppError {
  return conflict("USERNAME_TAKEN", [{ path, message: msg("usernameTaken"), code: "USERNAME_TAKEN" }]);
}

/**
 * Opens an account in a unit of the caller's scope with a role no higher than the caller's. The
 * answer carries a one-time password, shown this once and stored only as its hash; the person must
 * replace it at their first sign-in (mustChangePassword). A username already taken is a 409, also
 * when two managers create the same name at the same moment (the unique index decides).
 */
export async function createAccount({ actor, input }: { actor: Actor; input: unknown }): Promise<{ account: AccountDto; oneTimePassword: string }> {
  assertMayManageAccounts(actor);
  const body = parseOrThrow(ZAccountCreate, input);
  assertMayGrantRole(actor, body.role);
  // A unit the caller may not manage does not exist for them (API.md: ids in a body → 404).
  if (!(await findUnitInScope(actor.scope, body.unitId)) || !actor.scope.writable.has(body.unitId)) throw notFound();
  if (await usernameTaken(body.username)) throw usernameTakenError();

  const oneTimePassword = newOneTimePassword(body.username);
  const passwordHash = await hashPassword(oneTimePassword);
  try {
    const row = await dbFor(actor.scope).$transaction(async (tx) => {
      const created = await insertAccount(tx, { ...body, passwordHash, mustChangePassword: true });
      await recordAudit(tx, {
        actorId: actor.userId,
        kind: "ACCOUNT",
        action: "CREATED",
        unitId: created.unitId,
        entityId: created.id,
        changes: { username: created.username, fullName: created.fullName, role: created.role, unitId: created.unitId },
      });
      return created;
    });
    return { account: toAccountDto(row, actor), oneTimePassword };
  } catch (error) {
    if (isUsernameViolation(error)) throw usernameTakenError();
    throw error;
  }
}
