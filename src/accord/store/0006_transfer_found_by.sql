-- accord knowledge base, schema version 6: what found each arms transfer (docs/schema.md, "Database tables").
-- `rules`, or `model` for a transfer the learned back-off proposed (accord.defence.backoff). Every
-- transfer stored before this migration was found by the rules.

ALTER TABLE transfers ADD COLUMN found_by VARCHAR DEFAULT 'rules';

-- The view was bound to the table's former columns: DuckDB 1.3 refuses to read it once one is added.
CREATE OR REPLACE VIEW story_transfers AS SELECT * FROM transfers WHERE is_primary;
