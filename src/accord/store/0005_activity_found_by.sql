-- accord knowledge base, schema version 5: what found each joint activity (docs/schema.md, "Database tables").
-- `rules`, or `model` for an activity the learned back-off proposed (accord.defence.backoff). Every
-- activity stored before this migration was found by the rules.

ALTER TABLE activities ADD COLUMN found_by VARCHAR DEFAULT 'rules';

-- The view was bound to the table's former columns: DuckDB 1.3 refuses to read it once one is added.
CREATE OR REPLACE VIEW story_activities AS SELECT * FROM activities WHERE is_primary;
