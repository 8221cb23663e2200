import "server-only";
import { prisma } from "./client";
import { Prisma } from "./generated/client";
import type { Scope } from "@/lib/auth/scope-rules";
import type { ReportSubject } from "@/lib/domain/quotas/report-matrix";
import type { StageCode } from "@/lib/domain/stages";
import { rootIdOfPath, unitIdsOnPath } from "@/lib/domain/unit-path";
import { notFound } from "@/lib/errors";

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

/**
 * Raw SQL escapes the scoped client, so every roll-up takes the caller's scope and refuses (404) a
 * parent unit outside it before any query runs: the parent's path must lie in the caller's subtree
 * (administrators: anywhere), and its id must be the unit that path ends with, since some queries
 * also select by the id. Everything below then filters on the parent's path, so nothing outside
 * the caller's subtree is counted.
 */
function assertParentInScope(scope: Scope, parent: RollupParent): void {
  const inside = scope.everything || (scope.subtreePath !== null && parent.path.startsWith(scope.subtreePath));
  if (!inside || unitIdsOnPath(parent.path).at(-1) !== parent.id) throw notFound();
}

export async function stageCountsByChild(scope: Scope, parent: RollupParent): Promise<{ unitId: string; stage: StageCode; count: number }[]> {
  assertParentInScope(scope, parent);
  const part = parent.depth + 3;
  // The stage comes back as the enum's label; casting it to text first costs a sixth of the query.
  const rows = await prisma.$queryRaw<{ unit_id: string; stage: StageCode; count: number }[]>`
    SELECT COALESCE(NULLIF(split_part(u.path, '/', ${part}), ''), ${parent.id}) AS unit_id, s.stage, SUM(s.count)::int AS count
    FROM "UnitStageCount" s JOIN "Unit" u ON u.id = s."unitId"
    WHERE u.path LIKE ${`${parent.path}%`} AND s.count <> 0
    GROUP BY 1, 2`;
  return rows.map((r) => ({ unitId: r.unit_id, stage: r.stage, count: r.count }));
}

/**
 * Admission decisions with the unit each counts for: the unit the candidate belonged to when the
 * admission was recorded (the history event of the move into CEREMONY keeps it), so a member who
 * later transfers takes nothing away from the unit that admitted them; a decision without that
 * event (loaded directly) counts for the candidate's unit.
 */
const admissionsFrom = Prisma.sql`FROM "Decision" d
    JOIN "Candidate" c ON c.id = d."candidateId"
    LEFT JOIN LATERAL (
      SELECT e."unitId" FROM "CandidateEvent" e
      WHERE e."candidateId" = d."candidateId" AND e.kind = 'TRANSITION' AND e."toStage" = 'CEREMONY'
      ORDER BY e.id DESC LIMIT 1
    ) admitted_in ON TRUE
    JOIN "Unit" u ON u.id = COALESCE(admitted_in."unitId", c."unitId")`;

/** Admission decisions (9-KNĐ) dated from `from` to `to` (ISO, inclusive) over each child's subtree. */
export async function admissionsByChild(scope: Scope, parent: RollupParent, from: string, to: string): Promise<{ unitId: string; admitted: number }[]> {
  assertParentInScope(scope, parent);
  const part = parent.depth + 3;
  const rows = await prisma.$queryRaw<{ unit_id: string; admitted: number }[]>`
    SELECT COALESCE(NULLIF(split_part(u.path, '/', ${part}), ''), ${parent.id}) AS unit_id, COUNT(*)::int AS admitted
    ${admissionsFrom}
    WHERE d.kind = 'ADMISSION' AND d.date BETWEEN ${from}::date AND ${to}::date AND u.path LIKE ${`${parent.path}%`}
    GROUP BY 1`;
  return rows.map((r) => ({ unitId: r.unit_id, admitted: r.admitted }));
}

const childExpr = (part: number, parentId: string) => Prisma.sql`COALESCE(NULLIF(split_part(u.path, '/', ${part}), ''), ${parentId})`;

/** Live candidates before admission, by child, stage and whole days in the stage (capped), with counts. */
export async function liveByChild(scope: Scope, parent: RollupParent, today: string) {
  assertParentInScope(scope, parent);
  return prisma.$queryRaw<{ unit_id: string; stage: StageCode; days: number; count: number }[]>`
    SELECT ${childExpr(parent.depth + 3, parent.id)} AS unit_id, c.stage::text AS stage, LEAST(${today}::date - c."stageSince", 2000)::int AS days, COUNT(*)::int AS count
    FROM "Candidate" c JOIN "Unit" u ON u.id = c."unitId"
    WHERE u.path LIKE ${`${parent.path}%`} AND c.stage IN ('SOURCE','SYMPATHIZER','TRAINING','DOSSIER','AWARENESS_TEST','BRANCH_VOTE','COMMITTEE_REVIEW','SUPERIOR_DECISION')
    GROUP BY 1, 2, 3`;
}

/**
 * How candidates left each stage since `since` (month by month), for the parent's direct children,
 * the parent's whole subtree and the root of its tree (the bloc): moves forward, exits, and the
 * histogram of days spent in the stage (lib/domain/quotas/stay-buckets.ts). Read from the
 * StageExitRollup table that a trigger keeps, never from the events themselves. The bloc's row is
 * read whatever the caller's scope: it is the anonymous fallback rate of every unit in the tree
 * (counts of moves, no candidate and no unit below the parent named).
 */
