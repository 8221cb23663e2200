import "server-only";
import { anyUnitExists, anyUserExists, createFirstRunAdministrator, type FirstRunRefusal } from "@/lib/db/accounts";
import { recordAudit } from "@/lib/db/audit";
import { AppError, notFound, validationFailed } from "@/lib/errors";
import { ZAdminCreate, ZSetup } from "@/lib/validation/account";
import { msg } from "@/lib/validation/messages";
import { parseOrThrow } from "@/lib/validation/parse";
import { usernameTakenError } from "./create-account";
import { hashPassword, newOneTimePassword } from "./passwords";
import type { AccountRow } from "@/lib/db/accounts";
import type { ScopedTx } from "@/lib/db/scoped";

/**
 * Starting without demo data: the first administrator, created outside any session, by the first-run
 * page (/setup, while no user exists at all, with a password the person chooses) or on the server's
 * command line (`npm run admin:create`, any time, with a one-time password). Both create the root
 * unit (a SUPERIOR_COMMITTEE) when the database has no unit yet.
 */

/** The root unit's name and code when the person gives none (the administrator renames it later). */
export const DEFAULT_ROOT = { code: "DANG-UY", name: "Đảng ủy cấp trên" } as const;

/** Whether the first-run page is open: only while no account exists. */
export async function isSetupOpen(): Promise<boolean> {
  return !(await anyUserExists());
}

/** What the first-run page shows: null once it is closed; else whether it asks for the root unit (none exists yet). */
export async function setupPageState(): Promise<{ askUnit: boolean } | null> {
  if (!(await isSetupOpen())) return null;
  return { askUnit: !(await anyUnitExists()) };
}

function auditCreation(how: "SETUP" | "ADMIN_CREATE") {
  return async (tx: ScopedTx, { account, unitId, createdUnit }: { account: AccountRow; unitId: string; createdUnit: boolean }) => {
    await recordAudit(tx, {
      actorId: null,
      kind: "ACCOUNT",
      action: "CREATED",
      unitId,
      entityId: account.id,
      changes: { username: account.username, fullName: account.fullName, role: account.role, unitId, via: how, rootUnitCreated: createdUnit },
    });
  };
}

function refusalError(refusal: FirstRunRefusal, path: string): AppError {
  switch (refusal) {
    case "USERS_EXIST":
      return notFound();
    case "USERNAME_TAKEN":
      return usernameTakenError(path);
    case "UNIT_NOT_FOUND":
      return validationFailed([{ path: "unitCode", message: msg("unitNotFound") }]);
    case "SEVERAL_ROOTS":
      return validationFailed([{ path: "unitCode", message: msg("unitCodeRequired") }]);
  }
}

/**
 * /setup: the first administrator with the password they chose (no change forced) and, on an empty
 * database, the root unit. NOT_FOUND once any account exists, checked again under the first-run
 * lock, so two people submitting at once make one administrator.
 */
export async function setupFirstAdministrator(input: unknown): Promise<{ username: string }> {
  if (!(await isSetupOpen())) throw notFound();
  const body = parseOrThrow(ZSetup, input);
  const result = await createFirstRunAdministrator(
    {
      root: { code: body.unitCode ?? DEFAULT_ROOT.code, name: body.unitName ?? DEFAULT_ROOT.name },
      homeCode: null,
      account: { username: body.username, fullName: body.fullName, passwordHash: await hashPassword(body.password), mustChangePassword: false },
      onlyIfNoUser: true,
    },
    auditCreation("SETUP"),
  );
  if (!result.ok) throw refusalError(result.refusal, "username");
  return { username: result.account.username };
}

export interface AdminCreateResult {
  username: string;
  oneTimePassword: string;
  unit: { code: string; name: string };
  createdUnit: boolean;
}

/**
 * The core of `npm run admin:create`: an administrator with a one-time password (printed once by the
 * command, replaced at the first sign-in). On an empty database it also creates the root unit from
 * `unitCode`/`unitName` (defaults DEFAULT_ROOT). Otherwise the administrator's home is the unit with
 * `unitCode` when given, else the only root unit. A taken username is refused.
 */
export async function createAdministrator(input: { username: string; fullName?: string; unitCode?: string; unitName?: string }): Promise<AdminCreateResult> {
  const body = parseOrThrow(ZAdminCreate, {
    username: input.username,
    fullName: input.fullName ?? "Quản trị hệ thống",
    unitCode: input.unitCode ?? DEFAULT_ROOT.code,
    unitName: input.unitName ?? DEFAULT_ROOT.name,
  });
  const oneTimePassword = newOneTimePassword(body.username);
  const result = await createFirstRunAdministrator(
    {
      root: { code: body.unitCode, name: body.unitName },
      homeCode: input.unitCode === undefined ? null : body.unitCode,
      account: { username: body.username, fullName: body.fullName, passwordHash: await hashPassword(oneTimePassword), mustChangePassword: true },
      onlyIfNoUser: false,
    },
    auditCreation("ADMIN_CREATE"),
  );
  if (!result.ok) throw refusalError(result.refusal, "username");
  return { username: result.account.username, oneTimePassword, unit: { code: result.unit.code, name: result.unit.name }, createdUnit: result.createdUnit };
}
