import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { listCandidates as queryCandidates } from "@/lib/db/candidates";
import { findUnitInScope } from "@/lib/db/units";
import { foldVi } from "@/lib/domain/text";
import { toIsoDate } from "@/lib/time";
import { ZCandidateListQuery } from "@/lib/validation/candidate";
import { parseOrThrow } from "@/lib/validation/parse";

/**
 * The candidates in the caller's scope, optionally under one unit (its whole subtree), in one
 * stage, or matching a name typed with or without accents. A unit outside the scope yields an
 * empty page, as if it had no candidates.
 */
export async function listCandidates({ actor, input }: { actor: Actor; input: unknown }) {
  const query = parseOrThrow(ZCandidateListQuery, input);
  const under = query.unitId ? await findUnitInScope(actor.scope, query.unitId) : undefined;
  if (under === null) return { items: [], total: 0, page: query.page, pageSize: query.pageSize };
  // LIKE wildcards typed by the user are searched for literally by dropping them.
  const search = query.q ? foldVi(query.q).replace(/[%_\\]/g, "") : undefined;
  const { items, total } = await queryCandidates(actor.scope, {
    under,
    stage: query.stage,
    search: search || undefined,
    skip: (query.page - 1) * query.pageSize,
    take: query.pageSize,
  });
  return {
    items: items.map((c) => ({
      id: c.id,
      fullName: c.fullName,
      sex: c.sex,
      birthDate: toIsoDate(c.birthDate),
      stage: c.stage,
      stageSince: toIsoDate(c.stageSince),
      version: c.version,
      unitId: c.unitId,
      unitName: c.unit.name,
    })),
    total,
    page: query.page,
    pageSize: query.pageSize,
  };
}

export type TCandidateList = Awaited<ReturnType<typeof listCandidates>>;
