import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";
import { cache } from "react";
import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import { authOptions } from "./options";
import { buildScope, type Scope } from "./scope-rules";
import { findActiveUser } from "@/lib/db/users";
import { findScopeUnits } from "@/lib/db/units";
import { cachedScope, scopeKey } from "./scope-cache";
import type { RoleCode } from "@/lib/domain/codes";
import { AppError } from "@/lib/errors";

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
  /** Signed in with a one-time password not yet replaced: getActor refuses them everything else (see below). */
  mustChangePassword: boolean;
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
    mustChangePassword: user.mustChangePassword,
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

/** The session's actor, once per request, whatever the state of their password. */
const sessionActor = cache(async (): Promise<Actor | null> => actorFromSession(await getServerSession(authOptions)));

// ── A password change that must come first ───────────────────────────────────────────────────
//
// A user signed in with a one-time password (a new account, a reset) may do nothing but replace it:
// every page sends them to PASSWORD_CHANGE_PATH, every /api/v1 call but GET /me and POST /me/password
// answers 403 PASSWORD_CHANGE_REQUIRED, and no server action runs. This is enforced here, in
// getActor, and nowhere else, because getActor is the one door every entry point goes through:
// pages (requireActor, the app layout, the sign-in page), server actions (runAction) and route
// handlers (apiRoute) all ask it, never the session directly. Checks in apiRoute and requireActor
// would leave the server actions (runAction asks getActor itself) and the next new entry point open;
// here a new page, action or route is covered without knowing about it. The exceptions are explicit and few:
// code that serves the password change itself runs inside duringPasswordChange() (the password
// page and its action, and apiRoute's short list of the two API calls); signing out does not ask
// for an actor at all.
//
// The refusal is one error that each kind of caller already knows how to answer: an AppError (403,
// PASSWORD_CHANGE_REQUIRED), which apiRoute turns into the API's error shape and runAction into a
// failed action, that also carries Next.js's redirect digest, so a page or layout that asked is
// redirected to the password page instead of failing. (The password page lives outside the app
// layout, app/(auth)/account/password: the layout asks getActor too.)

/** Where a user who must change their password is sent. */
export const PASSWORD_CHANGE_PATH = "/account/password";

/** Next.js's own redirect error for `path`, for its digest (the format is Next's, not ours). */
function redirectDigest(path: string): string | undefined {
  try {
    redirect(path);
  } catch (error) {
    return (error as { digest?: string }).digest;
  }
  return undefined;
}

export class PasswordChangeRequired extends AppError {
  /** Read by Next.js: a page or layout that gets this error redirects to the password page. */
  readonly digest = redirectDigest(PASSWORD_CHANGE_PATH);

  constructor() {
    super("FORBIDDEN", "PASSWORD_CHANGE_REQUIRED");
    this.name = "PasswordChangeRequired";
  }
}

const passwordChangeContext = new AsyncLocalStorage<true>();

/** Runs `work` as part of the password change: inside it, getActor also answers for a user who must change their password. */
export function duringPasswordChange<T>(work: () => T): T {
  return passwordChangeContext.run(true, work);
}

/**
 * Once per request: pages, actions and route handlers all ask this, never the session directly.
 * Null without a session; throws PasswordChangeRequired for a user who must change their password
 * first, unless called inside duringPasswordChange (see above).
 */
export async function getActor(): Promise<Actor | null> {
  const actor = await sessionActor();
  if (actor?.mustChangePassword && !passwordChangeContext.getStore()) throw new PasswordChangeRequired();
  return actor;
}
