-- Accent-insensitive search: "Candidate"."searchName" holds the folded name (lib/domain/text.ts foldVi);
-- a trigram index makes substring search fast over hundreds of thousands of candidates.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX "Candidate_searchName_trgm_idx" ON "Candidate" USING gin ("searchName" gin_trgm_ops);

-- The candidate history is append-only: no one edits or deletes the record of what happened.
CREATE OR REPLACE FUNCTION candidate_event_append_only() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'CandidateEvent is append-only';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER candidate_event_no_update_delete
  BEFORE UPDATE OR DELETE ON "CandidateEvent"
  FOR EACH ROW EXECUTE FUNCTION candidate_event_append_only();
