import "server-only";
import { uniqueViolationIndex } from "@/lib/db/errors";
import { isTreeCycleError } from "@/lib/db/unit-writes";
import { conflict, validationFailed } from "@/lib/errors";
import { msg } from "@/lib/validation/messages";

export const unitCodeConflict = () => conflict("UNIT_CODE_TAKEN", [{ path: "code", message: msg("unitCodeTaken") }]);

/** A race the pre-checks could not see gets the answer the pre-check gives: a code taken (409), a cycle (422). */
export function rethrowUnitWrite(error: unknown): never {
  if (uniqueViolationIndex(error)?.includes("code")) throw unitCodeConflict();
  if (isTreeCycleError(error)) throw validationFailed([{ path: "parentId", message: msg("unitCycle") }]);
  throw error;
}
