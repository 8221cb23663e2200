import "server-only";
import { randomUUID } from "node:crypto";
import { buildScope, type Scope } from "@/lib/auth/scope-rules";
import type { RoleCode } from "@/lib/domain/codes";
import { prisma } from "./client";
import { uniqueViolationIndex } from "./errors";
import type { Prisma } from "./generated/client";
import { dbFor, rawConnectionOf, type ScopedDb, type ScopedTx } from "./scoped";

/**
 * Accounts (the User table). Services read and change them through dbFor(scope): an account is tied
 * to its home unit, so a superior committee's staff reach exactly the accounts of their tree and an
 * account named by id outside it is not found. The few unscoped reads here say why: the count of
 * administrators and "is there any user yet" span the whole database, and a person's own password
 * is theirs whatever their scope (a viewer, who writes nothing else, changes it too).
 */

/** What an account is shown as: never the password hash. */
export const accountSelect = {
  id: true,
  username: true,
  fullName: true,
  role: true,
  unitId: true,
  active: true,
  mustChangePassword: true,
  version: true,
  createdAt: true,
  updatedAt: true,
  unit: { select: { name: true, code: true } },
} as const satisfies Prisma.UserSelect;

export type AccountRow = Prisma.UserGetPayload<{ select: typeof accountSelect }>;

/**
 * Advisory locks of this module (the two-key form, apart from the one-key locks used elsewhere and
 * from the sign-in limits' class 7101/7102).
 */
const ACCOUNTS_LOCK = 7201;
/** Held by every change that could leave no active administrator (a demotion, a deactivation). */
const ADMINISTRATORS = 1;
/** Held by the first run (/setup, admin:create): two of them at once must not both find "no user yet". */
const FIRST_RUN = 2;

export interface AccountFilter {
  /** A unit of the scope: accounts whose home unit is in its subtree. */
  under?: { path: string };
  role?: RoleCode;
  active?: boolean;
}

/**
 * Every account of the scope that matches the filter. Accounts are few (one or two per unit, a few
 * thousand at province scale), so the service folds the names for an accent-insensitive search,
 * sorts them in Vietnamese order and pages them itself; no folded column is kept for them.
 */
export async function findAccounts(scope: Scope, filter: AccountFilter): Promise<AccountRow[]> {
  return dbFor(scope).user.findMany({
    where: {
      ...(filter.under ? { unit: { path: { startsWith: filter.under.path } } } : {}),
      ...(filter.role ? { role: filter.role } : {}),
      ...(filter.active !== undefined ? { active: filter.active } : {}),
    },
    select: accountSelect,
  });
}

/** One account of the scope, or null (not there, or outside the scope: the caller says 404 either way). */
export async function findAccount(db: ScopedDb | ScopedTx, id: string): Promise<AccountRow | null> {
  return db.user.findFirst({ where: { id }, select: accountSelect });
}

/** Whether a username is taken, by anyone: usernames are unique across the whole database. */
export async function usernameTaken(username: string): Promise<boolean> {
  return (await prisma.user.count({ where: { username } })) > 0;
}

/** Whether the unique index refused a username (two creates of one name at once: the second loses). */
export function isUsernameViolation(error: unknown): boolean {
  return uniqueViolationIndex(error)?.includes("username") ?? false;
}

/** Whether any account exists: the first-run page (/setup) lives only while none does. */
export async function anyUserExists(): Promise<boolean> {
  return (await prisma.user.findFirst({ select: { id: true } })) !== null;
}

/** Whether any unit exists: the first run creates the root unit only on an empty tree. */
export async function anyUnitExists(): Promise<boolean> {
  return (await prisma.unit.findFirst({ select: { id: true } })) !== null;
}

/**
 * Serialises every change that could leave the database without an active administrator. Under
 * READ COMMITTED two demotions of two different administrators would each count the other as still
 * there and both commit; holding this lock, the second waits for the first to commit and then
 * counts afresh (every statement reads a new snapshot). Released with the transaction.
 */
export async function lockAdministrators(tx: ScopedTx): Promise<void> {
  await rawConnectionOf(tx).$executeRaw`SELECT pg_advisory_xact_lock(${ACCOUNTS_LOCK}::int, ${ADMINISTRATORS}::int)`;
}

/**
 * Active administrators other than `exceptId`, in the whole database (unscoped on purpose: the last
 * administrator is everyone's concern, and a superior staff's scope does not show them all).
 * Call it holding lockAdministrators.
 */
export async function countOtherActiveAdministrators(tx: ScopedTx, exceptId: string): Promise<number> {
  return rawConnectionOf(tx).user.count({ where: { role: "ADMIN", active: true, id: { not: exceptId } } });
}

/**
 * Changes an account only if it is still at `version` (and in the scope): the new row, or null
 * when someone saved in between (or it is not the scope's). The version goes up by one.
 */
export async function updateAccountIfVersion(
  tx: ScopedTx,
  id: string,
  version: number,
  data: { fullName?: string; role?: RoleCode; unitId?: string; active?: boolean; passwordHash?: string; mustChangePassword?: boolean },
): Promise<AccountRow | null> {
  const { count } = await tx.user.updateMany({ where: { id, version }, data: { ...data, version: { increment: 1 } } });
  return count === 1 ? findAccount(tx, id) : null;
}

export async function insertAccount(
  tx: ScopedTx,
  data: { username: string; fullName: string; role: RoleCode; unitId: string; passwordHash: string; mustChangePassword: boolean },
): Promise<AccountRow> {
  return tx.user.create({ data, select: accountSelect });
}

// ── Own password ──────────────────────────────────────────────────────────────────────────────

