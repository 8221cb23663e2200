import "server-only";
import { prisma } from "./client";
import { Prisma } from "./generated/client";
import { rawConnectionOf, type ScopedTx } from "./scoped";
import type { RoleCode } from "@/lib/domain/codes";

export async function findUserForSignIn(username: string) {
  return prisma.user.findUnique({
    where: { username },
    select: { id: true, username: true, passwordHash: true, fullName: true, role: true, active: true, sessionVersion: true },
  });
}

export interface ActiveUser {
  id: string;
  username: string;
  fullName: string;
  role: RoleCode;
  unitId: string;
  locale: string;
  unitName: string;
  unitPath: string;
  /** A one-time password (new account, reset) still to be replaced: lib/auth/actor.ts lets the user do nothing else. */
  mustChangePassword: boolean;
  /** Changes whenever a unit is added, removed or updated: the key under which scopes are cached. */
  treeStamp: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The signed-in user, their home unit and a stamp of the unit tree, in one round trip: every
 * request starts with this, so it is one query rather than Prisma's user-then-unit pair plus a
 * second one for the stamp.
 *
 * With a `sessionVersion` (what the session's token carries), the user is found only while it is
 * still the user's: signing out and endSessions (deactivation, password change) raise it, and the
 * token is refused from the next request on, whatever its cookie says. Without one (tests,
 * background work) the sessions are not looked at.
 */
export async function findActiveUser(id: string, sessionVersion?: number): Promise<ActiveUser | null> {
  if (!UUID.test(id)) return null;
  if (sessionVersion !== undefined && !Number.isSafeInteger(sessionVersion)) return null;
  const sameSession = sessionVersion === undefined ? Prisma.empty : Prisma.sql`AND us."sessionVersion" = ${sessionVersion}::int`;
  const [row] = await prisma.$queryRaw<ActiveUser[]>`
    SELECT us.id::text AS id, us.username, us."fullName", us.role::text AS role, us."unitId"::text AS "unitId", us.locale, us."mustChangePassword",
           u.name AS "unitName", u.path AS "unitPath",
           (SELECT count(*)::text || '@' || COALESCE((extract(epoch FROM max(t."updatedAt")) * 1000)::bigint::text, '') FROM "Unit" t) AS "treeStamp"
    FROM "User" us JOIN "Unit" u ON u.id = us."unitId"
    WHERE us.id = ${id}::uuid AND us.active ${sameSession}`;
  return row ?? null;
}

/*
 * Ending sessions raises the user's sessionVersion with plain SQL: it is not an edit of the account,
 * so updatedAt (and any version check built on it) stays as it was.
 */

/**
 * Signing out: ends the sessions of the token's version, which are all of the user's current
 * sessions (every browser signs in again). Only while `sessionVersion` is still current, so that
 * an old, already ended cookie cannot sign the user out of newer sessions.
 */
export async function endSessionsOfVersion(userId: string, sessionVersion: number): Promise<void> {
  if (!UUID.test(userId) || !Number.isSafeInteger(sessionVersion)) return;
  await prisma.$executeRaw`UPDATE "User" SET "sessionVersion" = "sessionVersion" + 1 WHERE id = ${userId}::uuid AND "sessionVersion" = ${sessionVersion}::int`;
}

/**
 * Ends every session of the user: their session cookies are refused from the next request on. For
 * deactivation and a password change or reset. Returns the new version (null when there is no
 * such user): a password change that should keep its own session re-issues that session's token
 * with it.
 *
 * With `tx`, inside that (scoped) transaction: the sessions end exactly when the change that ends
 * them commits (an account edit rolled back leaves them alone, and a deactivation cannot commit
 * without them ending, so reactivating the account later never revives an old cookie).
 */
export async function endSessions(userId: string, tx?: ScopedTx): Promise<number | null> {
  if (!UUID.test(userId)) return null;
  const client = tx ? rawConnectionOf(tx) : prisma;
  const [row] = await client.$queryRaw<
    { sessionVersion: number }[]
  >`UPDATE "User" SET "sessionVersion" = "sessionVersion" + 1 WHERE id = ${userId}::uuid RETURNING "sessionVersion"`;
  return row?.sessionVersion ?? null;
}
