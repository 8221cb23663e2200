-- Province-scale data for `npm run bench`: 1 superior committee, 80 grassroots committees, 160
-- partial committees, 4,800 branches (5,041 units) and 200,000 candidates over ten years, with the
-- admission decisions of those admitted, and each candidate's history of stage changes (about
-- 1.8 million events: what the forecast and the time-in-stage charts read). Deterministic
-- (setseed) so runs compare.
SELECT setseed(0.42);

INSERT INTO "Unit" (id, code, name, kind, "parentId", path, depth, "officialMembers", "totalMembers", "committeeMembers", "updatedAt")
SELECT id, 'BENCH', 'Đảng ủy Khối (bench)', 'SUPERIOR_COMMITTEE', NULL, '/' || id || '/', 0, 0, 0, 9, now()
FROM (SELECT gen_random_uuid() AS id) s;

INSERT INTO "Unit" (id, code, name, kind, "parentId", path, depth, "officialMembers", "totalMembers", "committeeMembers", "updatedAt")
SELECT g.id, 'G' || g.n, 'Đảng bộ cơ sở số ' || g.n, 'GRASSROOTS_COMMITTEE', p.id, p.path || g.id || '/', 1, 0, 0, 9, now()
FROM (SELECT gen_random_uuid() AS id, n FROM generate_series(1, 80) n) g, "Unit" p WHERE p.code = 'BENCH';

INSERT INTO "Unit" (id, code, name, kind, "parentId", path, depth, "officialMembers", "totalMembers", "committeeMembers", "updatedAt")
SELECT x.id, g.code || '-P' || x.n, 'Đảng bộ bộ phận ' || x.n || ' (' || g.name || ')', 'PARTIAL_COMMITTEE', g.id, g.path || x.id || '/', 2, 0, 0, 5, now()
FROM "Unit" g CROSS JOIN LATERAL (SELECT gen_random_uuid() AS id, n FROM generate_series(1, 2) n) x WHERE g.kind = 'GRASSROOTS_COMMITTEE' AND g.code LIKE 'G%';

INSERT INTO "Unit" (id, code, name, kind, "parentId", path, depth, "officialMembers", "totalMembers", "committeeMembers", "updatedAt")
SELECT x.id, p.code || '-B' || x.n, 'Chi bộ ' || x.n || ' (' || p.code || ')', 'BRANCH', p.id, p.path || x.id || '/', 3, 5 + (random() * 30)::int, 40, 3, now()
FROM "Unit" p CROSS JOIN LATERAL (SELECT gen_random_uuid() AS id, n FROM generate_series(1, 30) n) x WHERE p.kind = 'PARTIAL_COMMITTEE';

CREATE TEMP TABLE bench_branch AS SELECT id, row_number() OVER (ORDER BY code) AS rn FROM "Unit" WHERE kind = 'BRANCH';

-- Each candidate starts somewhere in the last ten years; the further back, the further along.
INSERT INTO "Candidate" (id, "unitId", "fullName", "searchName", "sortKey", sex, "birthDate", "educationLevel", "occupationGroup", stage, "stageSince", "admittedOn", "updatedAt")
SELECT gen_random_uuid(), b.id, 'Nguyễn Văn ' || s.n, 'nguyen van ' || s.n, lpad(s.n::text, 8, '0'),
       CASE WHEN random() < 0.55 THEN 'FEMALE'::"Sex" ELSE 'MALE'::"Sex" END,
       DATE '1975-01-01' + (random() * 9000)::int, 'UNIVERSITY', 'CIVIL_SERVANT',
       s.stage::"Stage", s.since, CASE WHEN s.stage IN ('CEREMONY', 'PROBATION', 'OFFICIAL') THEN s.since - 30 END, now()
FROM (
  SELECT n, (1 + floor(random() * 4800))::int AS rn, age,
         CASE WHEN age > 900 THEN 'OFFICIAL' WHEN age > 560 THEN 'PROBATION'
              ELSE (ARRAY['SOURCE','SYMPATHIZER','TRAINING','DOSSIER','BRANCH_VOTE','COMMITTEE_REVIEW','SUPERIOR_DECISION','CEREMONY','DROPPED'])[1 + floor(random() * 9)::int] END AS stage,
         CURRENT_DATE - (age / 3)::int AS since
  FROM (SELECT n, (random() * 3650)::int AS age FROM generate_series(1, 200000) n) a
) s JOIN bench_branch b ON b.rn = s.rn;

INSERT INTO "Decision" (id, "candidateId", kind, "unitId", number, date, "receivedOn")
SELECT gen_random_uuid(), c.id, 'ADMISSION', (SELECT id FROM "Unit" WHERE code = 'BENCH'), 'B-' || row_number() OVER (), c."admittedOn", c."admittedOn" + 3
FROM "Candidate" c WHERE c."admittedOn" IS NOT NULL;

INSERT INTO "Quota" (id, "unitId", "startYear", "endYear", target, "updatedAt")
SELECT gen_random_uuid(), u.id, EXTRACT(YEAR FROM CURRENT_DATE)::int, EXTRACT(YEAR FROM CURRENT_DATE)::int, 10 + (random() * 200)::int, now()
FROM "Unit" u WHERE u.kind IN ('SUPERIOR_COMMITTEE', 'GRASSROOTS_COMMITTEE', 'PARTIAL_COMMITTEE');

-- Each candidate's history: one event per stage reached, about 45 days apart, ending on the day
-- they entered their current stage; those dropped left from the dossier stage.
CREATE TEMP TABLE bench_stage (ord int PRIMARY KEY, code text);
INSERT INTO bench_stage VALUES (0,'SOURCE'),(1,'SYMPATHIZER'),(2,'TRAINING'),(3,'DOSSIER'),(4,'BRANCH_VOTE'),(5,'COMMITTEE_REVIEW'),(6,'SUPERIOR_DECISION'),(7,'CEREMONY'),(8,'PROBATION'),(9,'OFFICIAL');

-- The stage-exit roll-up is built in one pass afterwards instead of row by row by its trigger.
ALTER TABLE "CandidateEvent" DISABLE TRIGGER candidate_event_stage_exit;

INSERT INTO "CandidateEvent" ("candidateId", at, kind, "fromStage", "toStage")
SELECT c.id, (c."stageSince" - (s.ord - g.k + CASE WHEN c.stage = 'DROPPED' THEN 1 ELSE 0 END) * 45)::timestamp,
       (CASE WHEN g.k = 0 THEN 'CREATED' ELSE 'TRANSITION' END)::"EventKind",
       prev.code::"Stage", cur.code::"Stage"
FROM "Candidate" c
JOIN bench_stage s ON s.code = (CASE WHEN c.stage = 'DROPPED' THEN 'DOSSIER' ELSE c.stage::text END)
CROSS JOIN LATERAL generate_series(0, s.ord) g(k)
JOIN bench_stage cur ON cur.ord = g.k
LEFT JOIN bench_stage prev ON prev.ord = g.k - 1;

INSERT INTO "CandidateEvent" ("candidateId", at, kind, "fromStage", "toStage", reason)
SELECT c.id, c."stageSince"::timestamp, 'TRANSITION', 'DOSSIER', 'DROPPED', 'Chuyển công tác'
FROM "Candidate" c WHERE c.stage = 'DROPPED';

ALTER TABLE "CandidateEvent" ENABLE TRIGGER candidate_event_stage_exit;
SELECT stage_exit_rollup_rebuild();

ANALYZE;