export interface OwnCredentials {
  username: string;
  passwordHash: string;
  sessionVersion: number;
  unitId: string;
}

/**
 * The signed-in person's own row, locked until the transaction ends (a second change of the same
 * password waits and then sees the first), if the account is still active. Unscoped on purpose: it
 * is the caller's own account, whatever their scope.
 */
export async function lockOwnCredentials(tx: ScopedTx, userId: string): Promise<OwnCredentials | null> {
  const [row] = await rawConnectionOf(tx).$queryRaw<OwnCredentials[]>`
    SELECT username, "passwordHash", "sessionVersion", "unitId"::text AS "unitId"
    FROM "User" WHERE id = ${userId}::uuid AND active FOR UPDATE`;
  return row ?? null;
}

/** Sets the person's own new password and clears mustChangePassword (unscoped: see lockOwnCredentials). */
export async function writeOwnPassword(tx: ScopedTx, userId: string, passwordHash: string): Promise<void> {
  await rawConnectionOf(tx).user.update({ where: { id: userId }, data: { passwordHash, mustChangePassword: false, version: { increment: 1 } } });
}

// ── First run ─────────────────────────────────────────────────────────────────────────────────

export interface FirstRunInput {
  /** The root unit to create when the database has no unit at all. */
  root: { code: string; name: string };
  /**
   * The existing unit to make the administrator's home when units exist (its code), or null for
   * the only root unit. Ignored when there is no unit yet.
   */
  homeCode: string | null;
}

/** Why the first run refused: the caller turns each into its own message. */
export type FirstRunRefusal = "USERS_EXIST" | "UNIT_NOT_FOUND" | "SEVERAL_ROOTS" | "USERNAME_TAKEN";

export type FirstRunResult =
  { ok: true; account: AccountRow; unit: { id: string; code: string; name: string }; createdUnit: boolean } | { ok: false; refusal: FirstRunRefusal };

/**
 * Creates an administrator outside any session: the first-run page and `npm run admin:create`. In
 * one transaction under the first-run lock: the root unit (a SUPERIOR_COMMITTEE) when there is no
 * unit at all, and the account. With `onlyIfNoUser` (the page), nothing is written once any user
 * exists. The audit entry has no actor (nobody was signed in).
 *
 * Unscoped by nature (there is no caller to take a scope from): the transaction runs as an
 * administrator of the unit it works on, which is what the account will be.
 */
export async function createFirstRunAdministrator(
  input: FirstRunInput & { account: { username: string; fullName: string; passwordHash: string; mustChangePassword: boolean }; onlyIfNoUser: boolean },
  audit: (tx: ScopedTx, result: { account: AccountRow; unitId: string; createdUnit: boolean }) => Promise<void>,
): Promise<FirstRunResult> {
  const rootId = randomUUID();
  try {
    // A transaction of an administrator's scoped client, so that recordAudit can write in it; the
    // rows themselves are written with its raw connection (there is no tree to scope them by yet).
    return await dbFor(administratorScope(rootId)).$transaction(async (tx) => {
      const raw = rawConnectionOf(tx);
      await raw.$executeRaw`SELECT pg_advisory_xact_lock(${ACCOUNTS_LOCK}::int, ${FIRST_RUN}::int)`;
      if (input.onlyIfNoUser && (await raw.user.findFirst({ select: { id: true } }))) return { ok: false, refusal: "USERS_EXIST" } as const;
      if (await raw.user.findFirst({ where: { username: input.account.username }, select: { id: true } }))
        return { ok: false, refusal: "USERNAME_TAKEN" } as const;

      let unit: { id: string; code: string; name: string } | null;
      const createdUnit = (await raw.unit.count()) === 0;
      if (createdUnit) {
        unit = await raw.unit.create({
          // Path and depth are the trigger's to derive from parentId; these are what it would write.
          data: { id: rootId, code: input.root.code, name: input.root.name, kind: "SUPERIOR_COMMITTEE", parentId: null, path: `/${rootId}/`, depth: 0 },
          select: { id: true, code: true, name: true },
        });
        // Every unit's roll has a first entry (migration 20261201144148_go_live): a new committee's is empty.
        await raw.unitRoll.create({
          data: {
            unitId: unit.id,
            effectiveFrom: new Date("1990-01-01T00:00:00Z"),
            officialMembers: 0,
            totalMembers: 0,
            committeeMembers: 0,
            hasYouthUnion: false,
            note: "initial",
          },
        });
      } else if (input.homeCode !== null) {
        unit = await raw.unit.findFirst({ where: { code: input.homeCode, active: true }, select: { id: true, code: true, name: true } });
        if (!unit) return { ok: false, refusal: "UNIT_NOT_FOUND" } as const;
      } else {
        const roots = await raw.unit.findMany({ where: { parentId: null, active: true }, select: { id: true, code: true, name: true }, take: 2 });
        if (roots.length !== 1) return { ok: false, refusal: roots.length ? "SEVERAL_ROOTS" : "UNIT_NOT_FOUND" } as const;
        unit = roots[0]!;
      }

      const account = await raw.user.create({ data: { ...input.account, role: "ADMIN", unitId: unit.id }, select: accountSelect });
      await audit(tx, { account, unitId: unit.id, createdUnit });
      return { ok: true, account, unit, createdUnit } as const;
    });
  } catch (error) {
    if (isUsernameViolation(error)) return { ok: false, refusal: "USERNAME_TAKEN" };
    throw error;
  }
}

/** The scope of an administrator whose home is `unitId` (the root about to be created): everything. */
function administratorScope(unitId: string): Scope {
  return buildScope({ role: "ADMIN", unitId }, [{ id: unitId, isRoot: true }]);
}
