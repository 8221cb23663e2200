import "server-only";
import { prisma } from "./client";

export async function findUserForSignIn(username: string) {
  return prisma.user.findUnique({
    where: { username },
    select: { id: true, username: true, passwordHash: true, fullName: true, role: true, active: true },
  });
}

export async function findActiveUser(id: string) {
  return prisma.user.findFirst({
    where: { id, active: true },
    select: { id: true, username: true, fullName: true, role: true, unitId: true, locale: true, unit: { select: { name: true, path: true } } },
  });
}
