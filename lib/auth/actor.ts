import "server-only";
import { cache } from "react";
import { getServerSession } from "next-auth";
import { authOptions } from "./options";
import { buildScope, type Scope } from "./scope-rules";
import { findActiveUser } from "@/lib/db/users";
import { findScopeUnits } from "@/lib/db/units";
import { cachedScope, scopeKey } from "./scope-cache";
import type { RoleCode } from "@/lib/domain/codes";

/** The signed-in person and the units they may touch: what every service receives. */
export interface Actor {
  userId: string;
  username: string;
  fullName: string;
  role: RoleCode;
  unitId: string;
  unitName: string;
  locale: string;
  scope: Scope;
}

/**
 * The actor of an active user. With `session` (what the session's token carries), only while the
 * token's session version is still the user's (lib/db/users.ts findActiveUser): signing out and
 * endSessions raise it.
 */
export async function loadActor(userId: string, session?: { sessionVersion: number }): Promise<Actor | null> {
  const user = await findActiveUser(userId, session?.sessionVersion);
  if (!user) return null;
  const scope = await cachedScope(scopeKey(user.role, user.unitId, user.treeStamp), async () =>
    buildScope({ role: user.role, unitId: user.unitId, unitPath: user.unitPath }, await findScopeUnits(user.role, user.unitPath)),
  );
  return {
    userId: user.id,
    username: user.username,
    fullName: user.fullName,
    role: user.role,
    unitId: user.unitId,
    unitName: user.unitName,
    locale: user.locale,
    scope,
  };
}

/**
 * The actor of a next-auth session (the session callback of lib/auth/options.ts): null without a
 * user, and null for a token without a session version (issued before versions existed: its
 * holder signs in again) or with one the user no longer has.
 */
export async function actorFromSession(session: unknown): Promise<Actor | null> {
  const { userId, sessionVersion } = (session ?? {}) as { userId?: unknown; sessionVersion?: unknown };
  if (typeof userId !== "string" || typeof sessionVersion !== "number") return null;
  return loadActor(userId, { sessionVersion });
}

/** Once per request: pages, actions and route handlers all ask this, never the session directly. */
export const getActor = cache(async (): Promise<Actor | null> => actorFromSession(await getServerSession(authOptions)));
