import "server-only";
import type { Prisma } from "./generated/client";
import { rawConnectionOf, type ScopedTx } from "./scoped";

export type AuditKindCode = "UNIT" | "ACCOUNT" | "QUOTA" | "HOLIDAY" | "IMPORT" | "TRANSFER" | "VERIFICATION_VIEWED";

export interface AuditEntry {
  actorId: string | null;
  kind: AuditKindCode;
  /** A stable code of what happened: CREATED, UPDATED, MOVED, MERGED, ROLL_CHANGED, PASSWORD_RESET, VIEWED… */
  action: string;
  /** The unit the change belongs to: whose scope may read the entry. */
  unitId: string;
  /** The record changed: an account's, a unit's or a candidate's id, a holiday's date, an import's id. */
  entityId?: string | null;
  /** { field: { from, to } } or whatever says what changed; never a password or its hash. */
  changes?: Prisma.InputJsonValue;
}

/**
 * Appends an entry to the audit log inside the caller's transaction, so the entry exists exactly
 * when the change does. Written past the scope's write check on purpose: a read-only viewer who
 * opens verification findings is logged too, and the log is not the caller's data to refuse.
 */
export async function recordAudit(tx: ScopedTx, entry: AuditEntry): Promise<void> {
  await rawConnectionOf(tx).auditEvent.create({ data: auditRow(entry) });
}

/** The row of an entry, for writers inside lib/db that hold the unscoped client (the global holiday table). */
export function auditRow(entry: AuditEntry): Prisma.AuditEventUncheckedCreateInput {
  return {
    actorId: entry.actorId,
    kind: entry.kind,
    action: entry.action,
    unitId: entry.unitId,
    entityId: entry.entityId ?? null,
    changes: entry.changes,
  };
}
