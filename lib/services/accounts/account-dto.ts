import "server-only";
import type { Actor } from "@/lib/auth/actor";
import type { AccountRow } from "@/lib/db/accounts";
import type { RoleCode } from "@/lib/domain/codes";
import { mayTouchAccount } from "./authority";

/** An account as the API and the pages show it: no password, no hash, no session version. */
export interface AccountDto {
  id: string;
  username: string;
  fullName: string;
  role: RoleCode;
  unitId: string;
  unitName: string;
  unitCode: string;
  active: boolean;
  mustChangePassword: boolean;
  version: number;
  createdAt: string;
  updatedAt: string;
  /** Whether the caller may edit it (not an account above their own role). */
  editable: boolean;
  /** Whether it is the caller's own account (its role and active flag are not the caller's to change). */
  self: boolean;
}

export function toAccountDto(row: AccountRow, actor: Actor): AccountDto {
  return {
    id: row.id,
    username: row.username,
    fullName: row.fullName,
    role: row.role,
    unitId: row.unitId,
    unitName: row.unit.name,
    unitCode: row.unit.code,
    active: row.active,
    mustChangePassword: row.mustChangePassword,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    editable: mayTouchAccount(actor.role, row.role),
    self: row.id === actor.userId,
  };
}
