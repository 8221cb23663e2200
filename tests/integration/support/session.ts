import type { Actor } from "@/lib/auth/actor";

/**
 * Who is signed in when a test calls a route handler. Route handlers read the session through
 * getActor, which needs a live request; setup-env.ts points it here instead. Null (no session)
 * at the start of every test.
 */
export const session: { actor: Actor | null } = { actor: null };
