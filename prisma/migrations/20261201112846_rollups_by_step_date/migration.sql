-- The stage-exit roll-up counted a stay from the times the moves were RECORDED (`at`), not the dates
-- the steps took effect: a 238-day stay typed in today landed in this month's "under 7 days" bucket.
-- Every history event now carries the step's date and the unit the candidate was in, filled by the
-- database itself (no application code sets them), and the roll-up and its rebuild both count on
-- those two columns, with one definition of a "move out of a stage" that both share.

-- AlterTable
ALTER TABLE "CandidateEvent" ADD COLUMN     "effectiveOn" DATE,
ADD COLUMN     "unitId" UUID;

-- A yyyy-mm-dd text as a date; null for anything else (never an error: a malformed value in a
-- history event must not block the insert or this migration's backfill).
CREATE OR REPLACE FUNCTION pdv_iso_date(p_text TEXT) RETURNS DATE AS $$
BEGIN
  IF p_text IS NULL OR p_text !~ '^\d{4}-\d{2}-\d{2}$' THEN
    RETURN NULL;
  END IF;
  BEGIN
    RETURN p_text::date;
  EXCEPTION WHEN others THEN
    RETURN NULL;
  END;
END;
$$ LANGUAGE plpgsql IMMUTABLE;

-- The calendar date in Vietnam of a timestamp stored in UTC (how Prisma writes "at").
CREATE OR REPLACE FUNCTION pdv_vn_date(p_at TIMESTAMP) RETURNS DATE AS $$
  SELECT ((p_at AT TIME ZONE 'UTC') AT TIME ZONE 'Asia/Ho_Chi_Minh')::date
$$ LANGUAGE sql STABLE;

-- effectiveOn: a TRANSITION's step date (the validated transition input lib/services/pipeline/
-- transition-candidate.ts stores in "changes"); a CREATED event's date is the candidate's
-- stageSince at creation (the source date), or the recording date when that is earlier (a bulk load
-- that inserts candidates with their current stage first and their history afterwards); any other
-- event, or a transition without a date, takes the Vietnamese date it was recorded on.
-- unitId: the candidate's unit at the moment the event is written.
-- Always computed, whatever the writer sent: derived data the roll-ups rely on.
CREATE OR REPLACE FUNCTION candidate_event_fill() RETURNS trigger AS $$
DECLARE
  v_unit UUID;
  v_since DATE;
  v_local DATE := pdv_vn_date(NEW."at");
BEGIN
  SELECT c."unitId", c."stageSince" INTO v_unit, v_since FROM "Candidate" c WHERE c."id" = NEW."candidateId";
  NEW."unitId" := v_unit;
  NEW."effectiveOn" := CASE
    WHEN NEW."kind" = 'TRANSITION' THEN COALESCE(pdv_iso_date(NEW."changes" ->> 'date'), v_local)
    WHEN NEW."kind" = 'CREATED' THEN LEAST(COALESCE(v_since, v_local), v_local)
    ELSE v_local
  END;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER candidate_event_fill
  BEFORE INSERT ON "CandidateEvent"
  FOR EACH ROW EXECUTE FUNCTION candidate_event_fill();

-- Backfill. The unit an event was written in is the "from" of the first later move between units
-- (UPDATED events record { unitId: { from, to } }), else the candidate's unit today. A CREATED
-- event's source date is in its changes (sourceDate.to) when it was not the day of creation.
ALTER TABLE "CandidateEvent" DISABLE TRIGGER candidate_event_no_update_delete;
UPDATE "CandidateEvent" e SET
  "effectiveOn" = CASE
    WHEN e."kind" = 'TRANSITION' THEN COALESCE(pdv_iso_date(e."changes" ->> 'date'), pdv_vn_date(e."at"))
    WHEN e."kind" = 'CREATED' THEN LEAST(COALESCE(pdv_iso_date(e."changes" -> 'sourceDate' ->> 'to'), pdv_vn_date(e."at")), pdv_vn_date(e."at"))
    ELSE pdv_vn_date(e."at")
  END,
  "unitId" = COALESCE(
    (SELECT (m."changes" -> 'unitId' ->> 'from')::uuid FROM "CandidateEvent" m
      WHERE m."candidateId" = e."candidateId" AND m."kind" = 'UPDATED' AND m."id" > e."id"
        AND (m."changes" -> 'unitId' ->> 'from') ~ '^[0-9a-fA-F-]{36}$'
      ORDER BY m."id" LIMIT 1),
    c."unitId")
FROM "Candidate" c WHERE c."id" = e."candidateId";
ALTER TABLE "CandidateEvent" ENABLE TRIGGER candidate_event_no_update_delete;

