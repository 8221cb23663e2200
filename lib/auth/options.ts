import "server-only";
import { randomUUID } from "node:crypto";
import type { NextAuthOptions, User } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { isDatabaseOutage } from "@/lib/api/db-outage";
import { endSessionsOfVersion } from "@/lib/db/users";
import { trustsProxy } from "@/lib/env";
import { isAppError } from "@/lib/errors";
import { log } from "@/lib/log";
import { clientAddress } from "@/lib/services/auth/client-address";
import { currentSignInExchange, type SignInOutcome } from "@/lib/services/auth/sign-in-exchange";
import { verifyCredentials } from "@/lib/services/auth/verify-credentials";

/** Sessions end after a working day; the user signs in again the next morning. */
export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;

declare module "next-auth" {
  interface User {
    /** The user's sessionVersion at sign-in. */
    sv?: number;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    /** The user's sessionVersion when the token was issued: refused once it has been raised. */
    sv?: number;
  }
}

/**
 * The credentials provider's `authorize`. next-auth passes the message of anything thrown here to
 * the client as `error` (the login page translates it), so only codes are thrown: "RATE_LIMITED:<minutes>",
 * "INVALID_CREDENTIALS", and for anything unexpected "SERVICE_UNAVAILABLE" (the database is
 * unreachable) or "INTERNAL" — never a driver's or a library's text, which is logged instead.
 */
export async function authorizeCredentials(credentials: unknown, headers: Record<string, unknown> | undefined): Promise<User> {
  const exchange = currentSignInExchange();
  const settle = (outcome: SignInOutcome) => {
    if (exchange) exchange.outcome = outcome;
  };
  let result: Awaited<ReturnType<typeof verifyCredentials>>;
  try {
    result = await verifyCredentials(credentials, { address: clientAddress(headers, trustsProxy()), device: exchange?.device ?? null });
  } catch (error) {
    const outage = isDatabaseOutage(error) || (isAppError(error) && error.code === "SERVICE_UNAVAILABLE");
    const code = outage ? "SERVICE_UNAVAILABLE" : "INTERNAL";
    const eventId = randomUUID();
    log.error({ err: error, eventId }, outage ? "database unavailable (sign-in)" : "unexpected sign-in error");
    settle({ kind: code, eventId });
    throw new Error(code);
  }
  if (!result.ok) {
    if (result.error === "RATE_LIMITED") {
      settle({ kind: "RATE_LIMITED", retryAfterSeconds: result.retryAfterSeconds, retryInMinutes: result.retryInMinutes });
      throw new Error(`RATE_LIMITED:${result.retryInMinutes}`);
    }
    settle({ kind: "INVALID_CREDENTIALS" });
    throw new Error(result.error);
  }
  settle({ kind: "SIGNED_IN" });
  return { id: result.user.id, name: result.user.name, sv: result.user.sessionVersion };
}

export const authOptions: NextAuthOptions = {
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  jwt: { maxAge: SESSION_MAX_AGE_SECONDS },
  pages: { signIn: "/login" },
  providers: [
    CredentialsProvider({
      name: "credentials",
      credentials: { username: { type: "text" }, password: { type: "password" } },
      authorize: (credentials, req) => authorizeCredentials(credentials, req?.headers),
    }),
  ],
  callbacks: {
    // Only the user id and the session version travel in the token: role and unit are read fresh
    // on every request, and the version must still be the user's (lib/auth/actor.ts), so a change
    // of role, a deactivated account or an ended session takes effect at once.
    async jwt({ token, user }) {
      if (user) {
        token.sub = user.id;
        token.sv = user.sv;
      }
      return token;
    },
    async session({ session, token }) {
      return { ...session, userId: token.sub, sessionVersion: token.sv };
    },
  },
  events: {
    // Signing out ends the session server-side, not just its cookie: it raises the user's session
    // version, which ends all of that user's sessions (their other browsers sign in again too; one
    // counter per user instead of a table of sessions). A stale token changes nothing. If the
    // database is down, next-auth logs the failure and clears the cookie anyway.
    async signOut({ token }) {
      if (typeof token?.sub === "string" && typeof token.sv === "number") await endSessionsOfVersion(token.sub, token.sv);
    },
  },
};
