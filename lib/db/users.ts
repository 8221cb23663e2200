import "server-only";
import { prisma } from "./client";
import type { RoleCode } from "@/lib/domain/codes";

export async function findUserForSignIn(username: string) {
  return prisma.user.findUnique({
    where: { username },
    select: { id: true, username: true, passwordHash: true, fullName: true, role: true, active: true },
  });
}

export interface ActiveUser {
  id: string;
  username: string;
  fullName: string;
  role: RoleCode;
  unitId: string;
  locale: string;
  unitName: string;
  unitPath: string;
  /** Changes whenever a unit is added, removed or updated: the key under which scopes are cached. */
  treeStamp: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The signed-in user, their home unit and a stamp of the unit tree, in one round trip: every
 * request starts with this, so it is one query rather than Prisma's user-then-unit pair plus a
 * second one for the stamp.
 */
export async function findActiveUser(id: string): Promise<ActiveUser | null> {
  if (!UUID.test(id)) return null;
  const [row] = await prisma.$queryRaw<ActiveUser[]>`
    SELECT us.id::text AS id, us.username, us."fullName", us.role::text AS role, us."unitId"::text AS "unitId", us.locale,
           u.name AS "unitName", u.path AS "unitPath",
           (SELECT count(*)::text || '@' || COALESCE((extract(epoch FROM max(t."updatedAt")) * 1000)::bigint::text, '') FROM "Unit" t) AS "treeStamp"
    FROM "User" us JOIN "Unit" u ON u.id = us."unitId"
    WHERE us.id = ${id}::uuid AND us.active`;
  return row ?? null;
}
