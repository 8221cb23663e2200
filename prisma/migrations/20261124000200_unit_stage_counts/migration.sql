-- Candidates per unit and stage, maintained by a trigger so that dashboards over hundreds of
-- thousands of candidates read a few thousand rows.
CREATE TABLE "UnitStageCount" (
    "unitId" UUID NOT NULL,
    "stage" "Stage" NOT NULL,
    "count" INTEGER NOT NULL,

    CONSTRAINT "UnitStageCount_pkey" PRIMARY KEY ("unitId","stage")
);

CREATE OR REPLACE FUNCTION unit_stage_count_bump(p_unit UUID, p_stage "Stage", p_delta INTEGER) RETURNS void AS $$
BEGIN
  INSERT INTO "UnitStageCount" ("unitId", "stage", "count") VALUES (p_unit, p_stage, p_delta)
  ON CONFLICT ("unitId", "stage") DO UPDATE SET "count" = "UnitStageCount"."count" + EXCLUDED."count";
END;
$$ LANGUAGE plpgsql;

CREATE OR REPLACE FUNCTION candidate_stage_count() RETURNS trigger AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    PERFORM unit_stage_count_bump(OLD."unitId", OLD."stage", -1);
  END IF;
  IF TG_OP IN ('UPDATE', 'INSERT') THEN
    PERFORM unit_stage_count_bump(NEW."unitId", NEW."stage", 1);
  END IF;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER candidate_stage_count_ins_del
  AFTER INSERT OR DELETE ON "Candidate"
  FOR EACH ROW EXECUTE FUNCTION candidate_stage_count();

CREATE TRIGGER candidate_stage_count_upd
  AFTER UPDATE OF "unitId", "stage" ON "Candidate"
  FOR EACH ROW WHEN (OLD."unitId" IS DISTINCT FROM NEW."unitId" OR OLD."stage" IS DISTINCT FROM NEW."stage")
  EXECUTE FUNCTION candidate_stage_count();

-- Rows that existed before the trigger.
INSERT INTO "UnitStageCount" ("unitId", "stage", "count")
SELECT "unitId", "stage", count(*)::int FROM "Candidate" GROUP BY 1, 2;
