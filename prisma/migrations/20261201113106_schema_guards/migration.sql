-- A schema that protects the data: the unused sector of a unit goes, unit paths get an index that
-- serves prefix matches and a trigger that keeps them consistent with the tree, and the hard limits
-- of the domain (../shared/domain.md) become CHECK constraints.

-- AlterTable
ALTER TABLE "Unit" DROP COLUMN "sector";

-- DropEnum
DROP TYPE "Sector";

-- CreateIndex
-- Subtree queries are `path LIKE '/root/…/unit/%'` (raw SQL) or Prisma's `startsWith`: with a
-- collation other than "C" only a text_pattern_ops btree can answer them.
CREATE INDEX "Unit_path_prefix_idx" ON "Unit"("path" text_pattern_ops);

-- ───────────── The unit tree: path and depth follow parentId ─────────────
-- path = parent.path || id || '/', depth = parent.depth + 1; a root is '/' || id || '/', depth 0.
-- The database computes them: whatever a writer sends is CORRECTED, not refused. They are derived
-- data, and a refusal would only make every writer repeat the computation (and a subtree move
-- would have to rewrite every descendant itself); setting parentId is enough to move a unit.
-- A unit cannot be moved under itself or under one of its descendants: that is REFUSED.

-- Set while the tree trigger rewrites descendants, so that its own updates are not re-processed.
CREATE OR REPLACE FUNCTION unit_tree_rewriting() RETURNS BOOLEAN AS $$
  SELECT COALESCE(current_setting('pdv.unit_tree_rewrite', true), '') = 'on'
$$ LANGUAGE sql STABLE;

CREATE OR REPLACE FUNCTION unit_tree_path() RETURNS trigger AS $$
DECLARE
  v_path TEXT;
  v_depth INTEGER;
BEGIN
  IF unit_tree_rewriting() THEN
    RETURN NEW;
  END IF;
  IF NEW."parentId" IS NULL THEN
    NEW."path" := '/' || NEW."id" || '/';
    NEW."depth" := 0;
    RETURN NEW;
  END IF;
  SELECT p."path", p."depth" INTO v_path, v_depth FROM "Unit" p WHERE p."id" = NEW."parentId";
  IF NOT FOUND THEN
    RAISE EXCEPTION 'unit %: parent unit % does not exist', NEW."id", NEW."parentId" USING ERRCODE = 'foreign_key_violation';
  END IF;
  IF NEW."parentId" = NEW."id" OR (TG_OP = 'UPDATE' AND v_path LIKE OLD."path" || '%') OR v_path LIKE '%/' || NEW."id" || '/%' THEN
    RAISE EXCEPTION 'unit % cannot be placed under itself or one of its own descendants (%)', NEW."id", NEW."parentId" USING ERRCODE = 'check_violation', CONSTRAINT = 'Unit_tree_acyclic';
  END IF;
  NEW."path" := v_path || NEW."id" || '/';
  NEW."depth" := v_depth + 1;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER unit_tree_path
  BEFORE INSERT OR UPDATE OF "id", "parentId", "path", "depth" ON "Unit"
  FOR EACH ROW EXECUTE FUNCTION unit_tree_path();

-- After an UPDATE statement that changed any unit's path (a move): every path of the forest is
-- recomputed from the parent links (a few thousand rows at province scale, and moves are rare), so
-- the result does not depend on the order rows of a multi-row statement were processed; a unit
-- that no root reaches is in a cycle and the statement is refused. The stage-exit roll-up, which
-- counts every move at all the units above where it happened, follows: the moves recorded in units
-- whose path changed are taken back from the old ancestors and added to the new ones.
CREATE OR REPLACE FUNCTION unit_tree_moved() RETURNS trigger AS $$
DECLARE
  v_orphans INTEGER;
  v_units UUID[];
  v_candidates UUID[];
