-- Moves out of each stage by month, rolled up to every unit above the candidate's, with a histogram
-- of the time spent in the stage: the forecast's conversion rates and typical durations over three
-- years of history come from a few thousand rows instead of a window over millions of events.
-- CreateTable
CREATE TABLE "StageExitRollup" (
    "unitId" UUID NOT NULL,
    "stage" "Stage" NOT NULL,
    "month" DATE NOT NULL,
    "forward" INTEGER NOT NULL DEFAULT 0,
    "exits" INTEGER NOT NULL DEFAULT 0,
    "b0" INTEGER NOT NULL DEFAULT 0,
    "b1" INTEGER NOT NULL DEFAULT 0,
    "b2" INTEGER NOT NULL DEFAULT 0,
    "b3" INTEGER NOT NULL DEFAULT 0,
    "b4" INTEGER NOT NULL DEFAULT 0,
    "b5" INTEGER NOT NULL DEFAULT 0,
    "b6" INTEGER NOT NULL DEFAULT 0,
    "b7" INTEGER NOT NULL DEFAULT 0,
    "b8" INTEGER NOT NULL DEFAULT 0,
    "b9" INTEGER NOT NULL DEFAULT 0,
    "b10" INTEGER NOT NULL DEFAULT 0,
    "b11" INTEGER NOT NULL DEFAULT 0,
    "b12" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "StageExitRollup_pkey" PRIMARY KEY ("unitId","stage","month")
);

-- The histogram bucket of a stay of `days` days, 0 to 12 (bounds as in lib/domain/quotas/stay-buckets.ts).
CREATE OR REPLACE FUNCTION stage_stay_bucket(days DOUBLE PRECISION) RETURNS INTEGER AS $$
  SELECT width_bucket(days, ARRAY[7, 14, 30, 45, 60, 90, 120, 180, 270, 365, 540, 730]::DOUBLE PRECISION[])
$$ LANGUAGE sql IMMUTABLE;

-- A move out of a stage: the stay began with the candidate's previous event (the one that entered
-- the stage). History stays with the units where it happened, even if the candidate moves later.
CREATE OR REPLACE FUNCTION stage_exit_rollup_add() RETURNS trigger AS $$
DECLARE
  v_entered TIMESTAMP(3);
  v_path TEXT;
  v_bucket INTEGER;
  v_exit INTEGER;
BEGIN
  IF NEW."kind" <> 'TRANSITION' OR NEW."fromStage" IS NULL THEN
    RETURN NULL;
  END IF;
  SELECT e."at" INTO v_entered FROM "CandidateEvent" e
   WHERE e."candidateId" = NEW."candidateId" AND e."kind" IN ('CREATED', 'TRANSITION') AND (e."at", e."id") < (NEW."at", NEW."id")
   ORDER BY e."at" DESC, e."id" DESC LIMIT 1;
  IF v_entered IS NULL THEN
    RETURN NULL;
  END IF;
  SELECT u."path" INTO v_path FROM "Candidate" c JOIN "Unit" u ON u."id" = c."unitId" WHERE c."id" = NEW."candidateId";
  v_bucket := stage_stay_bucket(EXTRACT(EPOCH FROM (NEW."at" - v_entered)) / 86400);
  v_exit := CASE WHEN NEW."toStage" IN ('DROPPED', 'STRUCK_OFF') THEN 1 ELSE 0 END;
  INSERT INTO "StageExitRollup" AS r ("unitId", "stage", "month", "forward", "exits", "b0", "b1", "b2", "b3", "b4", "b5", "b6", "b7", "b8", "b9", "b10", "b11", "b12")
  SELECT a::uuid, NEW."fromStage", date_trunc('month', NEW."at")::date, 1 - v_exit, v_exit, (v_bucket = 0)::int, (v_bucket = 1)::int, (v_bucket = 2)::int, (v_bucket = 3)::int, (v_bucket = 4)::int, (v_bucket = 5)::int, (v_bucket = 6)::int, (v_bucket = 7)::int, (v_bucket = 8)::int, (v_bucket = 9)::int, (v_bucket = 10)::int, (v_bucket = 11)::int, (v_bucket = 12)::int
  FROM unnest(string_to_array(trim(BOTH '/' FROM v_path), '/')) AS a
  ON CONFLICT ("unitId", "stage", "month") DO UPDATE SET "forward" = r."forward" + EXCLUDED."forward", "exits" = r."exits" + EXCLUDED."exits", "b0" = r."b0" + EXCLUDED."b0", "b1" = r."b1" + EXCLUDED."b1", "b2" = r."b2" + EXCLUDED."b2", "b3" = r."b3" + EXCLUDED."b3", "b4" = r."b4" + EXCLUDED."b4", "b5" = r."b5" + EXCLUDED."b5", "b6" = r."b6" + EXCLUDED."b6", "b7" = r."b7" + EXCLUDED."b7", "b8" = r."b8" + EXCLUDED."b8", "b9" = r."b9" + EXCLUDED."b9", "b10" = r."b10" + EXCLUDED."b10", "b11" = r."b11" + EXCLUDED."b11", "b12" = r."b12" + EXCLUDED."b12";
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER candidate_event_stage_exit
  AFTER INSERT ON "CandidateEvent"
  FOR EACH ROW EXECUTE FUNCTION stage_exit_rollup_add();

