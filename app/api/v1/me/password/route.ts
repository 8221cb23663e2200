import { NextResponse } from "next/server";
import { apiRoute, readJson, notAllowed } from "@/lib/api/handler";
import { changeOwnPassword } from "@/lib/services/accounts/change-own-password";
import { readSessionToken, renewedSessionCookie, sessionCookieName } from "@/lib/services/accounts/session-cookie";

/**
 * Body: { currentPassword, newPassword } → { changed: true, sessionRenewed }. Every other session of
 * the person ends; this one goes on with a re-issued session cookie (sessionRenewed: true) when the
 * request came with one (lib/services/accounts/session-cookie.ts). Allowed while a password change
 * is pending (lib/api/handler.ts).
 */
export const POST = apiRoute(async ({ req, actor }) => {
  const session = await readSessionToken(req.cookies.get(sessionCookieName().name)?.value, actor.userId);
  const input = await readJson(req);
  const { sessionVersion } = await changeOwnPassword({ actor, input, sessionVersion: session?.sv });
  const cookie = session ? await renewedSessionCookie(session, sessionVersion) : null;
  const answer = NextResponse.json({ changed: true, sessionRenewed: cookie !== null });
  if (cookie) answer.cookies.set(cookie.name, cookie.value, cookie.options);
  return answer;
});

// Every other method: 405 in the API's error shape with an Allow header (lib/api/handler.ts).
export const { GET, PUT, PATCH, DELETE, HEAD, OPTIONS } = notAllowed("POST");