-- Every move out of a stage among the CREATED/TRANSITION events of the given candidates (all when
-- null), leaving out the given event ids (none when null): the stay runs from the previous event in
-- (effectiveOn, id) order to the move's own effectiveOn, and the move counts in the month of its
-- effectiveOn, at the unit recorded on the move. The roll-up's trigger and its rebuild both read
-- this one definition, so they cannot disagree.
CREATE OR REPLACE FUNCTION stage_exit_moves(p_candidates UUID[], p_without BIGINT[])
RETURNS TABLE ("unitId" UUID, "stage" "Stage", "month" DATE, "exit" INTEGER, "bucket" INTEGER) AS $$
  SELECT m."unitId", m."fromStage", date_trunc('month', m."effectiveOn"::timestamp)::date,
         CASE WHEN m."toStage" IN ('DROPPED', 'STRUCK_OFF') THEN 1 ELSE 0 END,
         stage_stay_bucket(m."effectiveOn" - m."entered")
  FROM (
    SELECT e."unitId", e."kind", e."fromStage", e."toStage", e."effectiveOn",
           LAG(e."effectiveOn") OVER (PARTITION BY e."candidateId" ORDER BY e."effectiveOn", e."id") AS "entered"
    FROM "CandidateEvent" e
    WHERE e."kind" IN ('CREATED', 'TRANSITION')
      AND (p_candidates IS NULL OR e."candidateId" = ANY (p_candidates))
      AND (p_without IS NULL OR NOT (e."id" = ANY (p_without)))
  ) m
  WHERE m."kind" = 'TRANSITION' AND m."fromStage" IS NOT NULL AND m."entered" IS NOT NULL
$$ LANGUAGE sql STABLE;

-- Those moves as roll-up rows: each one counted at its unit and at every unit above it (the unit's
-- materialised path).
CREATE OR REPLACE FUNCTION stage_exit_rollup_rows(p_candidates UUID[], p_without BIGINT[])
RETURNS TABLE ("unitId" UUID, "stage" "Stage", "month" DATE, "forward" INTEGER, "exits" INTEGER,
               "b0" INTEGER, "b1" INTEGER, "b2" INTEGER, "b3" INTEGER, "b4" INTEGER, "b5" INTEGER, "b6" INTEGER,
               "b7" INTEGER, "b8" INTEGER, "b9" INTEGER, "b10" INTEGER, "b11" INTEGER, "b12" INTEGER) AS $$
  SELECT a::uuid, m."stage", m."month",
         (COUNT(*) FILTER (WHERE m."exit" = 0))::int,
         (COUNT(*) FILTER (WHERE m."exit" = 1))::int,
         (COUNT(*) FILTER (WHERE m."bucket" = 0))::int,
         (COUNT(*) FILTER (WHERE m."bucket" = 1))::int,
         (COUNT(*) FILTER (WHERE m."bucket" = 2))::int,
         (COUNT(*) FILTER (WHERE m."bucket" = 3))::int,
         (COUNT(*) FILTER (WHERE m."bucket" = 4))::int,
         (COUNT(*) FILTER (WHERE m."bucket" = 5))::int,
         (COUNT(*) FILTER (WHERE m."bucket" = 6))::int,
         (COUNT(*) FILTER (WHERE m."bucket" = 7))::int,
         (COUNT(*) FILTER (WHERE m."bucket" = 8))::int,
         (COUNT(*) FILTER (WHERE m."bucket" = 9))::int,
         (COUNT(*) FILTER (WHERE m."bucket" = 10))::int,
         (COUNT(*) FILTER (WHERE m."bucket" = 11))::int,
         (COUNT(*) FILTER (WHERE m."bucket" = 12))::int
  FROM stage_exit_moves(p_candidates, p_without) m
  JOIN "Unit" u ON u."id" = m."unitId"
  CROSS JOIN LATERAL unnest(string_to_array(trim(BOTH '/' FROM u."path"), '/')) AS a
  GROUP BY 1, 2, 3
$$ LANGUAGE sql STABLE;

