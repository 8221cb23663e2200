import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { findAuditEntries } from "@/lib/db/audit-log";
import { findUnitInScope } from "@/lib/db/units";
import { notFound } from "@/lib/errors";
import { parseOrThrow } from "@/lib/validation/parse";
import { ZAuditQuery } from "@/lib/validation/audit";

export const AUDIT_PAGE_SIZE = 50;

/**
 * Who changed what and when in the caller's scope, newest first, 50 a page: candidates' histories,
 * quotas, and the audit log (units and rolls, accounts, holidays, imports, transfers, reads of
 * verification findings). A unit outside the scope is NOT_FOUND; a bad filter is VALIDATION_FAILED.
 */
export async function listAudit({ actor, input }: { actor: Actor; input: unknown }) {
  const query = parseOrThrow(ZAuditQuery, input);
  const under = query.unitId ? await findUnitInScope(actor.scope, query.unitId) : undefined;
  if (under === null) throw notFound();
  const { rows, total } = await findAuditEntries(actor.scope, {
    under: under ? { path: under.path } : undefined,
    actorId: query.actorId,
    kind: query.kind,
    from: query.from,
    to: query.to,
    skip: (query.page - 1) * AUDIT_PAGE_SIZE,
    take: AUDIT_PAGE_SIZE,
  });
  return {
    items: rows.map((r) => ({ ...r, at: r.at.toISOString() })),
    total,
    page: query.page,
    pageSize: AUDIT_PAGE_SIZE,
  };
}

export type TAuditList = Awaited<ReturnType<typeof listAudit>>;
