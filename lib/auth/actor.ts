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

export async function loadActor(userId: string): Promise<Actor | null> {
  const user = await findActiveUser(userId);
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

/** Once per request: pages, actions and route handlers all ask this, never the session directly. */
export const getActor = cache(async (): Promise<Actor | null> => {
  const session = await getServerSession(authOptions);
  const userId = (session as { userId?: string } | null)?.userId;
  return userId ? loadActor(userId) : null;
});
