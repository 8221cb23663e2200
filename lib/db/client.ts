import "server-only";
import { PrismaClient } from "./generated/client";
import { env } from "@/lib/env";
import { ResilientPrismaPg } from "./resilient-adapter";

/**
 * One Prisma client per server process (kept on globalThis so that dev-mode reloads do not open a
 * new pool each time). The pg driver adapter replaces Prisma's native query engine, which cannot
 * be downloaded on these machines.
 */
const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

export function createPrismaClient(url: string, poolMax: number): PrismaClient {
  // A full pool answers within 10 s (a 503 upstream) instead of making requests wait forever.
  return new PrismaClient({ adapter: new ResilientPrismaPg({ connectionString: url, max: poolMax, connectionTimeoutMillis: 10_000 }) });
}

export const prisma: PrismaClient = globalForPrisma.prisma ?? createPrismaClient(env().DATABASE_URL, env().DB_POOL_MAX);

if (env().NODE_ENV !== "production") globalForPrisma.prisma = prisma;

export type Db = PrismaClient;
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];
