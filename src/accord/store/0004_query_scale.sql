-- accord knowledge base, schema version 4: queries that stay fast at 10M events (docs/store.md, "Speed").
-- event_states gains the ingest order of each row's article (seq), so a filtered page of events is
-- ordered (day, seq, id), cut and counted from event_states alone, without looking up articles.
-- The table is rebuilt (not altered) so that its rows are sorted by state, day and seq: DuckDB's
-- zone maps then skip the row groups of other states and days.

CREATE TABLE event_states_by_state (
    state VARCHAR NOT NULL,
    acts BOOLEAN NOT NULL,
    receives BOOLEAN NOT NULL,
    id VARCHAR NOT NULL,
    article_id VARCHAR NOT NULL,
    story_id VARCHAR NOT NULL,
    day DATE,
    type VARCHAR,
    status VARCHAR,
    quad_class INTEGER,
    goldstein DOUBLE,
    confidence DOUBLE,
    is_primary BOOLEAN NOT NULL,
    seq BIGINT
);

-- Backfill from the rows kept so far, each with its article's seq.
INSERT INTO event_states_by_state
SELECT s.*, a.seq
FROM event_states s LEFT JOIN articles a ON a.id = s.article_id
ORDER BY s.state, s.day, a.seq, s.id;

DROP TABLE event_states;
ALTER TABLE event_states_by_state RENAME TO event_states;
