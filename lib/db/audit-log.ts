import "server-only";
import { prisma } from "./client";
import { dbFor } from "./scoped";
import { Prisma } from "./generated/client";
import type { Scope } from "@/lib/auth/scope-rules";
import type { AuditListKind } from "@/lib/domain/audit-kinds";

export interface AuditFilter {
  /** A unit's subtree (already checked to be in the scope), or the whole scope. */
  under?: { path: string };
  actorId?: string;
  kind?: AuditListKind;
  /** Inclusive calendar dates in Asia/Ho_Chi_Minh. */
  from?: string;
  to?: string;
  skip: number;
  take: number;
}

export interface AuditRow {
  at: Date;
  kind: AuditListKind;
  action: string;
  actorId: string | null;
  actorName: string | null;
  unitId: string;
  unitName: string;
  entityId: string | null;
  /** A candidate's name, a quota's period: what the entry is about, when the log knows it. */
  label: string | null;
  changes: Prisma.JsonValue;
}

/**
 * Who changed what and when, newest first, in the caller's scope. Raw SQL (a union of three tables
 * with one order and one page), so the scope is applied here, as in lib/db/rollups.ts: each entry
 * belongs to a unit (the candidate's unit when the event happened, the quota's unit, the audit
 * entry's unit), and only units under the caller's home unit count (administrators: every unit).
 */
export async function findAuditEntries(scope: Scope, filter: AuditFilter): Promise<{ rows: AuditRow[]; total: number }> {
  const prefix = filter.under?.path ?? (scope.everything ? null : scope.subtreePath);
  // A caller with neither a subtree nor the whole tree sees nothing.
  if (prefix === null && !scope.everything) return { rows: [], total: 0 };
  const where = Prisma.join(
    [
      prefix === null ? Prisma.sql`TRUE` : Prisma.sql`u.path LIKE ${`${prefix}%`}`,
      filter.actorId ? Prisma.sql`e.actor_id = ${filter.actorId}::uuid` : Prisma.sql`TRUE`,
      filter.kind ? Prisma.sql`e.kind = ${filter.kind}` : Prisma.sql`TRUE`,
      filter.from ? Prisma.sql`e.at >= (${filter.from}::date::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh')` : Prisma.sql`TRUE`,
      filter.to ? Prisma.sql`e.at < ((${filter.to}::date + 1)::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh')` : Prisma.sql`TRUE`,
    ],
    " AND ",
  );
  const stream = Prisma.sql`
    WITH e AS (
      SELECT ce.at, 'CANDIDATE'::text AS kind, ce.kind::text AS action, ce."actorId" AS actor_id, COALESCE(ce."unitId", c."unitId") AS unit_id,
             ce."candidateId"::text AS entity_id, c."fullName" AS label, ce.changes
      FROM "CandidateEvent" ce JOIN "Candidate" c ON c.id = ce."candidateId"
      UNION ALL
      SELECT qc.at, 'QUOTA', qc.kind::text, qc."actorId", q."unitId", q.id::text,
             CASE WHEN q."startYear" = q."endYear" THEN q."startYear"::text ELSE q."startYear"::text || '-' || q."endYear"::text END, qc.changes
      FROM "QuotaChange" qc JOIN "Quota" q ON q.id = qc."quotaId"
      UNION ALL
      SELECT a.at, a.kind::text, a.action, a."actorId", a."unitId", a."entityId", NULL, a.changes
      FROM "AuditEvent" a
    )
    SELECT e.at, e.kind, e.action, e.actor_id::text AS "actorId", us."fullName" AS "actorName", u.id::text AS "unitId", u.name AS "unitName",
           e.entity_id AS "entityId", e.label, e.changes
    FROM e JOIN "Unit" u ON u.id = e.unit_id LEFT JOIN "User" us ON us.id = e.actor_id
    WHERE ${where}`;
  const [rows, counted] = await Promise.all([
    prisma.$queryRaw<AuditRow[]>`${stream} ORDER BY e.at DESC, e.entity_id LIMIT ${filter.take} OFFSET ${filter.skip}`,
    prisma.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM (${stream}) counted`,
  ]);
  return { rows, total: counted[0]?.n ?? 0 };
}

/** The people whose changes the caller may filter by: accounts whose home unit is in the scope. */
export async function findAuditActors(scope: Scope) {
  return dbFor(scope).user.findMany({ select: { id: true, fullName: true, username: true }, orderBy: { fullName: "asc" }, take: 500 });
}
