import "server-only";
import { prisma } from "./client";

export async function countFailures(where: { username?: string; address?: string }, since: Date): Promise<number> {
  return prisma.loginAttempt.count({ where: { ...where, success: false, at: { gte: since } } });
}

/** The oldest failure still inside the window: the lock lifts when it leaves the window. */
export async function oldestFailure(where: { username?: string; address?: string }, since: Date): Promise<Date | null> {
  const row = await prisma.loginAttempt.findFirst({ where: { ...where, success: false, at: { gte: since } }, orderBy: { at: "asc" }, select: { at: true } });
  return row?.at ?? null;
}

/** The account's latest successful sign-in since `since`: failures before it no longer count. */
export async function latestSuccess(username: string, since: Date): Promise<Date | null> {
  const row = await prisma.loginAttempt.findFirst({ where: { username, success: true, at: { gte: since } }, orderBy: { at: "desc" }, select: { at: true } });
  return row?.at ?? null;
}

export async function recordAttempt(username: string, address: string, success: boolean): Promise<void> {
  await prisma.loginAttempt.create({ data: { username, address, success } });
}
