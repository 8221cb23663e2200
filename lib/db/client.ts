import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/client";
import { env } from "@/lib/env";

/**
 * One Prisma client per server process (kept on globalThis so that dev-mode reloads do not open a
 * new pool each time). The pg driver adapter replaces Prisma's native query engine, which cannot
 * be downloaded on these machines.
 */
const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

export function createPrismaClient(url: string, poolMax: number): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString: url, max: poolMax }) });
}

export const prisma: PrismaClient =
  globalForPrisma.prisma ?? createPrismaClient(env().DATABASE_URL, env().DB_POOL_MAX);

if (env().NODE_ENV !== "production") globalForPrisma.prisma = prisma;

export type Db = PrismaClient;
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];
