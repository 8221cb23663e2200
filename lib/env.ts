import "server-only";
import { z } from "zod";

/**
 * The one place that reads process.env: validated at first use so that a misconfigured server
 * fails with a clear message instead of a confusing runtime error later.
 */
const ZEnv = z.object({
  DATABASE_URL: z.string().min(1, "DATABASE_URL is not set (npm start sets it for the embedded database)"),
  NEXTAUTH_SECRET: z.string().min(16).optional(),
  DEMO_MODE: z.enum(["0", "1"]).default("0"),
  // "1" only behind a reverse proxy that sets X-Real-IP / X-Forwarded-For: otherwise anyone could send them.
  TRUST_PROXY: z.enum(["0", "1"]).default("0"),
  DB_POOL_MAX: z.coerce.number().int().min(1).max(100).default(10),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
});

export type TEnv = z.infer<typeof ZEnv>;

let cached: TEnv | undefined;

export function env(): TEnv {
  cached ??= ZEnv.parse(process.env);
  return cached;
}

export function isDemoMode(): boolean {
  return env().DEMO_MODE === "1";
}

/** Whether the sign-in limits may believe the proxy headers naming the client's address. */
export function trustsProxy(): boolean {
  return env().TRUST_PROXY === "1";
}
