"use server";

import { cookies } from "next/headers";
import { runAction } from "@/lib/api/action-result";
import { duringPasswordChange } from "@/lib/auth/actor";
import { changeOwnPassword } from "@/lib/services/accounts/change-own-password";
import { readSessionToken, renewedSessionCookie, sessionCookieName } from "@/lib/services/accounts/session-cookie";

/**
 * The person's own password change. Inside duringPasswordChange: it is the one action a user who
 * must change their password may run (lib/auth/actor.ts). The change ends every session of the
 * person; this browser's session cookie is re-issued with the new session version
 * (lib/services/accounts/session-cookie.ts), so only it stays signed in.
 */
export async function changeOwnPasswordAction(input: unknown) {
  return duringPasswordChange(() =>
    runAction(async (actor) => {
      const jar = await cookies();
      const session = await readSessionToken(jar.get(sessionCookieName().name)?.value, actor.userId);
      const { sessionVersion } = await changeOwnPassword({ actor, input, sessionVersion: session?.sv });
      const cookie = session ? await renewedSessionCookie(session, sessionVersion) : null;
      if (cookie) jar.set(cookie.name, cookie.value, cookie.options);
      return { sessionRenewed: cookie !== null };
    }),
  );
}
