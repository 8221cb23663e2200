import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { findAccount, findAccounts } from "@/lib/db/accounts";
import { dbFor } from "@/lib/db/scoped";
import { findUnitInScope } from "@/lib/db/units";
import { compareViNames, foldVi } from "@/lib/domain/text";
import { notFound } from "@/lib/errors";
import { zId } from "@/lib/validation/common";
import { ZAccountListQuery } from "@/lib/validation/account";
import { parseOrThrow } from "@/lib/validation/parse";
import { toAccountDto, type AccountDto } from "./account-dto";
import { assertMayManageAccounts, grantableRoles } from "./authority";

/**
 * The accounts whose home unit lies in the caller's scope (administrators: all), optionally under
 * one unit (its subtree), of one role, active or not, or whose name or username matches `q` typed
 * with or without accents ("nguyen van" finds "Nguyễn Văn"), in Vietnamese name order, a page at a
 * time. A unit outside the scope is not found (404).
 */
export async function listAccounts({ actor, input }: { actor: Actor; input: unknown }) {
  assertMayManageAccounts(actor);
  const query = parseOrThrow(ZAccountListQuery, input);
  // A unit named that the caller cannot see does not exist for them (API.md), as for any id.
  const under = query.unitId ? await findUnitInScope(actor.scope, query.unitId) : undefined;
  if (under === null) throw notFound();
  const rows = await findAccounts(actor.scope, {
    under,
    role: query.role,
    active: query.active === undefined ? undefined : query.active === "true",
  });
  const needle = query.q ? foldVi(query.q) : "";
  const matching = needle ? rows.filter((r) => foldVi(`${r.fullName} ${r.username}`).includes(needle)) : rows;
  matching.sort((a, b) => compareViNames(a.fullName, b.fullName) || a.username.localeCompare(b.username));
  const start = (query.page - 1) * query.pageSize;
  return {
    items: matching.slice(start, start + query.pageSize).map((r): AccountDto => toAccountDto(r, actor)),
    total: matching.length,
    page: query.page,
    pageSize: query.pageSize,
    grantableRoles: grantableRoles(actor.role),
  };
}

export type TAccountList = Awaited<ReturnType<typeof listAccounts>>;

/** One account of the caller's scope (the edit page); 404 outside it. */
export async function getAccount({ actor, id }: { actor: Actor; id: string }): Promise<AccountDto> {
  assertMayManageAccounts(actor);
  if (!zId.safeParse(id).success) throw notFound();
  const row = await findAccount(dbFor(actor.scope), id);
  if (!row) throw notFound();
  return toAccountDto(row, actor);
}