-- The whole roll-up from the history in one pass: for rows that existed before the trigger, and
-- for bulk loads that insert history with the trigger disabled (the benchmark's data set).
CREATE OR REPLACE FUNCTION stage_exit_rollup_rebuild() RETURNS void AS $$
  DELETE FROM "StageExitRollup";
  INSERT INTO "StageExitRollup" ("unitId", "stage", "month", "forward", "exits", "b0", "b1", "b2", "b3", "b4", "b5", "b6", "b7", "b8", "b9", "b10", "b11", "b12")
  SELECT a::uuid, m."fromStage", date_trunc('month', m."at")::date,
         COUNT(*) FILTER (WHERE m."toStage" NOT IN ('DROPPED', 'STRUCK_OFF')),
         COUNT(*) FILTER (WHERE m."toStage" IN ('DROPPED', 'STRUCK_OFF')),
         COUNT(*) FILTER (WHERE m.bucket = 0),
         COUNT(*) FILTER (WHERE m.bucket = 1),
         COUNT(*) FILTER (WHERE m.bucket = 2),
         COUNT(*) FILTER (WHERE m.bucket = 3),
         COUNT(*) FILTER (WHERE m.bucket = 4),
         COUNT(*) FILTER (WHERE m.bucket = 5),
         COUNT(*) FILTER (WHERE m.bucket = 6),
         COUNT(*) FILTER (WHERE m.bucket = 7),
         COUNT(*) FILTER (WHERE m.bucket = 8),
         COUNT(*) FILTER (WHERE m.bucket = 9),
         COUNT(*) FILTER (WHERE m.bucket = 10),
         COUNT(*) FILTER (WHERE m.bucket = 11),
         COUNT(*) FILTER (WHERE m.bucket = 12)
  FROM (
    SELECT e."kind", e."fromStage", e."toStage", e."at", u."path",
           stage_stay_bucket(EXTRACT(EPOCH FROM (e."at" - LAG(e."at") OVER (PARTITION BY e."candidateId" ORDER BY e."at", e."id"))) / 86400) AS bucket
    FROM "CandidateEvent" e JOIN "Candidate" c ON c."id" = e."candidateId" JOIN "Unit" u ON u."id" = c."unitId"
    WHERE e."kind" IN ('CREATED', 'TRANSITION')
  ) m
  CROSS JOIN LATERAL unnest(string_to_array(trim(BOTH '/' FROM m."path"), '/')) AS a
  WHERE m."kind" = 'TRANSITION' AND m."fromStage" IS NOT NULL AND m.bucket IS NOT NULL
  GROUP BY 1, 2, 3;
$$ LANGUAGE sql;

SELECT stage_exit_rollup_rebuild();
