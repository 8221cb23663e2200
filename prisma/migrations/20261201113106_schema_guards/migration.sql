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
-- These are CHECK conditions, kept as triggers for now: Prisma 6.19's WASM schema engine panics
-- ("RuntimeError: unreachable") on ANY CHECK constraint when it introspects a database through
-- prisma/migrate-adapter.ts (it hands pg_constraint.contype over as Text; the engine reads it as a
-- Character column), which would break `npm run db:check` and every `migrate diff`. A trigger fails
-- exactly like a CHECK: SQLSTATE 23514 (check_violation) naming the rule, NULLs pass. Each table's
-- rules are one function that returns the name of the first rule a row breaks; the same function
-- checks the rows already stored below. When the adapter reports "char" columns as Character, each
-- function can become plain `ALTER TABLE … ADD CONSTRAINT … CHECK (…)` with the same names.

-- Votes (domain.md, "branch vote"): the base of the 2/3 rule is the roll of official members, not
-- attendance, so no count of votes can exceed the roll. A partial committee's appraisal (7-/14-KNĐ)
-- is recorded as 0 on roll and 0 for: still valid.
CREATE OR REPLACE FUNCTION resolution_violation(r "Resolution") RETURNS TEXT AS $$
  SELECT CASE
    WHEN NOT (r."membersOnRoll" >= 0 AND r."votesFor" >= 0 AND r."votesAgainst" >= 0 AND (r."present" IS NULL OR r."present" >= 0)) THEN 'Resolution_counts_nonnegative'
    WHEN NOT (r."votesFor" + r."votesAgainst" <= r."membersOnRoll") THEN 'Resolution_votes_within_roll'
    WHEN NOT (r."present" IS NULL OR r."present" <= r."membersOnRoll") THEN 'Resolution_present_within_roll'
  END
$$ LANGUAGE sql IMMUTABLE;

CREATE OR REPLACE FUNCTION introducer_violation(r "Introducer") RETURNS TEXT AS $$
  SELECT CASE
    WHEN NOT ((r."votesFor" IS NULL OR r."votesFor" >= 0) AND (r."membersTotal" IS NULL OR r."membersTotal" >= 0)) THEN 'Introducer_votes_nonnegative'
    WHEN NOT (r."votesFor" IS NULL OR r."membersTotal" IS NULL OR r."votesFor" <= r."membersTotal") THEN 'Introducer_votes_within_members'
  END
$$ LANGUAGE sql IMMUTABLE;

CREATE OR REPLACE FUNCTION unit_violation(r "Unit") RETURNS TEXT AS $$
  SELECT CASE
    WHEN NOT (r."officialMembers" >= 0 AND r."totalMembers" >= 0 AND r."committeeMembers" >= 0) THEN 'Unit_member_counts_nonnegative'
  END
$$ LANGUAGE sql IMMUTABLE;

CREATE OR REPLACE FUNCTION quota_violation(r "Quota") RETURNS TEXT AS $$
  SELECT CASE
    WHEN NOT (r."target" IS NULL OR r."target" >= 0) THEN 'Quota_target_nonnegative'
    WHEN NOT (r."baseMembers" IS NULL OR r."baseMembers" >= 0) THEN 'Quota_base_members_nonnegative'
    WHEN NOT (r."percent" IS NULL OR (r."percent" >= 0 AND r."percent" <= 100)) THEN 'Quota_percent_range'
    WHEN NOT (r."startYear" <= r."endYear") THEN 'Quota_period_order'
  END
$$ LANGUAGE sql IMMUTABLE;

-- Decision deadlines: an extension of at most 30 working days (domain.md, "superior decision due");
-- a decision cannot be received before the date it bears.
CREATE OR REPLACE FUNCTION decision_violation(r "Decision") RETURNS TEXT AS $$
  SELECT CASE
    WHEN NOT (r."extensionDays" >= 0 AND r."extensionDays" <= 30) THEN 'Decision_extension_range'
    WHEN NOT (r."receivedOn" IS NULL OR r."receivedOn" >= r."date") THEN 'Decision_received_after_date'
  END
$$ LANGUAGE sql IMMUTABLE;

CREATE OR REPLACE FUNCTION verification_violation(r "Verification") RETURNS TEXT AS $$
  SELECT CASE WHEN NOT (r."completedOn" IS NULL OR r."completedOn" >= r."requestedOn") THEN 'Verification_completed_after_request' END
$$ LANGUAGE sql IMMUTABLE;

CREATE OR REPLACE FUNCTION course_violation(r "Course") RETURNS TEXT AS $$
  SELECT CASE WHEN NOT (r."endDate" >= r."startDate") THEN 'Course_dates_order' END
$$ LANGUAGE sql IMMUTABLE;

CREATE OR REPLACE FUNCTION helper_violation(r "Helper") RETURNS TEXT AS $$
  SELECT CASE WHEN NOT (r."endedOn" IS NULL OR r."endedOn" >= r."assignedOn") THEN 'Helper_dates_order' END
$$ LANGUAGE sql IMMUTABLE;

CREATE OR REPLACE FUNCTION awareness_test_result_violation(r "AwarenessTestResult") RETURNS TEXT AS $$
  SELECT CASE WHEN NOT (r."round" >= 1) THEN 'AwarenessTestResult_round_positive' END
$$ LANGUAGE sql IMMUTABLE;

-- The trigger: TG_ARGV[0] names the table's rule function.
CREATE OR REPLACE FUNCTION domain_limits() RETURNS trigger AS $$
DECLARE
  v_rule TEXT;
BEGIN
  EXECUTE format('SELECT %I($1)', TG_ARGV[0]) INTO v_rule USING NEW;
  IF v_rule IS NOT NULL THEN
    RAISE EXCEPTION 'new row for relation "%" violates check constraint "%"', TG_TABLE_NAME, v_rule
      USING ERRCODE = 'check_violation', CONSTRAINT = v_rule, TABLE = TG_TABLE_NAME, SCHEMA = TG_TABLE_SCHEMA;
  END IF;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;

-- Named zz_… so that they run after every other BEFORE trigger of the table (alphabetical order)
-- and see the row as it will be stored.
DO $$
DECLARE
  t RECORD;
  v_rule TEXT;
BEGIN
  FOR t IN SELECT * FROM (VALUES
    ('Resolution', 'resolution_violation'), ('Introducer', 'introducer_violation'), ('Unit', 'unit_violation'),
    ('Quota', 'quota_violation'), ('Decision', 'decision_violation'), ('Verification', 'verification_violation'),
    ('Course', 'course_violation'), ('Helper', 'helper_violation'), ('AwarenessTestResult', 'awareness_test_result_violation')
  ) AS x ("tbl", "fn") LOOP
    -- Rows already stored must hold as well (as ADD CONSTRAINT … CHECK would verify).
    EXECUTE format('SELECT %I(r) FROM %I r WHERE %I(r) IS NOT NULL LIMIT 1', t.fn, t.tbl, t.fn) INTO v_rule;
    IF v_rule IS NOT NULL THEN
      RAISE EXCEPTION 'check constraint "%" of relation "%" is violated by some row', v_rule, t.tbl USING ERRCODE = 'check_violation';
    END IF;
    EXECUTE format('CREATE TRIGGER zz_domain_limits BEFORE INSERT OR UPDATE ON %I FOR EACH ROW EXECUTE FUNCTION domain_limits(%L)', t.tbl, t.fn);
  END LOOP;
END;
$$;
