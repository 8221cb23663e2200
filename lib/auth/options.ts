import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { trustsProxy } from "@/lib/env";
import { clientAddress } from "@/lib/services/auth/client-address";
import { verifyCredentials } from "@/lib/services/auth/verify-credentials";

/** Sessions end after a working day; the user signs in again the next morning. */
export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;

export const authOptions: NextAuthOptions = {
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  jwt: { maxAge: SESSION_MAX_AGE_SECONDS },
  pages: { signIn: "/login" },
  providers: [
    CredentialsProvider({
      name: "credentials",
      credentials: { username: { type: "text" }, password: { type: "password" } },
      async authorize(credentials, req) {
        const result = await verifyCredentials(credentials, clientAddress(req?.headers, trustsProxy()));
        // next-auth passes a thrown message to the client as `error`; the login page translates it.
        if (!result.ok) throw new Error(result.error === "RATE_LIMITED" ? `RATE_LIMITED:${result.retryInMinutes ?? 15}` : result.error);
        return { id: result.user.id, name: result.user.name };
      },
    }),
  ],
  callbacks: {
    // Only the user id travels in the token: role and unit are read fresh on every request, so a
    // change of role or a deactivated account takes effect at once.
    async jwt({ token, user }) {
      if (user) token.sub = user.id;
      return token;
    },
    async session({ session, token }) {
      return { ...session, userId: token.sub };
    },
  },
};