BEGIN
  IF unit_tree_rewriting() OR NOT EXISTS (
    SELECT 1 FROM old_units o JOIN new_units n ON n."id" = o."id"
    WHERE n."path" IS DISTINCT FROM o."path" OR n."depth" IS DISTINCT FROM o."depth" OR n."parentId" IS DISTINCT FROM o."parentId"
  ) THEN
    RETURN NULL;
  END IF;

  -- Every unit a root reaches, with its path as the parent links give it and as it was before the
  -- statement (a directly updated row's old path is in old_units).
  CREATE TEMP TABLE IF NOT EXISTS unit_tree_change ("id" UUID PRIMARY KEY, "oldPath" TEXT NOT NULL, "path" TEXT NOT NULL, "depth" INTEGER NOT NULL, "newPath" TEXT NOT NULL, "newDepth" INTEGER NOT NULL) ON COMMIT DROP;
  DELETE FROM unit_tree_change;
  WITH RECURSIVE t ("id", "path", "depth") AS (
    SELECT u."id", '/' || u."id" || '/', 0 FROM "Unit" u WHERE u."parentId" IS NULL
    UNION ALL
    SELECT c."id", t."path" || c."id" || '/', t."depth" + 1 FROM "Unit" c JOIN t ON c."parentId" = t."id"
  )
  INSERT INTO unit_tree_change ("id", "oldPath", "path", "depth", "newPath", "newDepth")
  SELECT u."id", COALESCE(o."path", u."path"), u."path", u."depth", t."path", t."depth"
  FROM "Unit" u JOIN t ON t."id" = u."id" LEFT JOIN old_units o ON o."id" = u."id";

  SELECT (SELECT count(*) FROM "Unit") - (SELECT count(*) FROM unit_tree_change) INTO v_orphans;
  IF v_orphans > 0 THEN
    RAISE EXCEPTION 'units cannot be placed under themselves or their own descendants (% units in a cycle)', v_orphans USING ERRCODE = 'check_violation', CONSTRAINT = 'Unit_tree_acyclic';
  END IF;

  PERFORM set_config('pdv.unit_tree_rewrite', 'on', true);
  UPDATE "Unit" u SET "path" = c."newPath", "depth" = c."newDepth"
  FROM unit_tree_change c WHERE c."id" = u."id" AND (c."path" <> c."newPath" OR c."depth" <> c."newDepth");
  PERFORM set_config('pdv.unit_tree_rewrite', 'off', true);

  SELECT array_agg(c."id") INTO v_units FROM unit_tree_change c WHERE c."oldPath" <> c."newPath";
  IF v_units IS NOT NULL THEN
    SELECT array_agg(DISTINCT e."candidateId") INTO v_candidates FROM "CandidateEvent" e
    WHERE e."unitId" = ANY (v_units) AND e."kind" = 'TRANSITION';
    IF v_candidates IS NOT NULL THEN
      PERFORM stage_exit_rollup_apply(ARRAY(
        SELECT d::"StageExitRollup" FROM (
          SELECT a::uuid AS "unitId", m."stage", m."month",
                 SUM(p.s * (1 - m."exit"))::int, SUM(p.s * m."exit")::int,
                 SUM(p.s * (m."bucket" = 0)::int)::int, SUM(p.s * (m."bucket" = 1)::int)::int, SUM(p.s * (m."bucket" = 2)::int)::int,
                 SUM(p.s * (m."bucket" = 3)::int)::int, SUM(p.s * (m."bucket" = 4)::int)::int, SUM(p.s * (m."bucket" = 5)::int)::int,
                 SUM(p.s * (m."bucket" = 6)::int)::int, SUM(p.s * (m."bucket" = 7)::int)::int, SUM(p.s * (m."bucket" = 8)::int)::int,
                 SUM(p.s * (m."bucket" = 9)::int)::int, SUM(p.s * (m."bucket" = 10)::int)::int, SUM(p.s * (m."bucket" = 11)::int)::int,
                 SUM(p.s * (m."bucket" = 12)::int)::int
          FROM stage_exit_moves(v_candidates, NULL) m
          JOIN unit_tree_change c ON c."id" = m."unitId" AND c."oldPath" <> c."newPath"
          CROSS JOIN LATERAL (VALUES (1, c."newPath"), (-1, c."oldPath")) AS p (s, "path")
          CROSS JOIN LATERAL unnest(string_to_array(trim(BOTH '/' FROM p."path"), '/')) AS a
          GROUP BY 1, 2, 3
        ) d));
    END IF;
  END IF;
  DELETE FROM unit_tree_change;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER unit_tree_moved
  AFTER UPDATE ON "Unit"
  REFERENCING OLD TABLE AS old_units NEW TABLE AS new_units
  FOR EACH STATEMENT EXECUTE FUNCTION unit_tree_moved();

-- Rows written before the trigger: make them consistent once (same computation).
WITH RECURSIVE t ("id", "path", "depth") AS (
  SELECT u."id", '/' || u."id" || '/', 0 FROM "Unit" u WHERE u."parentId" IS NULL
  UNION ALL
  SELECT c."id", t."path" || c."id" || '/', t."depth" + 1 FROM "Unit" c JOIN t ON c."parentId" = t."id"
)
UPDATE "Unit" u SET "path" = t."path", "depth" = t."depth" FROM t WHERE t."id" = u."id" AND (u."path" <> t."path" OR u."depth" <> t."depth");
SELECT stage_exit_rollup_rebuild();

-- ───────────── Hard limits of the domain ─────────────
-- Plain CHECK constraints: a row that breaks one fails with SQLSTATE 23514 (check_violation) naming
-- the constraint; a NULL passes. PostgreSQL evaluates them on the row as it will be stored (after
-- every BEFORE trigger) and, when they are added, on every row already stored ("check constraint …
-- of relation … is violated by some row"). Prisma's schema language cannot express them and its
-- schema engine leaves them out of `migrate diff`, so they live only here; `npm run db:check` works
-- with them because prisma/migrate-adapter.ts reports pg_constraint.contype ("char") as the
-- Character column the engine expects.

-- Votes (domain.md, "branch vote"): the base of the 2/3 rule is the roll of official members, not
-- attendance, so no count of votes can exceed the roll. A partial committee's appraisal (7-/14-KNĐ)
-- is recorded as 0 on roll and 0 for: still valid.
ALTER TABLE "Resolution"
  ADD CONSTRAINT "Resolution_counts_nonnegative"
    CHECK ("membersOnRoll" >= 0 AND "votesFor" >= 0 AND "votesAgainst" >= 0 AND ("present" IS NULL OR "present" >= 0)),
  ADD CONSTRAINT "Resolution_votes_within_roll" CHECK ("votesFor" + "votesAgainst" <= "membersOnRoll"),
  ADD CONSTRAINT "Resolution_present_within_roll" CHECK ("present" IS NULL OR "present" <= "membersOnRoll");

ALTER TABLE "Introducer"
  ADD CONSTRAINT "Introducer_votes_nonnegative"
    CHECK (("votesFor" IS NULL OR "votesFor" >= 0) AND ("membersTotal" IS NULL OR "membersTotal" >= 0)),
  ADD CONSTRAINT "Introducer_votes_within_members"
    CHECK ("votesFor" IS NULL OR "membersTotal" IS NULL OR "votesFor" <= "membersTotal");

ALTER TABLE "Unit"
  ADD CONSTRAINT "Unit_member_counts_nonnegative"
    CHECK ("officialMembers" >= 0 AND "totalMembers" >= 0 AND "committeeMembers" >= 0);

ALTER TABLE "Quota"
  ADD CONSTRAINT "Quota_target_nonnegative" CHECK ("target" IS NULL OR "target" >= 0),
  ADD CONSTRAINT "Quota_base_members_nonnegative" CHECK ("baseMembers" IS NULL OR "baseMembers" >= 0),
  ADD CONSTRAINT "Quota_percent_range" CHECK ("percent" IS NULL OR ("percent" >= 0 AND "percent" <= 100)),
  ADD CONSTRAINT "Quota_period_order" CHECK ("startYear" <= "endYear");

-- Decision deadlines: an extension of at most 30 working days (domain.md, "superior decision due");
-- a decision cannot be received before the date it bears.
ALTER TABLE "Decision"
  ADD CONSTRAINT "Decision_extension_range" CHECK ("extensionDays" >= 0 AND "extensionDays" <= 30),
  ADD CONSTRAINT "Decision_received_after_date" CHECK ("receivedOn" IS NULL OR "receivedOn" >= "date");

ALTER TABLE "Verification"
  ADD CONSTRAINT "Verification_completed_after_request" CHECK ("completedOn" IS NULL OR "completedOn" >= "requestedOn");

ALTER TABLE "Course"
  ADD CONSTRAINT "Course_dates_order" CHECK ("endDate" >= "startDate");

ALTER TABLE "Helper"
  ADD CONSTRAINT "Helper_dates_order" CHECK ("endedOn" IS NULL OR "endedOn" >= "assignedOn");

ALTER TABLE "AwarenessTestResult"
  ADD CONSTRAINT "AwarenessTestResult_round_positive" CHECK ("round" >= 1);