-- Adds signed roll-up rows (in the table's own row type) to the table, dropping rows that come back
-- to zero (a rebuild has none). Used by the history trigger and by unit moves (next migration).
CREATE OR REPLACE FUNCTION stage_exit_rollup_apply(p_rows "StageExitRollup"[]) RETURNS void AS $$
DECLARE
  r RECORD;
BEGIN
  FOR r IN
    INSERT INTO "StageExitRollup" AS t ("unitId", "stage", "month", "forward", "exits", "b0", "b1", "b2", "b3", "b4", "b5", "b6", "b7", "b8", "b9", "b10", "b11", "b12")
    SELECT d."unitId", d."stage", d."month", SUM(d."forward"), SUM(d."exits"), SUM(d."b0"), SUM(d."b1"), SUM(d."b2"), SUM(d."b3"), SUM(d."b4"), SUM(d."b5"), SUM(d."b6"), SUM(d."b7"), SUM(d."b8"), SUM(d."b9"), SUM(d."b10"), SUM(d."b11"), SUM(d."b12")
    FROM unnest(p_rows) d
    GROUP BY 1, 2, 3
    HAVING SUM(d."forward") <> 0 OR SUM(d."exits") <> 0 OR SUM(d."b0") <> 0 OR SUM(d."b1") <> 0 OR SUM(d."b2") <> 0 OR SUM(d."b3") <> 0 OR SUM(d."b4") <> 0
        OR SUM(d."b5") <> 0 OR SUM(d."b6") <> 0 OR SUM(d."b7") <> 0 OR SUM(d."b8") <> 0 OR SUM(d."b9") <> 0 OR SUM(d."b10") <> 0 OR SUM(d."b11") <> 0 OR SUM(d."b12") <> 0
    ORDER BY 1, 2, 3
    ON CONFLICT ("unitId", "stage", "month") DO UPDATE SET "forward" = t."forward" + EXCLUDED."forward", "exits" = t."exits" + EXCLUDED."exits", "b0" = t."b0" + EXCLUDED."b0", "b1" = t."b1" + EXCLUDED."b1", "b2" = t."b2" + EXCLUDED."b2", "b3" = t."b3" + EXCLUDED."b3", "b4" = t."b4" + EXCLUDED."b4", "b5" = t."b5" + EXCLUDED."b5", "b6" = t."b6" + EXCLUDED."b6", "b7" = t."b7" + EXCLUDED."b7", "b8" = t."b8" + EXCLUDED."b8", "b9" = t."b9" + EXCLUDED."b9", "b10" = t."b10" + EXCLUDED."b10", "b11" = t."b11" + EXCLUDED."b11", "b12" = t."b12" + EXCLUDED."b12"
    RETURNING t."unitId", t."stage", t."month", t."forward", t."exits"
  LOOP
    IF r."forward" = 0 AND r."exits" = 0 THEN
      DELETE FROM "StageExitRollup" t WHERE t."unitId" = r."unitId" AND t."stage" = r."stage" AND t."month" = r."month" AND t."forward" = 0 AND t."exits" = 0;
    END IF;
  END LOOP;
END;
$$ LANGUAGE plpgsql;

-- New history events: for every candidate they touch, the roll-up takes back the moves of the
-- candidate's history without them and adds the moves of the history with them. A back-dated
-- event inserted between two others also changes the stay of the move after it; this covers it,
-- and a multi-row insert (createMany) is handled in one pass. The candidates' rows are locked
-- first (in id order), so concurrent writers of one candidate's history take turns and each sees
-- the events the other committed.
CREATE OR REPLACE FUNCTION stage_exit_rollup_add() RETURNS trigger AS $$
DECLARE
  v_candidates UUID[];
  v_new BIGINT[];
BEGIN
  SELECT array_agg(DISTINCT n."candidateId"), array_agg(n."id") INTO v_candidates, v_new
  FROM new_events n WHERE n."kind" IN ('CREATED', 'TRANSITION');
  IF v_candidates IS NULL THEN
    RETURN NULL;
  END IF;
  PERFORM 1 FROM "Candidate" c WHERE c."id" = ANY (v_candidates) ORDER BY c."id" FOR NO KEY UPDATE;
  PERFORM stage_exit_rollup_apply(ARRAY(
    SELECT d::"StageExitRollup" FROM (
      SELECT * FROM stage_exit_rollup_rows(v_candidates, NULL)
      UNION ALL
      SELECT r."unitId", r."stage", r."month", -r."forward", -r."exits", -r."b0", -r."b1", -r."b2", -r."b3", -r."b4", -r."b5", -r."b6", -r."b7", -r."b8", -r."b9", -r."b10", -r."b11", -r."b12"
      FROM stage_exit_rollup_rows(v_candidates, v_new) r
    ) d));
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;

-- Same name as before, so bulk loads that disable it (prisma/seed-scale.sql) keep working.
DROP TRIGGER candidate_event_stage_exit ON "CandidateEvent";
CREATE TRIGGER candidate_event_stage_exit
  AFTER INSERT ON "CandidateEvent"
  REFERENCING NEW TABLE AS new_events
  FOR EACH STATEMENT EXECUTE FUNCTION stage_exit_rollup_add();

-- The whole roll-up from the history in one pass (bulk loads insert history with the trigger
-- disabled, then call this).
CREATE OR REPLACE FUNCTION stage_exit_rollup_rebuild() RETURNS void AS $$
  DELETE FROM "StageExitRollup";
  INSERT INTO "StageExitRollup" ("unitId", "stage", "month", "forward", "exits", "b0", "b1", "b2", "b3", "b4", "b5", "b6", "b7", "b8", "b9", "b10", "b11", "b12")
  SELECT * FROM stage_exit_rollup_rows(NULL, NULL);
$$ LANGUAGE sql;

SELECT stage_exit_rollup_rebuild();
