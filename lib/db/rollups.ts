import "server-only";
import { prisma } from "./client";
import type { StageCode } from "@/lib/domain/stages";

/**
 * Roll-ups over a unit's subtree, grouped by its direct children. A unit's path is
 * "/root/…/self/": split_part(path, '/', depth + 3) is the id of the ancestor one level below the
 * parent at `depth`, so one GROUP BY attributes every row to the child subtree it lies in; rows of
 * the parent unit itself come back under the parent's id.
 */
export interface RollupParent {
  id: string;
  path: string;
  depth: number;
}

export async function stageCountsByChild(parent: RollupParent): Promise<{ unitId: string; stage: StageCode; count: number }[]> {
  const part = parent.depth + 3;
  const rows = await prisma.$queryRaw<{ unit_id: string; stage: StageCode; count: number }[]>`
    SELECT COALESCE(NULLIF(split_part(u.path, '/', ${part}), ''), ${parent.id}) AS unit_id, s.stage::text AS stage, SUM(s.count)::int AS count
    FROM "UnitStageCount" s JOIN "Unit" u ON u.id = s."unitId"
    WHERE u.path LIKE ${`${parent.path}%`} AND s.count <> 0
    GROUP BY 1, 2`;
  return rows.map((r) => ({ unitId: r.unit_id, stage: r.stage, count: r.count }));
}

/** Admission decisions (9-KNĐ) dated from `from` to `to` (ISO, inclusive) over each child's subtree. */
export async function admissionsByChild(parent: RollupParent, from: string, to: string): Promise<{ unitId: string; admitted: number }[]> {
  const part = parent.depth + 3;
  const rows = await prisma.$queryRaw<{ unit_id: string; admitted: number }[]>`
    SELECT COALESCE(NULLIF(split_part(u.path, '/', ${part}), ''), ${parent.id}) AS unit_id, COUNT(*)::int AS admitted
    FROM "Decision" d
    JOIN "Candidate" c ON c.id = d."candidateId"
    JOIN "Unit" u ON u.id = c."unitId"
    WHERE d.kind = 'ADMISSION' AND d.date BETWEEN ${from}::date AND ${to}::date AND u.path LIKE ${`${parent.path}%`}
    GROUP BY 1`;
  return rows.map((r) => ({ unitId: r.unit_id, admitted: r.admitted }));
}
