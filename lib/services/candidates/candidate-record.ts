import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { canWrite } from "@/lib/auth/scope-rules";
import { nationalIdTaken } from "@/lib/db/candidates";
import { dbFor, type ScopedTx } from "@/lib/db/scoped";
import { uniqueViolationIndex } from "@/lib/db/errors";
import { CANDIDATE_UNIT_KINDS } from "@/lib/domain/codes";
import { foldVi, viSortKey } from "@/lib/domain/text";
import { AppError, conflict, notFound, validationFailed } from "@/lib/errors";
import { fromIsoDate } from "@/lib/time";
import { msg } from "@/lib/validation/messages";
import type { TCandidateCreate } from "@/lib/validation/candidate";

/** Shared by create and edit: the unit must be a branch the caller may write to. */
export async function assertWritableBranch(actor: Actor, unitId: string): Promise<void> {
  if (!canWrite(actor.scope, unitId)) throw notFound(); // a unit named in the body that the caller may not write does not exist for them (API.md)
  const unit = await dbFor(actor.scope).unit.findUnique({ where: { id: unitId }, select: { kind: true } });
  if (!unit || !CANDIDATE_UNIT_KINDS.includes(unit.kind)) throw validationFailed([{ path: "unitId", message: msg("unitNotBranch") }]);
}

export async function assertNationalIdFree(tx: ScopedTx, nationalId: string | null | undefined, exceptId?: string): Promise<void> {
  if (nationalId && (await nationalIdTaken(tx, nationalId, exceptId))) throw duplicateNationalId();
}

export function duplicateNationalId(): AppError {
  return conflict("DUPLICATE_NATIONAL_ID", [{ path: "nationalId", message: msg("duplicateNationalId") }]);
}

/** Turns a unique violation that slipped past the pre-check (a race) into the same answer. */
export function rethrowUnique(error: unknown): never {
  if (uniqueViolationIndex(error)?.includes("nationalId")) throw duplicateNationalId();
  throw error;
}

type PersonalFields = Partial<Omit<TCandidateCreate, "unitId">> & { unitId?: string };

/** Database columns for the personal fields present in the input (derived columns included). */
export function personalColumns(fields: PersonalFields) {
  const { birthDate, fullName, ...rest } = fields;
  return {
    ...rest,
    ...(fullName !== undefined ? { fullName, searchName: foldVi(fullName), sortKey: viSortKey(fullName) } : {}),
    ...(birthDate !== undefined ? { birthDate: fromIsoDate(birthDate) } : {}),
  };
}
