import { trustsProxy } from "@/lib/env";
import type { OriginPolicy } from "./origin";

/**
 * The deployment's settings for the origin check and HSTS: TRUST_PROXY (lib/env.ts) and the public
 * address NEXTAUTH_URL (read by next-auth itself from the environment; `npm start` defaults it to
 * http://localhost:$PORT). Used by route handlers, server actions and proxy.ts.
 */
export function originPolicy(): OriginPolicy {
  return { trustProxy: trustsProxy(), publicUrl: process.env.NEXTAUTH_URL ?? null };
}