export async function stageExitsByChild(scope: Scope, parent: RollupParent, since: string) {
  assertParentInScope(scope, parent);
  const rootId = rootIdOfPath(parent.path) ?? parent.id;
  return prisma.$queryRaw<{ unit_id: string; stage: StageCode; forward: number; exits: number; buckets: number[] }[]>`
    SELECT r."unitId"::text AS unit_id, r.stage, SUM(r.forward)::int AS forward, SUM(r.exits)::int AS exits,
           ARRAY[SUM(r.b0), SUM(r.b1), SUM(r.b2), SUM(r.b3), SUM(r.b4), SUM(r.b5), SUM(r.b6), SUM(r.b7), SUM(r.b8), SUM(r.b9), SUM(r.b10), SUM(r.b11), SUM(r.b12)]::int[] AS buckets
    FROM "StageExitRollup" r
    WHERE r.month >= date_trunc('month', ${since}::date)
      AND (r."unitId" IN (${parent.id}::uuid, ${rootId}::uuid) OR r."unitId" IN (SELECT u.id FROM "Unit" u WHERE u."parentId" = ${parent.id}::uuid))
    GROUP BY 1, 2`;
}

/** Admissions per month in the period over the subtree. */
export async function admissionsByMonth(scope: Scope, parent: RollupParent, from: string, to: string) {
  assertParentInScope(scope, parent);
  return prisma.$queryRaw<{ month: string; count: number }[]>`
    SELECT to_char(d.date, 'YYYY-MM') AS month, COUNT(*)::int AS count
    ${admissionsFrom}
    WHERE d.kind = 'ADMISSION' AND d.date BETWEEN ${from}::date AND ${to}::date AND u.path LIKE ${`${parent.path}%`}
    GROUP BY 1 ORDER BY 1`;
}

/**
 * The people admitted in the period, with the fields the report categories need and the child unit
 * they count for, already in the shape of lib/domain/quotas (ReportSubject).
 */
export async function admittedSubjects(scope: Scope, parent: RollupParent, from: string, to: string): Promise<ReportSubject[]> {
  assertParentInScope(scope, parent);
  return prisma.$queryRaw<ReportSubject[]>`
    SELECT ${childExpr(parent.depth + 3, parent.id)} AS "unitId", c.sex::text AS sex, c.ethnicity, c.religion, c."youthUnionMember", c."occupationGroup"::text AS "occupationGroup",
           c."educationLevel"::text AS "educationLevel", c.readmission, c."returningConscript", EXTRACT(YEAR FROM age(d.date, c."birthDate"))::int AS "ageAtDecision"
    ${admissionsFrom}
    WHERE d.kind = 'ADMISSION' AND d.date BETWEEN ${from}::date AND ${to}::date AND u.path LIKE ${`${parent.path}%`}`;
}

/** The furthest pipeline stage each candidate of the subtree reached (for exits: the stage they left). */
export async function furthestStages(scope: Scope, parent: RollupParent) {
  assertParentInScope(scope, parent);
  return prisma.$queryRaw<{ stage: StageCode; count: number }[]>`
    SELECT COALESCE(CASE WHEN c.stage IN ('DROPPED', 'STRUCK_OFF') THEN (
             SELECT e."fromStage"::text FROM "CandidateEvent" e WHERE e."candidateId" = c.id AND e."toStage" = c.stage ORDER BY e.at DESC LIMIT 1) END,
           c.stage::text) AS stage, COUNT(*)::int AS count
    FROM "Candidate" c JOIN "Unit" u ON u.id = c."unitId"
    WHERE u.path LIKE ${`${parent.path}%`}
    GROUP BY 1`;
}

/** Days candidates have spent in their current stage, by stage: count, median and the number over `allowed`. */
export async function timeInStage(scope: Scope, parent: RollupParent, today: string) {
  assertParentInScope(scope, parent);
  return prisma.$queryRaw<{ stage: StageCode; count: number; median_days: number; p90_days: number }[]>`
    SELECT c.stage::text AS stage, COUNT(*)::int AS count,
           percentile_cont(0.5) WITHIN GROUP (ORDER BY ${today}::date - c."stageSince")::float AS median_days,
           percentile_cont(0.9) WITHIN GROUP (ORDER BY ${today}::date - c."stageSince")::float AS p90_days
    FROM "Candidate" c JOIN "Unit" u ON u.id = c."unitId"
    WHERE u.path LIKE ${`${parent.path}%`} AND c.stage NOT IN ('OFFICIAL', 'DROPPED', 'STRUCK_OFF')
    GROUP BY 1`;
}

/**
 * The names of units under the parent, active or not: the admissions of a child deactivated since
 * still count, and the report names them. (The scoped client sees active units only.)
 */
export async function unitNamesUnder(scope: Scope, parent: RollupParent, ids: string[]): Promise<{ id: string; name: string }[]> {
  assertParentInScope(scope, parent);
  if (!ids.length) return [];
  return prisma.unit.findMany({ where: { id: { in: ids }, path: { startsWith: parent.path } }, select: { id: true, name: true }, orderBy: { code: "asc" } });
}
