-- accord knowledge base, schema version 7: what found each agreement and each alliance move (docs/schema.md,
-- "Database tables"). `rules`, or `model` for a record a learned back-off proposed. Every agreement and
-- alliance move stored before this migration was found by the rules.

ALTER TABLE agreements ADD COLUMN found_by VARCHAR DEFAULT 'rules';
ALTER TABLE alliances ADD COLUMN found_by VARCHAR DEFAULT 'rules';

-- The views were bound to the tables' former columns: DuckDB 1.3 refuses to read them once one is added.
CREATE OR REPLACE VIEW story_agreements AS SELECT * FROM agreements WHERE is_primary;
CREATE OR REPLACE VIEW story_alliances AS SELECT * FROM alliances WHERE is_primary;
